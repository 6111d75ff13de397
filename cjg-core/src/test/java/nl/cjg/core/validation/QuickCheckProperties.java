package nl.cjg.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Kind;
import nl.cjg.core.casus.Toestemmer;
import nl.cjg.core.casus.Toestemming;
import nl.cjg.core.id.Bsn;
import nl.cjg.core.sample.SampleDataset;
import nl.cjg.core.sample.SampleBsn;
import nl.cjg.core.sample.SampleOptions;
import nl.cjg.core.sample.SampleRecord;
import nl.cjg.core.testkit.Bespreekformulieren;

/**
 * The quick check decides exactly as Hibernate Validator's walk: a value keeps every rule by the
 * quick check if and only if the walk finds no violation, so {@link CjgValidator#validate} reports
 * the same problems as before, for every record type of a generated dataset and for cases whose
 * BSN, birth date, consent and anonymity are drawn to break rules.
 */
class QuickCheckProperties {
  private static final CjgValidator VALIDATOR = CjgValidator.create();

  @Property(tries = 20)
  void everyRecordOfAGeneratedDatasetIsDecidedAsTheWalkDecides(@ForAll @LongRange(max = 1_000_000) long seed) {
    for (SampleRecord record : SampleDataset.of(SampleOptions.builder().seed(seed).aantalCasussen(15).build())) {
      decidesAsTheWalk(record.value());
    }
  }

  @Property(tries = 1000)
  void aCaseDrawnToBreakRulesIsDecidedAsTheWalkDecides(@ForAll("casussen") Casus casus) {
    decidesAsTheWalk(casus);
  }

  @Property(tries = 20, edgeCases = EdgeCasesMode.NONE)
  void bothValidAndInvalidCasesAreDrawn(@ForAll("casussenList") List<Casus> casussen) {
    Set<Boolean> seen = new HashSet<>();
    casussen.forEach(casus -> seen.add(VALIDATOR.report(casus).isValid()));
    assertEquals(Set.of(true, false), seen, "the cases drawn are valid and invalid");
  }

  private static void decidesAsTheWalk(Object value) {
    ValidationResult walk = VALIDATOR.report(value);
    assertEquals(walk.isValid(), VALIDATOR.quickCheck().keepsEveryRule(value), () -> "rules " + walk.ruleIds());
    assertEquals(walk, VALIDATOR.validate(value));
  }

  @Provide
  Arbitrary<List<Casus>> casussenList() {
    return casussen().list().ofSize(60);
  }

  @Provide
  Arbitrary<Casus> casussen() {
    Arbitrary<String> bsns = Arbitraries.oneOf(
        Arbitraries.longs().between(999_990_000L, 999_999_999L).map(String::valueOf),
        Arbitraries.longs().between(0, 100).map(index -> SampleBsn.nummer(index).value()));
    Arbitrary<LocalDate> geboren =
        Arbitraries.integers().between(-400, 26 * 365).map(days -> Bespreekformulieren.INVULLING.minusDays(days));
    Arbitrary<Toestemming> toestemmingen =
        Arbitraries.oneOf(
            Arbitraries.just(Bespreekformulieren.doorOuders()),
            Arbitraries.just(Bespreekformulieren.zonder()),
            Arbitraries.of(Toestemmer.class).set().map(door ->
                Toestemming.builder().metToestemming(true).besprokenMetOuders(true).gegevenDoor(door).build()));
    Arbitrary<Casus> metGegevens =
        Combinators.combine(bsns, geboren, toestemmingen)
            .as((bsn, datum, toestemming) -> Bespreekformulieren.metToestemming(datum)
                .kind(Kind.builder().from(Bespreekformulieren.metToestemming(datum).build().kind())
                    .persoonsgegevens(Bespreekformulieren.persoonsgegevens(datum).bsn(Bsn.parse(bsn)).build())
                    .build())
                .toestemming(toestemming)
                .build());
    Arbitrary<Casus> anoniem =
        Combinators.combine(Arbitraries.integers().between(0, 30), toestemmingen, Arbitraries.of(true, false))
            .as((leeftijd, toestemming, verwijsindex) -> Bespreekformulieren.anoniem()
                .kind(Kind.builder().leeftijd(leeftijd).build())
                .toestemming(toestemming)
                .inVerwijsindexGemeld(verwijsindex)
                .build());
    Arbitrary<Casus> ongewijzigd = Arbitraries.of(
        Bespreekformulieren.metToestemming().build(), Bespreekformulieren.anoniem().build());
    return Arbitraries.oneOf(metGegevens, anoniem, ongewijzigd).ignoreException(InvalidValueException.class);
  }
}
