package nl.cjg.core.stats.operational;

import nl.cjg.core.stats.operational.CaseFigures.Bespreekvorm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Casusstatus;
import nl.cjg.core.id.GemeenteCode;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijdsindelingen;
import nl.cjg.core.stats.CrossTable;
import nl.cjg.core.stats.DisclosureControl;
import nl.cjg.core.stats.operational.OperationalFigures.OperationalCollectors;
import nl.cjg.core.stats.table.PublishedTable;
import nl.cjg.core.stats.table.TableCsv;
import org.junit.jupiter.api.Test;

class CaseFiguresTest {
  private static final String BAND_0_4 = "0 – 4 jaar";
  private static final String BAND_4_12 = "4 – 12 jaar";
  private static final String BAND_12_19 = "12 – 19 jaar";
  private static final String BAND_19_23 = "19 – 23 jaar";

  private static CaseFigures pilot() {
    return Pilot.aanvragen().stream().collect(OperationalCollectors.cases(BergenKernen.all(), Leeftijdsindelingen.CJG_LEEFTIJDSGROEPEN));
  }

  @Test
  void theElevenRequestsOfThePilotPerKernAndBand() {
    CrossTable<String, String> table = pilot().byKernAndLeeftijdsgroep();
    assertEquals(11, table.total());
    assertEquals(1, table.count("Bergen", BAND_0_4));
    assertEquals(1, table.count("Bergen", BAND_4_12));
    assertEquals(1, table.count("Bergen", BAND_19_23));
    assertEquals(1, table.count("Bergen", CaseFigures.ONBEKEND), "no age given");
    assertEquals(1, table.count(CaseFigures.ONBEKEND, BAND_4_12), "no kern given");
    assertEquals(1, table.count("Schoorl", CaseFigures.ONBEKEND), "the band 10–15 straddles 4–12 and 12–19");
    assertEquals(3, table.row("Schoorl").total());
    assertEquals(List.of(2L, 4L, 2L, 1L, 2L), List.copyOf(table.columnTotals().counts().values()));
    assertEquals(
        List.of("Bergen", "Bergen aan Zee", "Egmond aan Zee", "Egmond-Binnen", "Egmond aan den Hoef", "Schoorl",
            "Groet + Camperduin", CaseFigures.ONBEKEND),
        table.rowCategories());
    assertEquals(List.of(BAND_0_4, BAND_4_12, BAND_12_19, BAND_19_23, CaseFigures.ONBEKEND), table.columnCategories());
  }

  @Test
  void aKernOfAnotherMunicipalityIsUnknown() {
    Kern elders = Kern.builder().naam("Elders").gemeente(GemeenteCode.parse("GM0361")).build();
    Casus casus = Pilot.casus(1, Pilot.kind(elders, 8), true, Pilot.besproken(Pilot.START), false);
    CaseFigures figures = CaseFigures.bergen().add(casus);
    assertEquals(1, figures.byKernAndLeeftijdsgroep().count(CaseFigures.ONBEKEND, BAND_4_12));
    assertEquals(CaseFigures.ONBEKEND, figures.kernVan(casus));
    assertEquals(BAND_4_12, figures.leeftijdsgroepVan(casus));
  }

  @Test
  void statusByConsentAndTheShares() {
    CaseFigures figures = pilot();
    CrossTable<Casusstatus, Bespreekvorm> table = figures.byStatusAndBespreekvorm();
    assertEquals(4, table.count(Casusstatus.BESPROKEN, Bespreekvorm.MET_TOESTEMMING));
    assertEquals(1, table.count(Casusstatus.BESPROKEN, Bespreekvorm.ANONIEM));
    assertEquals(1, table.count(Casusstatus.AFGEROND, Bespreekvorm.MET_TOESTEMMING));
    assertEquals(3, table.count(Casusstatus.DOORVERWEZEN, Bespreekvorm.MET_TOESTEMMING));
    assertEquals(2, table.count(Casusstatus.DOORVERWEZEN, Bespreekvorm.ANONIEM));
    assertEquals(0, figures.byStatus().count(Casusstatus.AANGEMELD));
    assertEquals(11, figures.aantal());
    assertEquals(8, figures.byBespreekvorm().count(Bespreekvorm.MET_TOESTEMMING));
    assertEquals(new BigDecimal("72.7"), figures.aandeelMetToestemming().percentage(1).orElseThrow());
    assertEquals(4, figures.inVerwijsindexGemeld());
    assertEquals(new BigDecimal("36.4"), figures.aandeelInVerwijsindex().percentage(1).orElseThrow());
  }

  @Test
  void noCasesGiveUndefinedShares() {
    assertFalse(CaseFigures.bergen().aandeelMetToestemming().isDefined());
    assertFalse(CaseFigures.bergen().aandeelInVerwijsindex().isDefined());
  }

  @Test
  void onlyFiguresOverTheSameCategoriesMerge() {
    CaseFigures egmond = CaseFigures.empty(List.of(BergenKernen.EGMOND_AAN_ZEE), Leeftijdsindelingen.CJG_LEEFTIJDSGROEPEN);
    assertThrows(IllegalArgumentException.class, () -> pilot().merge(egmond));
    CaseFigures cbs = CaseFigures.empty(BergenKernen.all(), Leeftijdsindelingen.CBS_JEUGDZORG);
    assertThrows(IllegalArgumentException.class, () -> pilot().merge(cbs));
  }

  @Test
  void thereIsOneCountPerCategory() {
    CaseFigures empty = CaseFigures.bergen();
    InvalidValueException wrongRows =
        assertThrows(
            InvalidValueException.class,
            () -> CaseFigures.builder().from(empty).aantallenPerKernEnLeeftijdsgroep(List.of(0L, 0L)).build());
    assertEquals(CaseFigures.CATEGORIES_CODE, wrongRows.code());
    InvalidValueException wrongStatus =
        assertThrows(
            InvalidValueException.class, () -> CaseFigures.builder().from(empty).aantallenPerStatusEnToestemming(List.of(0L)).build());
    assertEquals(CaseFigures.CATEGORIES_CODE, wrongStatus.code());
    InvalidValueException twice =
        assertThrows(
            InvalidValueException.class,
            () -> CaseFigures.empty(List.of(BergenKernen.BERGEN, BergenKernen.BERGEN), Leeftijdsindelingen.CJG_LEEFTIJDSGROEPEN));
    assertEquals(CaseFigures.CATEGORIES_CODE, twice.code());
  }

  @Test
  void theCountsMustAgree() {
    CaseFigures figures = pilot();
    InvalidValueException tooMany =
        assertThrows(InvalidValueException.class, () -> CaseFigures.builder().from(figures).inVerwijsindexGemeld(12).build());
    assertEquals(CaseFigures.COUNT_CODE, tooMany.code());
    InvalidValueException otherCases =
        assertThrows(
            InvalidValueException.class,
            () -> CaseFigures.builder().from(figures).aantallenPerStatusEnToestemming(CaseFigures.bergen().aantallenPerStatusEnToestemming()).build());
    assertEquals(CaseFigures.COUNT_CODE, otherCases.code());
    List<Long> negative = new java.util.ArrayList<>(figures.aantallenPerStatusEnToestemming());
    negative.set(0, -1L);
    negative.set(1, negative.get(1) + 1);
    InvalidValueException belowZero =
        assertThrows(InvalidValueException.class, () -> CaseFigures.builder().from(figures).aantallenPerStatusEnToestemming(negative).build());
    assertEquals(CaseFigures.COUNT_CODE, belowZero.code());
  }

  @Test
  void theStoredFormGivesTheTablesBack() {
    CaseFigures figures = pilot();
    CaseFigures read =
        CaseFigures.builder()
            .kernen(figures.kernen())
            .leeftijdsindeling(figures.leeftijdsindeling())
            .aantallenPerKernEnLeeftijdsgroep(figures.aantallenPerKernEnLeeftijdsgroep())
            .aantallenPerStatusEnToestemming(figures.aantallenPerStatusEnToestemming())
            .inVerwijsindexGemeld(figures.inVerwijsindexGemeld())
            .build();
    assertEquals(figures.byKernAndLeeftijdsgroep(), read.byKernAndLeeftijdsgroep());
    assertEquals(figures, read);
  }

  @Test
  void publishedTablesSuppressSmallCountsByDefault() {
    Map<String, PublishedTable> tables = pilot().publish();
    assertEquals(
        List.of("Casussen per kern en leeftijdsgroep", "Casussen per status en toestemming", "Casussen in de Verwijsindex"),
        List.copyOf(tables.keySet()));
    String verwijsindex = TableCsv.write(tables.get("Casussen in de Verwijsindex"));
    assertEquals("Verwijsindex;Aantal;%\nin Verwijsindex gemeld;x;x\nniet gemeld;x;x\nTotaal;11;100,0\n", verwijsindex);
    assertTrue(tables.get("Casussen per kern en leeftijdsgroep").cell(0, 0).isSuppressed());
  }

  @Test
  void internalTablesShowEveryCountAndLeaveOutEmptyRows() {
    Map<String, PublishedTable> tables = pilot().publish(DisclosureControl.internalUseOnly());
    assertEquals(
        "Status;met toestemming;anoniem;Totaal\n"
            + "besproken;4;1;5\n"
            + "afgerond;1;0;1\n"
            + "doorverwezen;3;2;5\n"
            + "Totaal;8;3;11\n",
        TableCsv.write(tables.get("Casussen per status en toestemming")));
  }
}
