package nl.cjg.core.populatie;

import static nl.cjg.core.populatie.BergenKernen.BERGEN;
import static nl.cjg.core.populatie.BergenKernen.BERGEN_AAN_ZEE;
import static nl.cjg.core.populatie.BergenKernen.EGMOND_AAN_DEN_HOEF;
import static nl.cjg.core.populatie.BergenKernen.EGMOND_AAN_ZEE;
import static nl.cjg.core.populatie.BergenKernen.EGMOND_BINNEN;
import static nl.cjg.core.populatie.BergenKernen.GROET_CAMPERDUIN;
import static nl.cjg.core.populatie.BergenKernen.SCHOORL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.id.GemeenteCode;
import nl.cjg.core.validation.CjgValidator;
import nl.cjg.core.validation.ValidationResult;
import org.junit.jupiter.api.Test;

/** The population table of the werkplan 2012 (Werkplan CJG Bergen 2012, uitwerking 1, bevolking (CBS 2010); uitwerking 1, kinderopvang per kern), from CBS "Gemeente op maat, Bergen NH" 2010. */
class PopulatieTest {
  private static final CjgValidator VALIDATOR = CjgValidator.create();
  private static final Leeftijdsgroep NUL_25 = Leeftijdsgroep.builder().van(0).tot(25).naam("0 – 25 jaar").build();
  private static final Leeftijdsgroep NUL_15 = Leeftijdsgroep.builder().van(0).tot(15).naam("0 – 15 jaar").build();
  private static final Leeftijdsgroep VIJFTIEN_25 = Leeftijdsgroep.builder().van(15).tot(25).naam("15-25 jaar").build();

  /** Each kern: total, 0–25, 15–25, 0–15, as the source prints them. */
  private static final Map<Kern, int[]> PER_KERN =
      Map.of(
          BERGEN, new int[] {12_590, 3_147, 1_269, 1_878},
          BERGEN_AAN_ZEE, new int[] {405, 88, 40, 48},
          EGMOND_AAN_ZEE, new int[] {4_940, 1_037, 444, 593},
          EGMOND_BINNEN, new int[] {2_885, 894, 346, 548},
          EGMOND_AAN_DEN_HOEF, new int[] {3_770, 1_206, 452, 754},
          SCHOORL, new int[] {6_395, 1_599, 640, 959},
          GROET_CAMPERDUIN, new int[] {1_990, 57, 23, 34});

  static Populatie bergen2010() {
    Populatie.Builder builder =
        Populatie.builder()
            .gemeente(GemeenteCode.BERGEN_NH)
            .peildatum(LocalDate.of(2010, 1, 1))
            .bron("CBS, Gemeente op maat, Bergen NH (2010)")
            .addTellingen(Populatie.Telling.builder().aantal(30_985).build())
            .addTellingen(Populatie.Telling.builder().leeftijdsgroep(NUL_25).aantal(7_753).build());
    int[] cbs = {1_195, 1_692, 1_851, 1_829, 1_186};
    List<Leeftijdsgroep> vijfjaars = Leeftijdsindelingen.CBS_VIJFJAARSGROEPEN.groepen();
    for (int i = 0; i < cbs.length; i++) {
      builder.addTellingen(Populatie.Telling.builder().leeftijdsgroep(vijfjaars.get(i)).aantal(cbs[i]).build());
    }
    for (Kern kern : BergenKernen.all()) {
      int[] counts = PER_KERN.get(kern);
      builder
          .addTellingen(Populatie.Telling.inwoners(kern, counts[0]))
          .addTellingen(Populatie.Telling.of(kern, NUL_25, counts[1]))
          .addTellingen(Populatie.Telling.of(kern, VIJFTIEN_25, counts[2]))
          .addTellingen(Populatie.Telling.of(kern, NUL_15, counts[3]));
    }
    return builder.build();
  }

  @Test
  void bergenCountsPerKernAndBand() {
    Populatie populatie = bergen2010();
    assertEquals(Optional.of(12_590), populatie.inwoners(BERGEN));
    assertEquals(Optional.of(3_147), populatie.aantal(BERGEN, Leeftijdsgroep.of(0, 25)));
    assertEquals(Optional.of(57), populatie.aantal(GROET_CAMPERDUIN, NUL_25));
    assertEquals(Optional.empty(), populatie.aantal(BERGEN, Leeftijdsgroep.of(0, 5)));
    assertEquals(Optional.of(1_195), populatie.aantalGemeente(Leeftijdsgroep.of(0, 5)));
    assertEquals(Optional.of(30_985), populatie.inwonersGemeente());
    assertEquals(BergenKernen.all(), List.copyOf(populatie.kernen()));
  }

  @Test
  void totalsSumTheKernenAndShowThatTheSeedsTablesDisagree() {
    Populatie populatie = bergen2010();
    assertEquals(12_590, populatie.totaalPerKern().get(BERGEN));
    assertEquals(7, populatie.totaalPerKern().size());
    assertEquals(32_975, populatie.totaal());
    Map<Leeftijdsgroep, Long> perBand = populatie.totaalPerLeeftijdsgroep();
    assertEquals(List.of(NUL_15, NUL_25, VIJFTIEN_25), List.copyOf(perBand.keySet()));
    assertEquals(8_028L, perBand.get(NUL_25));
    assertEquals(4_814L, perBand.get(NUL_15));
    assertEquals(3_214L, perBand.get(VIJFTIEN_25));
    // The source states 30.985 inhabitants and 7.753 aged 0–25 for the municipality: not the sums.
    assertTrue(populatie.inwonersGemeente().orElseThrow() != populatie.totaal());
  }

  @Test
  void aBandCountedInOnlySomeKernenHasNoMunicipalTotal() {
    Populatie populatie =
        base()
            .addTellingen(Populatie.Telling.of(BERGEN, NUL_25, 3_147), Populatie.Telling.of(SCHOORL, NUL_25, 1_599), Populatie.Telling.of(BERGEN, NUL_15, 1_878))
            .build();
    assertEquals(Map.of(NUL_25, 4_746L), populatie.totaalPerLeeftijdsgroep());
    assertEquals(0, populatie.totaal());
    assertEquals(Map.of(), base().build().totaalPerLeeftijdsgroep());
  }

  @Test
  void theSeedTableIsValid() {
    assertTrue(VALIDATOR.validate(bergen2010()).isValid());
  }

  @Test
  void aBandExceedingTheKernsInhabitantsIsReported() {
    Populatie populatie =
        base().addTellingen(Populatie.Telling.inwoners(GROET_CAMPERDUIN, 1_990), Populatie.Telling.of(GROET_CAMPERDUIN, NUL_25, 1_991)).build();
    ValidationResult result = VALIDATOR.validate(populatie);
    assertEquals(1, result.violations().size());
    assertEquals("POPULATIE-001", result.violations().get(0).ruleId());
    assertEquals("tellingen[1].aantal", result.violations().get(0).path());
  }

  @Test
  void aBandHoldingEveryInhabitantIsValid() {
    Populatie populatie = base().addTellingen(Populatie.Telling.inwoners(BERGEN_AAN_ZEE, 88), Populatie.Telling.of(BERGEN_AAN_ZEE, NUL_25, 88)).build();
    assertTrue(VALIDATOR.validate(populatie).isValid());
  }

  @Test
  void aMunicipalBandExceedingTheMunicipalTotalIsReported() {
    Populatie populatie =
        base()
            .addTellingen(Populatie.Telling.builder().leeftijdsgroep(NUL_25).aantal(7_753).build())
            .addTellingen(Populatie.Telling.builder().aantal(7_000).build())
            .build();
    ValidationResult result = VALIDATOR.validate(populatie);
    assertEquals("POPULATIE-001", result.violations().get(0).ruleId());
    assertEquals("tellingen[0].aantal", result.violations().get(0).path());
  }

  @Test
  void aKernOfAnotherMunicipalityIsReported() {
    Kern elders = Kern.builder().naam("Alkmaar").gemeente(GemeenteCode.parse("GM0361")).build();
    Populatie populatie = base().addTellingen(Populatie.Telling.inwoners(BERGEN, 12_590), Populatie.Telling.inwoners(elders, 94_000)).build();
    ValidationResult result = VALIDATOR.validate(populatie);
    assertEquals(1, result.violations().size());
    assertEquals("POPULATIE-002", result.violations().get(0).ruleId());
    assertEquals("tellingen[1].kern", result.violations().get(0).path());
  }

  @Test
  void eachKernAndBandIsCountedOnce() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> base().addTellingen(Populatie.Telling.of(BERGEN, NUL_25, 3_147), Populatie.Telling.of(BERGEN, Leeftijdsgroep.of(0, 25), 3_000)).build());
    assertEquals(Populatie.DUPLICATE_CODE, e.code());
    InvalidValueException totals =
        assertThrows(
            InvalidValueException.class,
            () -> base().addTellingen(Populatie.Telling.builder().aantal(1).build(), Populatie.Telling.builder().aantal(2).build()).build());
    assertEquals(Populatie.DUPLICATE_CODE, totals.code());
  }

  @Test
  void needsASource() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> base().bron("").build());
    assertEquals(Populatie.SOURCE_CODE, e.code());
  }

  @Test
  void countsAreNotNegative() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Populatie.Telling.inwoners(BERGEN, -1));
    assertEquals(Populatie.Telling.NEGATIVE_CODE, e.code());
  }

  private static Populatie.Builder base() {
    return Populatie.builder().gemeente(GemeenteCode.BERGEN_NH).peildatum(LocalDate.of(2010, 1, 1)).bron("CBS");
  }
}
