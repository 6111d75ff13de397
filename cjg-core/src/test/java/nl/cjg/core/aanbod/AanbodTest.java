package nl.cjg.core.aanbod;

import nl.cjg.core.tijd.Datumbereik;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.populatie.Doelgroepsoort;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.validation.CjgValidator;
import nl.cjg.core.validation.ValidationResult;
import nl.cjg.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** Offerings of the werkplan 2012 (Werkplan CJG Bergen 2012, uitwerking 1, aanbod). */
class AanbodTest {
  private static final CjgValidator VALIDATOR = CjgValidator.create();
  private static final String GGD = "GGD Hollands Noorden";
  private static final Datumbereik JAARVERSLAG_2010 = Datumbereik.jaar(2010);

  /** JGZ contact moments 0–4: the doctor's and the nurse's, each against the BTP (Werkplan CJG Bergen 2012, uitwerking 1, aanbod JGZ, kinderen 0-4 jaar). */
  static Aanbod contactmomenten() {
    return Aanbod.builder()
        .partner(GGD)
        .naam("Contactmomenten kinderen 0-4 jaar")
        .soort(Aanbod.Soort.BASISAANBOD)
        .aard(Aanbod.Aard.PREVENTIEF)
        .addVoor(Doelgroepsoort.JEUGDIGEN, Doelgroepsoort.OUDERS)
        .leeftijdsgroep(Leeftijdsgroep.of(0, 4))
        .omschrijving("Contactmoment uitgevoerd door arts JGZ en verpleegkundige JGZ")
        .addKengetallen(Kengetal.builder().periode(JAARVERSLAG_2010).omschrijving("arts JGZ").norm(1_385).contacten(1_467).build())
        .addKengetallen(
            Kengetal.builder().periode(JAARVERSLAG_2010).omschrijving("jeugdverpleegkundige").norm(1_155).contacten(1_467).build())
        .build();
  }

  /** The opvoedspreekuur in Egmond and Bergen with contacts by kind (Werkplan CJG Bergen 2012, uitwerking 1, aanbod JGZ, opvoedspreekuur). */
  static Aanbod opvoedspreekuur() {
    Kengetal egmond =
        Kengetal.builder()
            .periode(JAARVERSLAG_2010)
            .addKernen(BergenKernen.EGMOND_AAN_DEN_HOEF, BergenKernen.EGMOND_BINNEN)
            .contacten(77)
            .addUitsplitsingen(UitsplitsingTest.soortContact(21, 24, 19, 13, 77))
            .build();
    Kengetal bergen =
        Kengetal.builder()
            .periode(JAARVERSLAG_2010)
            .addKernen(BergenKernen.BERGEN)
            .contacten(47)
            .addUitsplitsingen(UitsplitsingTest.soortContact(13, 19, 12, 3, 47))
            .addUitsplitsingen(UitsplitsingTest.resultaatContact(3, 7, 1, 2, 3, 1, 17))
            .build();
    return Aanbod.builder()
        .partner(GGD)
        .naam("Opvoedspreekuur")
        .soort(Aanbod.Soort.FLEXIBEL_AANBOD)
        .aard(Aanbod.Aard.PREVENTIEF)
        .addVoor(Doelgroepsoort.OUDERS)
        .leeftijdsgroep(Leeftijdsgroep.of(0, 19))
        .doelgroep("ouders met kinderen in de leeftijd 0 – 19")
        .addKengetallen(egmond, bergen)
        .build();
  }

  /** The zwangerschapscursus: before birth, so for parents-to-be and without an age band (Werkplan CJG Bergen 2012, uitwerking 1, aanbod JGZ, prenatale voorlichting). */
  static Aanbod zwangerschapscursus() {
    return Aanbod.builder()
        .partner(GGD)
        .naam("Zwangerschapscursus")
        .soort(Aanbod.Soort.BASISAANBOD)
        .aard(Aanbod.Aard.PREVENTIEF)
        .addVoor(Doelgroepsoort.TOEKOMSTIGE_OUDERS)
        .omschrijving("Prenatale voorlichting")
        .addKengetallen(Kengetal.builder().periode(JAARVERSLAG_2010).deelnemers(34).build())
        .build();
  }

  @Test
  void seedOfferingsAreValid() {
    assertTrue(VALIDATOR.validate(contactmomenten()).isValid());
    assertTrue(VALIDATOR.validate(opvoedspreekuur()).isValid());
    assertTrue(VALIDATOR.validate(zwangerschapscursus()).isValid());
    assertEquals(2, opvoedspreekuur().kengetallen().size());
    assertEquals("flexibel aanbod", Aanbod.Soort.FLEXIBEL_AANBOD.code());
    assertEquals("preventief", Aanbod.Aard.PREVENTIEF.code());
  }

  @Test
  void anOfferingSaysWhomItIsFor() {
    Aanbod aanbod = Aanbod.builder().from(zwangerschapscursus()).voor(Set.of()).build();
    assertSingle(aanbod, "AANBOD-001", "voor");
  }

  @Test
  void anOfferingForParentsNamesTheAges() {
    Aanbod zonderLeeftijd = Aanbod.builder().from(opvoedspreekuur()).leeftijdsgroep(Optional.empty()).build();
    assertSingle(zonderLeeftijd, "AANBOD-002", "leeftijdsgroep");
    Aanbod deskundigheid =
        Aanbod.builder().from(zwangerschapscursus()).naam("Training meldcode").voor(Set.of(Doelgroepsoort.PROFESSIONALS)).build();
    assertTrue(VALIDATOR.validate(deskundigheid).isValid());
  }

  @Test
  void targetAgesLieWithinTheCjgTargetGroup() {
    Aanbod tot25 = Aanbod.builder().from(opvoedspreekuur()).leeftijdsgroep(Leeftijdsgroep.of(0, 25)).build();
    assertSingle(tot25, "POPULATIE-003", "leeftijdsgroep");
    Aanbod tm23 = Aanbod.builder().from(opvoedspreekuur()).leeftijdsgroep(Leeftijdsgroep.of(19, 24)).build();
    assertTrue(VALIDATOR.validate(tm23).isValid());
  }

  @Test
  void rulesOfMeasuresAndBreakdownsAreCheckedInsideTheOffering() {
    Aanbod aanbod =
        Aanbod.builder()
            .from(opvoedspreekuur())
            .addKengetallen(
                Kengetal.builder()
                    .periode(JAARVERSLAG_2010)
                    .addKernen(BergenKernen.EGMOND_AAN_DEN_HOEF, BergenKernen.EGMOND_BINNEN)
                    .omschrijving("resultaat")
                    .addUitsplitsingen(UitsplitsingTest.resultaatContact(17, 2, 2, 2, 6, 1, 31))
                    .deelnemers(12)
                    .doelgroepgrootte(10)
                    .build())
            .build();
    ValidationResult result = VALIDATOR.validate(aanbod);
    assertEquals(2, result.violations().size());
    assertEquals("AANBOD-003", result.violations().get(0).ruleId());
    assertEquals("kengetallen[2].deelnemers", result.violations().get(0).path());
    assertEquals("AANBOD-004", result.violations().get(1).ruleId());
    assertEquals("kengetallen[2].uitsplitsingen[0].totaal", result.violations().get(1).path());
  }

  @Test
  void needsANameAndAPartner() {
    InvalidValueException noName =
        assertThrows(InvalidValueException.class, () -> Aanbod.builder().from(zwangerschapscursus()).naam("").build());
    assertEquals(Aanbod.NAME_CODE, noName.code());
    InvalidValueException noPartner =
        assertThrows(InvalidValueException.class, () -> Aanbod.builder().from(zwangerschapscursus()).partner(" ").build());
    assertEquals(Aanbod.PARTNER_CODE, noPartner.code());
  }

  private static void assertSingle(Aanbod aanbod, String ruleId, String path) {
    ValidationResult result = VALIDATOR.validate(aanbod);
    assertEquals(1, result.violations().size(), result.violations()::toString);
    Violation violation = result.violations().get(0);
    assertEquals(ruleId, violation.ruleId());
    assertEquals(path, violation.path());
  }
}
