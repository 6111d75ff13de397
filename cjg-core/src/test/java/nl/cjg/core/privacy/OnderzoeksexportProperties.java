package nl.cjg.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Casusstatus;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.populatie.Leeftijdsindeling;
import nl.cjg.core.populatie.Leeftijdsindelingen;
import nl.cjg.core.validation.CjgValidator;

/**
 * A research export is anonymous and keeps the statistics: for generated datasets, every exported
 * case carries no identifying data and none of the source's personal data, and the kern × age band
 * counts, the status counts and the validation outcome equal those of the source.
 */
class OnderzoeksexportProperties {
  private static final CjgValidator VALIDATOR = CjgValidator.create();
  private static final Onderzoeksexport EXPORT =
      Onderzoeksexport.of(Pseudonimisering.of(PseudonimiseringTest.KEY, PseudonimiseringTest.DOEL));

  @Property(tries = 40)
  void statisticsInYearsEqualThoseOfTheSource(@ForAll("datasets") List<Casus> bron) {
    List<Casus> uit = EXPORT.records(bron.stream()).map(Casus.class::cast).toList();
    for (Leeftijdsindeling indeling : Leeftijdsindelingen.all()) {
      assertEquals(kernByBand(bron, indeling), kernByBand(uit, indeling), indeling.naam());
    }
    assertEquals(statuses(bron), statuses(uit));
  }

  @Property(tries = 40)
  void statisticsInBandsEqualThoseOfTheSourceInTheSameBands(@ForAll("datasets") List<Casus> bron) {
    Leeftijdsindeling indeling = Leeftijdsindelingen.CBS_JEUGDZORG;
    List<Casus> uit = EXPORT.inLeeftijdsgroepen(indeling).records(bron.stream()).map(Casus.class::cast).toList();
    assertEquals(kernByBand(bron, indeling), kernByBand(uit, indeling));
    assertEquals(statuses(bron), statuses(uit));
  }

  @Property(tries = 150)
  void everyExportedCaseIsAnonymousOrCarriesNoIdentifyingData(@ForAll("cases") Casus bron) {
    Casus uit = EXPORT.casus(bron);
    assertTrue(uit.isAnoniem() || uit.kind().persoonsgegevens().isEmpty());
    assertTrue(uit.kind().persoonsgegevens().isEmpty());
    assertTrue(uit.aanmelder().telefoonnummer().isEmpty() && uit.aanmelder().emailadres().isEmpty());
    String everything = uit.toString() + uit.kenmerk() + uit.aanmelder().naam() + uit.zorgcoordinator().flatMap(p -> p.naam());
    List<String> leaked = PersonalData.leaked(everything, PersonalData.secrets(bron));
    assertTrue(leaked.isEmpty(), () -> "leaked: " + leaked);
  }

  @Property(tries = 150)
  void theValidationOutcomeIsThatOfTheSourceWithoutItsQuasiIdentifiers(@ForAll("cases") Casus bron) {
    Set<String> verwacht = new TreeSet<>(VALIDATOR.validate(bron).ruleIds());
    verwacht.remove("ANONIEM-001"); // every export leaves out school, class, school career, ethnicity and day care
    assertEquals(verwacht, new TreeSet<>(VALIDATOR.validate(EXPORT.casus(bron)).ruleIds()));
  }

  @Property(tries = 150)
  void anAnonymousExportKeepsEveryAnonymityRule(@ForAll("cases") Casus bron) {
    Casus uit = EXPORT.anoniem().casus(bron);
    Set<String> ids = VALIDATOR.validate(uit).ruleIds();
    assertTrue(ids.stream().noneMatch(id -> id.startsWith("ANONIEM-")), ids::toString);
    assertTrue(uit.kind().leeftijd().isEmpty());
    assertTrue(uit.kind().leeftijdsgroep().map(Casus.Anonimiteit::isBreedGenoeg).orElse(true));
    assertTrue(uit.kind().kern().filter(Casus.Anonimiteit::isKleineKern).isEmpty());
  }

  @Provide
  Arbitrary<List<Casus>> datasets() {
    return PersonalData.casussen().list().ofMaxSize(30);
  }

  @Provide
  Arbitrary<Casus> cases() {
    return PersonalData.casussen();
  }

  /** Cases per kern and band of the indeling; a case whose ages do not fall in one band counts as "unknown". */
  private static Map<String, Long> kernByBand(List<Casus> cases, Leeftijdsindeling indeling) {
    return cases.stream().collect(Collectors.groupingBy(casus -> kern(casus) + " × " + band(casus, indeling), Collectors.counting()));
  }

  private static String kern(Casus casus) {
    return casus.kind().kern().map(Kern::naam).orElse("?");
  }

  private static String band(Casus casus, Leeftijdsindeling indeling) {
    Optional<Leeftijdsgroep> ages = casus.leeftijdenKind();
    if (ages.isEmpty()) {
      return "?";
    }
    return indeling.groepen().stream().filter(ages.get()::ligtBinnen).map(Leeftijdsgroep::naam).findFirst().orElse("?");
  }

  private static Map<Casusstatus, Long> statuses(List<Casus> cases) {
    return cases.stream()
        .map(casus -> casus.statusgeschiedenis().huidigeStatus())
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }
}
