package nl.cjg.jqwik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.providers.TypeUsage;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Persoonsgegevens;
import nl.cjg.core.id.Bsn;
import nl.cjg.core.partner.Netwerk;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.populatie.Leeftijdsindelingen;
import nl.cjg.core.sample.SampleBsn;
import nl.cjg.core.validation.CjgValidator;
import nl.cjg.core.validation.ValidationResult;
import nl.cjg.core.verwijsindex.Signaal;
import nl.cjg.core.werkplan.Werkplan;

class CjgArbitrariesProperties {
  private static final CjgValidator VALIDATOR = CjgValidator.create();

  @Provide
  Arbitrary<Object> elkeWaarde() {
    List<Arbitrary<Object>> alle = new ArrayList<>();
    CjgArbitraryProvider provider = new CjgArbitraryProvider();
    for (Class<?> type : CjgArbitraryProvider.types().stream().sorted(Comparator.comparing(Class::getName)).toList()) {
      Arbitrary<?> arbitrary = provider.provideFor(TypeUsage.of(type), null).iterator().next();
      alle.add(arbitrary.map(value -> (Object) value));
    }
    return Arbitraries.oneOf(alle);
  }

  @Property(tries = 1000)
  void everyArbitraryIsValidByDefault(@ForAll("elkeWaarde") Object waarde) {
    assertEquals(List.of(), VALIDATOR.validate(waarde).violations(), () -> waarde.getClass().getSimpleName());
  }

  @Provide
  Arbitrary<Tuple2<String, Object>> ongeldig() {
    List<Arbitrary<Tuple2<String, Object>>> varianten = new ArrayList<>();
    for (String id : CjgArbitraries.invalidRuleIds()) {
      varianten.add(CjgArbitraries.invalid(id).map(waarde -> Tuple.of(id, (Object) waarde)));
    }
    return Arbitraries.oneOf(varianten);
  }

  @Property(tries = 500)
  void anInvalidVariantBreaksExactlyItsRule(@ForAll("ongeldig") Tuple2<String, Object> variant) {
    ValidationResult result = check(VALIDATOR, variant.get2());
    assertEquals(Set.of(variant.get1()), result.ruleIds(), () -> result.violations().toString());
  }

  @Property(tries = 300)
  void casesNarrowFluently(@ForAll("jongAnoniemInSchoorl") Casus casus) {
    assertTrue(casus.isAnoniem());
    assertTrue(casus.kind().persoonsgegevens().isEmpty());
    int van = casus.leeftijdenKind().orElseThrow().van();
    int tot = casus.leeftijdenKind().orElseThrow().tot();
    assertTrue(van >= 12 || Leeftijdsindelingen.CJG_LEEFTIJDSGROEPEN.groepVoor(12).orElseThrow().van() == van);
    assertTrue(tot <= 17 || Leeftijdsindelingen.CJG_LEEFTIJDSGROEPEN.groepVoor(16).orElseThrow().tot() == tot);
    assertEquals(BergenKernen.SCHOORL, casus.kind().kern().orElseThrow());
  }

  @Provide
  Arbitrary<Casus> jongAnoniemInSchoorl() {
    return CjgArbitraries.casus().anoniem().leeftijd(12, 16).kern(BergenKernen.SCHOORL);
  }

  @Property(tries = 300)
  void casesWithConsentIdentifyTheChildAtTheAgeAskedFor(@ForAll("metToestemming") Casus casus) {
    assertTrue(!casus.isAnoniem());
    assertTrue(casus.kind().geboortedatum().isPresent());
    int leeftijd = casus.leeftijdenKind().orElseThrow().van();
    assertTrue(leeftijd >= 4 && leeftijd <= 5, "age " + leeftijd);
    casus.kind().persoonsgegevens().flatMap(Persoonsgegevens::bsn).ifPresent(bsn -> assertTrue(SampleBsn.isTestBsn(bsn)));
  }

  @Provide
  Arbitrary<Casus> metToestemming() {
    return CjgArbitraries.casus().metToestemming().leeftijd(4, 5);
  }

  @Property(tries = 200)
  void theProviderServesForAllParameters(
      @ForAll Casus casus, @ForAll Signaal signaal, @ForAll Bsn bsn, @ForAll Netwerk netwerk, @ForAll Werkplan werkplan) {
    assertTrue(VALIDATOR.validate(casus).isValid());
    assertTrue(VALIDATOR.validate(signaal).isValid());
    assertTrue(SampleBsn.isTestBsn(bsn));
    assertTrue(VALIDATOR.validate(netwerk).isValid());
    assertTrue(VALIDATOR.validate(werkplan).isValid());
  }

  @Example
  void aFailingCaseShrinksToASimpleOne() {
    Casus kleinste = shrink(CjgArbitraries.casus(), casus -> casus.leeftijdenKind().orElseThrow().van() >= 7);
    assertEquals(Leeftijdsgroep.of(7, 8), kleinste.leeftijdenKind().orElseThrow());
    assertEquals(List.of(), kleinste.vragen());
    assertEquals(List.of(), kleinste.acties());
    assertEquals(Optional.empty(), kleinste.doel());
    assertEquals("CJG-1", kleinste.kenmerk());
  }

  /** Greedy shrinking, as jqwik does: keep taking the first smaller candidate that still fails. */
  private static <T> T shrink(Arbitrary<T> arbitrary, Predicate<T> faalt) {
    Random random = new Random(42);
    Shrinkable<T> huidig;
    do {
      huidig = arbitrary.generator(1000).next(random);
    } while (!faalt.test(huidig.value()));
    boolean kleiner = true;
    while (kleiner) {
      kleiner = false;
      for (Shrinkable<T> kandidaat : (Iterable<Shrinkable<T>>) huidig.shrink()::iterator) {
        if (faalt.test(kandidaat.value())) {
          huidig = kandidaat;
          kleiner = true;
          break;
        }
      }
    }
    return huidig.value();
  }

  /** A value by its own rules; the records of a dataset variant by the dataset rules too. */
  private static ValidationResult check(CjgValidator validator, Object value) {
    return value instanceof List<?> records
        ? validator.validateDataset(CjgArbitraries.DATASET_PEILDATUM, records)
        : validator.validate(value);
  }
}
