package nl.cjg.core.stats.operational;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.populatie.Doelgroep;
import nl.cjg.core.populatie.Doelgroepsoort;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.populatie.Omvang;
import nl.cjg.core.populatie.Populatie;
import nl.cjg.core.referentie.BergenReferentie;
import nl.cjg.core.stats.CrossTable;
import nl.cjg.core.stats.table.PublishedTable;
import nl.cjg.core.stats.table.TableCsv;
import org.junit.jupiter.api.Test;

/** The population of Bergen (Werkplan CJG Bergen 2012, uitwerking 1, bevolking (CBS 2010); uitwerking 1, kinderopvang per kern) and the target groups of the communicatieplan (Communicatieplan CJG Bergen 2012, 5. doelgroepen). */
class PopulationFiguresTest {
  private static final LocalDate COMMUNICATIEPLAN = LocalDate.of(2012, 1, 1);

  private static Doelgroep doelgroep(String naam, Doelgroepsoort wie, int aantal) {
    return Doelgroep.builder().naam(naam).addWie(wie).grootte(Omvang.of(aantal, "Communicatieplan CJG Bergen 2012", COMMUNICATIEPLAN)).build();
  }

  @Test
  void theKernenTableUsesTheFinestBandsEveryKernCounts() {
    assertEquals(List.of(Leeftijdsgroep.of(0, 15), Leeftijdsgroep.of(15, 25)), PopulationFigures.leeftijdsgroepen(BergenReferentie.populatie()));
  }

  @Test
  void inhabitantsPerKernAndBandAsTheSeed() {
    PopulationFigures figures = PopulationFigures.empty().add(BergenReferentie.populatie());
    CrossTable<Kern, Leeftijdsgroep> table = figures.byKernAndLeeftijdsgroep();
    assertEquals(1878, table.count(BergenKernen.BERGEN, Leeftijdsgroep.of(0, 15)));
    assertEquals(3147, table.row(BergenKernen.BERGEN).total(), "Bergen's 0-25 figure");
    assertEquals(57, table.row(BergenKernen.GROET_CAMPERDUIN).total());
    assertEquals(8028, table.total());
    assertEquals(12590, figures.inwonersByKern().count(BergenKernen.BERGEN));
    assertEquals(32975, figures.inwonersByKern().total());
    assertEquals(new BigDecimal("24.3"), figures.aandeelKernen().percentage(1).orElseThrow());
  }

  @Test
  void theMunicipalitysOwnFiguresGiveTheSeedsQuarter() {
    PopulationFigures figures = PopulationFigures.empty().add(BergenReferentie.populatie());
    assertEquals(Optional.of(30985L), figures.inwonersGemeente());
    assertEquals(7753, figures.gemeentePerLeeftijdsgroep().count(Leeftijdsgroep.of(0, 25)));
    assertEquals(new BigDecimal("25"), figures.aandeelGemeente(Leeftijdsgroep.of(0, 25)).orElseThrow().percentage(0).orElseThrow());
    assertEquals(Optional.empty(), figures.aandeelGemeente(Leeftijdsgroep.of(0, 4)));
    assertEquals(
        List.of(Leeftijdsgroep.of(0, 5), Leeftijdsgroep.of(0, 25), Leeftijdsgroep.of(5, 10), Leeftijdsgroep.of(10, 15),
            Leeftijdsgroep.of(15, 20), Leeftijdsgroep.of(20, 25)),
        figures.gemeentePerLeeftijdsgroep().categories());
  }

  @Test
  void aTableWithoutBandsForEveryKernGivesNoCrossTable() {
    Populatie alleenTotalen =
        Populatie.builder()
            .from(BergenReferentie.populatie())
            .tellingen(BergenReferentie.populatie().tellingen().stream().filter(t -> t.leeftijdsgroep().isEmpty()).toList())
            .build();
    PopulationFigures figures = PopulationFigures.empty().add(alleenTotalen);
    assertEquals(0, figures.byKernAndLeeftijdsgroep().rowCategories().size());
    assertEquals(32975, figures.inwonersByKern().total());
    assertFalse(figures.aandeelKernen().isDefined());
  }

  @Test
  void targetGroupSizes() {
    PopulationFigures figures =
        PopulationFigures.empty()
            .add(doelgroep("kernpartners", Doelgroepsoort.KERNPARTNERS, 5))
            .add(doelgroep("netwerkpartners", Doelgroepsoort.NETWERKPARTNERS, 40))
            .add(doelgroep("(toekomstige) ouders in Bergen", Doelgroepsoort.OUDERS, 7300))
            .add(doelgroep("jeugdigen in Bergen t/m 23 jaar", Doelgroepsoort.JEUGDIGEN, 4000))
            .add(Doelgroep.builder().naam("scheidende ouders").addWie(Doelgroepsoort.OUDERS).build());
    assertEquals(
        List.of(5L, 40L, 7300L, 4000L),
        List.copyOf(figures.groottePerDoelgroep().values()),
        "a group without a size is skipped");
    assertEquals(
        "Kengetal;Waarde\nkernpartners;5\nnetwerkpartners;40\n(toekomstige) ouders in Bergen;7300\njeugdigen in Bergen t/m 23 jaar;4000\n",
        TableCsv.write(figures.publish().get("Doelgroepen")));
  }

  @Test
  void eachCellIsCountedOnce() {
    Populatie.Telling bergen = Populatie.Telling.inwoners(BergenKernen.BERGEN, 12590);
    InvalidValueException twice =
        assertThrows(InvalidValueException.class, () -> PopulationFigures.builder().addTellingen(bergen, bergen).build());
    assertEquals(PopulationFigures.CELLS_CODE, twice.code());
  }

  @Test
  void aTargetGroupIsNotNegative() {
    InvalidValueException negative =
        assertThrows(InvalidValueException.class, () -> PopulationFigures.builder().putGroottePerDoelgroep("ouders", -1L).build());
    assertEquals(PopulationFigures.SIZE_CODE, negative.code());
  }

  @Test
  void mergingAddsDisjointPopulations() {
    PopulationFigures bergen = PopulationFigures.empty().add(BergenReferentie.populatie());
    PopulationFigures twice = bergen.merge(bergen);
    assertEquals(2 * 8028, twice.byKernAndLeeftijdsgroep().total());
    assertEquals(Optional.of(2 * 30985L), twice.inwonersGemeente());
    assertEquals(bergen, PopulationFigures.empty().merge(bergen));
    assertEquals(bergen, bergen.merge(PopulationFigures.empty()));
  }

  @Test
  void publishedTables() {
    Map<String, PublishedTable> tables = PopulationFigures.empty().add(BergenReferentie.populatie()).publish();
    assertEquals(
        List.of("Inwoners per kern en leeftijdsgroep", "Inwoners per kern", "Inwoners van de gemeente", "Doelgroepen"),
        List.copyOf(tables.keySet()));
    String kernen = TableCsv.write(tables.get("Inwoners per kern en leeftijdsgroep"));
    assertTrue(kernen.startsWith("Kern;0–14;15–24;Totaal\nBergen;1878;1269;3147\n"), kernen);
    assertTrue(kernen.endsWith("Totaal;4814;3214;8028\n"), kernen);
    String gemeente = TableCsv.write(tables.get("Inwoners van de gemeente"));
    assertTrue(gemeente.contains("Inwoners;30985\n") && gemeente.contains("0–24 jaar;7753\n0–24 jaar (%);25,0\n"), gemeente);
  }
}
