package nl.cjg.core.aanbod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.aanbod.Kengetal.Percentage;
import nl.cjg.core.aanbod.Kengetal.Percentage.Soort;
import nl.cjg.core.tijd.Datumbereik;
import nl.cjg.core.validation.CjgValidator;
import org.junit.jupiter.api.Test;

/**
 * Published rates without a base, as Werkplan CJG Bergen 2012, uitwerking 1 (GGD
 * Jeugdgezondheidszorg, Jaarverslag JGZ 2010) gives them, and rules AANBOD-006 and AANBOD-007.
 */
class PercentageTest {
  private static final CjgValidator VALIDATOR = CjgValidator.create();
  private static final Datumbereik JAAR_2010 = Datumbereik.of(LocalDate.of(2010, 1, 1), LocalDate.of(2010, 12, 31));

  /** Screeninghuisbezoek: 123 hielprikken, bereik hielprik 73%: 168 or 169 newborns to reach. */
  @Test
  void theHielprikReachOf73PercentOf123MeansABaseOf168Or169() {
    Percentage hielprik = Percentage.of("bereik hielprik", Soort.BEREIK, "73");
    assertEquals(List.of(168L, 169L), hielprik.mogelijkeNoemers(123));
    assertTrue(hielprik.klopt(123, 168));
    assertFalse(hielprik.klopt(123, 170));
  }

  /** Kinderen 5-6 jaar: 6 contactmomenten speciaal basisonderwijs at 54,5% opkomst: 11 invited. */
  @Test
  void anAttendanceOf54Point5PercentOf6MeansElevenInvited() {
    assertEquals(List.of(11L), Percentage.of("speciaal basisonderwijs", Soort.OPKOMST, "54.5").mogelijkeNoemers(6));
    assertEquals(List.of(295L), Percentage.of("5-6 jaar", Soort.OPKOMST, "96.9").mogelijkeNoemers(286));
  }

  /** Logopedie 5 jarigen: 209 screened, 72 / 20 / 8%. */
  @Test
  void theLogopedieSharesOf209FitWholeCounts() {
    assertEquals(List.of(150L, 151L), Percentage.of("geen vervolgactie nodig", Soort.AANDEEL, "72").mogelijkeTellers(209));
    assertEquals(List.of(41L, 42L), Percentage.of("eenmalig adviesgesprek", Soort.AANDEEL, "20").mogelijkeTellers(209));
    assertEquals(List.of(16L, 17L), Percentage.of("adviesgesprek en vervolgacties", Soort.AANDEEL, "8").mogelijkeTellers(209));
    assertTrue(VALIDATOR.validate(logopedie(209, "72", "20", "8")).isValid());
  }

  @Test
  void aanbod006SharesThatNoWholeCountsFitAreReported() {
    assertEquals(List.of("AANBOD-006 percentages"), found(logopedie(209, "72", "20", "18")));
    assertEquals(List.of("AANBOD-006 percentages"), found(logopedie(209, "72", "20", "4")));
    assertEquals(List.of(), found(logopedie(0, "72", "20", "18")));
  }

  /** Contactmomenten 0-4 jaar tegen het BTP: the nurse's 127% follows from 1467 of 1155, the doctor's 108,1% not from 1467 of 1385. */
  @Test
  void aanbod007ARateAgreesWithItsOwnCounts() {
    Kengetal verpleegkundige = btp(1155, "127");
    assertEquals(List.of(), found(verpleegkundige));
    assertEquals(List.of("AANBOD-007 percentages[0].waarde"), found(btp(1385, "108.1")));
    assertEquals(List.of(), found(btp(1385, "105.9")));
    Kengetal zonderNorm = Kengetal.builder().periode(JAAR_2010).contacten(1467).addPercentages(Percentage.of("arts", Soort.UITVOERING_TOV_NORM, "108.1")).build();
    assertEquals(List.of(), found(zonderNorm));
  }

  @Test
  void aPercentageSaysWhatItIsOfAndIsNotNegative() {
    assertEquals(Percentage.WAT_CODE, assertThrows(InvalidValueException.class, () -> Percentage.of(" ", Soort.BEREIK, "73")).code());
    assertEquals(Percentage.WAARDE_CODE, assertThrows(InvalidValueException.class, () -> Percentage.of("x", Soort.BEREIK, "-1")).code());
    assertEquals(List.of(), Percentage.of("x", Soort.BEREIK, "0").mogelijkeNoemers(5));
    assertThrows(IllegalArgumentException.class, () -> Percentage.of("x", Soort.BEREIK, "1").mogelijkeTellers(0));
    assertThrows(IllegalArgumentException.class, () -> Percentage.of("x", Soort.BEREIK, "1").mogelijkeNoemers(100_000_000L));
  }

  private static Kengetal logopedie(int gescreend, String geen, String eenmalig, String vervolg) {
    return Kengetal.builder()
        .periode(JAAR_2010)
        .deelnemers(gescreend)
        .addPercentages(
            Percentage.of("geen vervolgactie nodig", Soort.AANDEEL, geen),
            Percentage.of("eenmalig adviesgesprek", Soort.AANDEEL, eenmalig),
            Percentage.of("adviesgesprek en vervolgacties", Soort.AANDEEL, vervolg))
        .build();
  }

  private static Kengetal btp(int norm, String procent) {
    return Kengetal.builder()
        .periode(JAAR_2010)
        .contacten(1467)
        .norm(norm)
        .addPercentages(Percentage.of("uitgevoerde contactmomenten t.o.v. BTP", Soort.UITVOERING_TOV_NORM, procent))
        .build();
  }

  private static List<String> found(Object value) {
    return VALIDATOR.validate(value).violations().stream().map(v -> v.ruleId() + " " + v.path()).toList();
  }
}
