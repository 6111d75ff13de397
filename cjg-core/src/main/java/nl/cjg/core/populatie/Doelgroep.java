package nl.cjg.core.populatie;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import nl.cjg.core.InvalidValueException;

/**
 * A target group of the CJG: who (jeugdigen, ouders, toekomstige ouders, professionals, kern- or
 * netwerkpartners), which ages, which kernen, which special groups (such as scheidende ouders or
 * ouders van kinderen met een beperking, werkplan 2012), and its size with source and date. The
 * communicatieplan 2012 names four: kernpartners (5), netwerkpartners (40), (toekomstige) ouders
 * in Bergen (7300) and jeugdigen in Bergen t/m 23 jaar (4000).
 *
 * <p>Invariants: a name (code {@value #NAME_CODE}), at least one kind of member (code
 * {@value #WIE_CODE}), and no blank special group (code {@value #GROUP_CODE}). An empty set of
 * kernen means the group is not limited to particular kernen. Business rule:
 * {@code POPULATIE-003} on the ages. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Doelgroep {
  Doelgroep() {}

  /** The code of the rule that a target group has a name. */
  public static final String NAME_CODE = "DOELGROEP-S01";

  /** The code of the rule that a target group says who belongs to it. */
  public static final String WIE_CODE = "DOELGROEP-S02";

  /** The code of the rule that a special group has a label. */
  public static final String GROUP_CODE = "DOELGROEP-S03";

  /** The name as the source writes it, for example {@code jeugdigen in Bergen t/m 23 jaar}. */
  public abstract String naam();

  /** Who belongs to the group; {@code (toekomstige) ouders} is both ouders and toekomstige ouders. */
  public abstract Set<Doelgroepsoort> wie();

  /**
   * The ages of the children concerned (of the jeugdigen themselves, or of the ouders' children);
   * empty when the group is not defined by age.
   */
  public abstract Optional<@BinnenCjgDoelgroep Leeftijdsgroep> leeftijdsgroep();

  /** The kernen the group lives or works in; empty when not limited to particular kernen. */
  public abstract Set<Kern> kernen();

  /**
   * Special groups within the group, as free labels (the sources give examples, not a closed
   * list): for example {@code scheidende ouders}, {@code ouders van kinderen met een beperking}.
   */
  public abstract Set<String> bijzondereGroepen();

  /** The size of the group, with its source and date, when known. */
  public abstract Optional<Omvang> grootte();

  /**
   * A builder for a target group.
   *
   * <p>Required: {@link #naam()}; every other attribute is optional, a collection that may stay
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
   * Builds a {@link Doelgroep}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableDoelgroep.Builder {
    Builder() {}
  }

  @Value.Check
  void checkGroup() {
    InvalidValueException.require(!naam().isBlank(), NAME_CODE, "a target group needs a name (naam)");
    InvalidValueException.require(!wie().isEmpty(), WIE_CODE, "a target group needs at least one kind of member (wie)");
    InvalidValueException.require(
        bijzondereGroepen().stream().noneMatch(String::isBlank), GROUP_CODE, "a special group (bijzondereGroepen) needs a label");
  }
}
