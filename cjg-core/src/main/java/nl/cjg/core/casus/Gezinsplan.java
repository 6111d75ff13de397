package nl.cjg.core.casus;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.validation.internal.Rules;
import org.immutables.value.Value;

/**
 * The family plan of the method 1 Gezin 1 Plan: one plan per family, made with the parents, with
 * goals and agreements, and exactly one {@link #zorgcoordinator()} who holds the regie. The family
 * is referred to only by the kenmerken of its children's cases.
 *
 * <p>A plan cannot exist without its zorgcoördinator: the builder refuses one. Invariant (code
 * {@value #FAMILY_CODE}): the plan names at least one case, and no blank kenmerk. Immutable and
 * thread-safe.
 */
@Value.Immutable
@Rules(CasusRules.class)
public abstract class Gezinsplan {
  Gezinsplan() {}

  /** The code of the rule that a plan names the cases of its family. */
  public static final String FAMILY_CODE = "GEZINSPLAN-S01";

  /** The {@link Casus#kenmerk()}en of the family's cases: the family, without personal data. */
  public abstract Set<String> casussen();

  /** The date the plan was made. */
  public abstract LocalDate datumOpgesteld();

  /** The one zorgcoördinator, who holds the regie of the plan. */
  @Valid
  public abstract Professional zorgcoordinator();

  /** Whether the parents took part in making the plan. */
  public abstract boolean oudersBetrokken();

  /** The goals and where they stand. */
  public abstract List<@Valid Doel> doelen();

  /** The agreements: who does what by when. */
  public abstract List<@Valid Afspraak> afspraken();

  /**
   * A builder for a family plan.
   *
   * <p>Required: {@link #datumOpgesteld()}, {@link #zorgcoordinator()}, {@link
   * #oudersBetrokken()}; every other attribute is optional, a collection that may stay empty, or
   * has a default. {@code build()} throws an {@link IllegalStateException} that names every
   * required attribute not set, and an {@link InvalidValueException} with the rule's code when
   * the value would break an invariant.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Gezinsplan}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableGezinsplan.Builder {
    Builder() {}
  }

  @Value.Check
  void checkFamily() {
    InvalidValueException.require(
        !casussen().isEmpty() && casussen().stream().noneMatch(String::isBlank),
        FAMILY_CODE,
        "a family plan names the kenmerken of its family's cases (casussen), none blank");
  }
}
