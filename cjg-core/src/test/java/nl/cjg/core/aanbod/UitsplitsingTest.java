package nl.cjg.core.aanbod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.validation.CjgValidator;
import nl.cjg.core.validation.ValidationResult;
import org.junit.jupiter.api.Test;

/** Breakdowns from the werkplan 2012 (Werkplan CJG Bergen 2012, uitwerking 1, aanbod, Bureau Jeugdzorg and AWBZ). */
class UitsplitsingTest {
  private static final CjgValidator VALIDATOR = CjgValidator.create();

  static Uitsplitsing soortContact(int eerste, int vervolg, int laatste, int eenmalig, int totaal) {
    return Uitsplitsing.builder()
        .kenmerk("soort contact")
        .putAantallen("Eerste contact", eerste)
        .putAantallen("Vervolg contact", vervolg)
        .putAantallen("Laatste contact", laatste)
        .putAantallen("Eenmalig", eenmalig)
        .totaal(totaal)
        .build();
  }

  static Uitsplitsing resultaatContact(
      int andereAanpak, int hanteerbaar, int opgelost, int ongewijzigd, int doorverwezen, int anders, int totaal) {
    return Uitsplitsing.builder()
        .kenmerk("resultaat contact")
        .putAantallen("Andere aanpak uitproberen", andereAanpak)
        .putAantallen("Probleem beter hanteerbaar", hanteerbaar)
        .putAantallen("Probleem opgelost", opgelost)
        .putAantallen("Probleem ongewijzigd", ongewijzigd)
        .putAantallen("Doorverwijzing", doorverwezen)
        .putAantallen("Nvt / anders / onbekend", anders)
        .totaal(totaal)
        .build();
  }

  /** Bureau Jeugdzorg clients per werksoort: one client may be in several (Werkplan CJG Bergen 2012, uitwerking 1, Bureau Jeugdzorg, cliënten per werksoort). */
  static Uitsplitsing werksoort(int amk) {
    return Uitsplitsing.builder()
        .kenmerk("werksoort")
        .overlappend(true)
        .putAantallen("AMK", amk)
        .putAantallen("Jeugdbescherming", 29)
        .putAantallen("Jeugdreclassering", 10)
        .putAantallen("Toegang", 62)
        .totaal(112)
        .build();
  }

  @Test
  void aPartitionThatAddsUpIsValid() {
    Uitsplitsing grondslag =
        Uitsplitsing.builder()
            .kenmerk("grondslag")
            .putAantallen("LG", 7)
            .putAantallen("SOM", 3)
            .putAantallen("VG", 27)
            .putAantallen("ZG", 1)
            .putAantallen("PSY", 25)
            .totaal(63)
            .build();
    assertFalse(grondslag.overlappend());
    assertEquals(63, grondslag.som());
    assertTrue(VALIDATOR.validate(grondslag).isValid());
    assertTrue(VALIDATOR.validate(soortContact(21, 24, 19, 13, 77)).isValid());
  }

  @Test
  void aPartitionThatDoesNotAddUpIsReported() {
    // Opvoedspreekuur Egmond, "Resultaat contact": the categories add up to 30, the source prints 31.
    ValidationResult result = VALIDATOR.validate(resultaatContact(17, 2, 2, 2, 6, 1, 31));
    assertEquals(1, result.violations().size());
    assertEquals("AANBOD-004", result.violations().get(0).ruleId());
    assertEquals("totaal", result.violations().get(0).path());
  }

  @Test
  void aPartitionWithoutStatedTotalIsItsOwnSum() {
    Uitsplitsing zonderTotaal =
        Uitsplitsing.builder().kenmerk("overlastmelding").putAantallen("Vechten", 9).putAantallen("Vernieling", 9).build();
    assertTrue(VALIDATOR.validate(zonderTotaal).isValid());
    assertEquals(18, zonderTotaal.som());
  }

  @Test
  void overlappingCategoriesMayAddUpToMoreThanTheTotal() {
    Uitsplitsing werksoort = werksoort(21);
    assertEquals(122, werksoort.som());
    assertTrue(VALIDATOR.validate(werksoort).isValid());
    assertTrue(VALIDATOR.validate(werksoort(112)).isValid());
  }

  @Test
  void anOverlappingCategoryAboveTheTotalIsReported() {
    ValidationResult result = VALIDATOR.validate(werksoort(113));
    assertEquals(1, result.violations().size());
    assertEquals("AANBOD-005", result.violations().get(0).ruleId());
    assertEquals("aantallen[AMK]", result.violations().get(0).path());
  }

  @Test
  void theOverlastmeldingenOfTheJongerenwerkAddUpToSeventyNine() {
    Map<String, Integer> meldingen = new LinkedHashMap<>();
    String[] categorieen = {
      "Vechten", "Overlast door jongeren", "Alcohol / drugsoverlast", "Schoolverzuim", "Diefstal door jongeren", "Vernieling",
      "Brand", "Social media (Pesten)", "Verwaarlozing", "Graffiti", "Hulpvraag ouders", "Wapens", "Vuil achtergelaten"
    };
    int[] aantallen = {9, 24, 14, 3, 5, 9, 6, 1, 1, 1, 4, 1, 1};
    for (int i = 0; i < categorieen.length; i++) {
      meldingen.put(categorieen[i], aantallen[i]);
    }
    Uitsplitsing overlast = Uitsplitsing.builder().kenmerk("overlastmelding").putAllAantallen(meldingen).totaal(79).build();
    assertTrue(VALIDATOR.validate(overlast).isValid());
  }

  private static Uitsplitsing.Builder werksoort() {
    return Uitsplitsing.builder().kenmerk("werksoort");
  }

  @Test
  void needsAKenmerk() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Uitsplitsing.builder().kenmerk(" ").putAantallen("AMK", 21).build());
    assertEquals(Uitsplitsing.KENMERK_CODE, e.code());
  }

  @Test
  void countsAreNotNegative() {
    InvalidValueException category =
        assertThrows(InvalidValueException.class, () -> werksoort().putAantallen("AMK", -1).build());
    assertEquals(Uitsplitsing.NEGATIVE_CODE, category.code());
    InvalidValueException total =
        assertThrows(InvalidValueException.class, () -> werksoort().putAantallen("AMK", 1).totaal(-1).build());
    assertEquals(Uitsplitsing.NEGATIVE_CODE, total.code());
  }

  @Test
  void needsLabelledCategories() {
    assertEquals(Uitsplitsing.CATEGORY_CODE, assertThrows(InvalidValueException.class, () -> werksoort().build()).code());
    InvalidValueException unlabelled =
        assertThrows(InvalidValueException.class, () -> werksoort().putAantallen("", 3).build());
    assertEquals(Uitsplitsing.CATEGORY_CODE, unlabelled.code());
  }
}
