package nl.cjg.core.verwijsindex;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.id.Bsn;
import org.immutables.value.Value;

/**
 * A match in the Verwijsindex: two or more different organisations have an active signal for the
 * same young person, and each is told of the others. Organisations are compared by name, ignoring
 * case and surrounding white space.
 *
 * <p>Invariant (code {@value #ORGANISATIONS_CODE}): at least two organisations, all different. The
 * BSN never shows in {@code toString}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Match {
  Match() {}

  /** The code of the rule that a match holds two or more different organisations. */
  public static final String ORGANISATIONS_CODE = "MATCH-S01";

  /** The young person's BSN, which links the signals. Personal data. */
  @Value.Redacted
  public abstract Bsn bsn();

  /** The organisations with an active signal, in the order of their signals' registration. */
  public abstract List<String> organisaties();

  /**
   * A builder for a match.
   *
   * <p>Required: {@link #bsn()}; every other attribute is optional, a collection that may stay
   * empty, or has a default. {@code build()} throws an {@link IllegalStateException} that names
   * every required attribute not set, and an {@link InvalidValueException} with the rule's code
   * when the value would break an invariant.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Match}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableMatch.Builder {
    Builder() {}
  }

  /**
   * The organisations {@code organisatie} is told of: all others of the match. Empty for an
   * organisation that is not part of it.
   *
   * @param organisatie an organisation, compared ignoring case and surrounding white space
   * @return the others, in the order of {@link #organisaties()}
   */
  public List<String> anderen(String organisatie) {
    String wie = key(organisatie);
    if (organisaties().stream().noneMatch(o -> key(o).equals(wie))) {
      return List.of();
    }
    return organisaties().stream().filter(o -> !key(o).equals(wie)).toList();
  }

  /** Per organisation of the match, the organisations it is told of. */
  public Map<String, List<String>> meldingen() {
    Map<String, List<String>> meldingen = new LinkedHashMap<>();
    organisaties().forEach(organisatie -> meldingen.put(organisatie, anderen(organisatie)));
    return meldingen;
  }

  /** An organisation's name as compared. */
  static String key(String organisatie) {
    return organisatie.strip().toLowerCase(Locale.ROOT);
  }

  @Value.Check
  void checkOrganisations() {
    Set<String> different = new LinkedHashSet<>();
    organisaties().forEach(organisatie -> different.add(key(organisatie)));
    InvalidValueException.require(
        organisaties().size() >= 2 && different.size() == organisaties().size(),
        ORGANISATIONS_CODE,
        "a match holds two or more different organisations (organisaties)");
  }
}
