package nl.cjg.core.routing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.cjg.core.casus.Leefgebied;

/** The check behind "a rule that can never fire" never refuses a rule that can. */
class SatisfiabilityProperties {
  @Property
  void conditionsThatHoldForSomeSituationAreSatisfiable(
      @ForAll("condities") List<String> texts, @ForAll("situaties") Situatie situatie) throws RuleError {
    List<Condition> conditions = new ArrayList<>();
    for (String text : texts) {
      conditions.add(ConditionParser.parse(text));
    }
    int[] features = Features.of(situatie);
    if (conditions.stream().allMatch(condition -> condition.holds(features))) {
      assertTrue(Satisfiability.satisfiable(conditions), () -> "refused " + texts + " though it holds");
    }
  }

  @Provide
  Arbitrary<List<String>> condities() {
    Arbitrary<String> operator = Arbitraries.of("<", "<=", "=", ">=", ">");
    Arbitrary<String> ernst = Arbitraries.of(Ernst.class).map(Ernst::code);
    Arbitrary<String> leefgebied = Arbitraries.of(Leefgebied.class).map(LeefgebiedCodes::code);
    Arbitrary<String> jaNee = Arbitraries.of("ja", "nee");
    Arbitrary<String> condition =
        Arbitraries.oneOf(
            Combinators.combine(operator, Arbitraries.integers().between(0, 12)).as((o, n) -> "leeftijd " + o + " " + n),
            Combinators.combine(leefgebied, operator, ernst).as((l, o, e) -> "ernst " + l + " " + o + " " + e),
            Combinators.combine(operator, ernst).as((o, e) -> "hoogste ernst " + o + " " + e),
            Combinators.combine(ernst, operator, Arbitraries.integers().between(0, 4))
                .as((e, o, n) -> "leefgebieden vanaf " + e + " " + o + " " + n),
            Combinators.combine(operator, Arbitraries.integers().between(0, 3)).as((o, n) -> "professionals " + o + " " + n),
            Combinators.combine(Arbitraries.of(Veiligheidssignaal.class), jaNee)
                .as((s, j) -> "signaal " + s.code() + " = " + j),
            jaNee.map(j -> "toestemming = " + j));
    return condition.list().ofMinSize(1).ofMaxSize(4);
  }

  @Provide
  Arbitrary<Situatie> situaties() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 12),
            Arbitraries.maps(Arbitraries.of(Leefgebied.class), Arbitraries.of(Ernst.class)).ofMaxSize(4),
            Arbitraries.of(Veiligheidssignaal.class).set(),
            Arbitraries.integers().between(0, 3),
            Arbitraries.of(true, false))
        .as((leeftijd, zorgen, signalen, professionals, toestemming) ->
            Situatie.builder().leeftijd(leeftijd).putAllZorgen(zorgen).addAllSignalen(signalen)
                .betrokkenProfessionals(professionals).metToestemming(toestemming).build());
  }
}
