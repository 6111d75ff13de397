package nl.cjg.core.stats.operational;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.stats.DisclosureControl;
import nl.cjg.core.stats.operational.OperationalFigures.OperationalCollectors;
import nl.cjg.core.stats.table.TableCsv;
import nl.cjg.core.werkplan.Evaluatie;
import nl.cjg.core.werkplan.Werkplan;
import nl.cjg.core.werkplan.WerkplanItem;
import org.junit.jupiter.api.Test;

/** Four topics shaped like those of the Werkplan CJG Bergen 2012 (onderwerp 1–4), with made-up June and October outcomes. */
class WorkPlanProgressTest {
  private static final LocalDate JUNI = LocalDate.of(2012, 6, 29);
  private static final LocalDate OKTOBER = LocalDate.of(2012, 10, 31);

  private static WerkplanItem item(int nummer, String onderwerp, LocalDate voor, Evaluatie.Voortgang juni, Evaluatie.Voortgang oktober) {
    return WerkplanItem.builder()
        .nummer(nummer)
        .onderwerp(onderwerp)
        .doel("doel")
        .resultaat("resultaat")
        .werkwijze("werkwijze")
        .gerealiseerdVoor(voor)
        .addEvaluaties(Evaluatie.builder().datum(JUNI).tekst("tussentijdse evaluatie").uitkomst(juni).build())
        .addEvaluaties(Evaluatie.builder().datum(OKTOBER).tekst("evaluatie oktober").uitkomst(oktober).build())
        .build();
  }

  static Werkplan werkplan2012() {
    return Werkplan.builder()
        .jaar(Year.of(2012))
        .visie("Het CJG is een laagdrempelig en herkenbaar netwerk.")
        .addItems(
            item(1, "Vaststellen van het ambitie- en voorzieningenniveau", LocalDate.of(2012, 4, 1),
                Evaluatie.Voortgang.IN_UITVOERING, Evaluatie.Voortgang.GEREALISEERD),
            item(2, "Realiseren van een effectieve vorm van casusbespreking", LocalDate.of(2012, 6, 1),
                Evaluatie.Voortgang.GEREALISEERD, Evaluatie.Voortgang.GEREALISEERD),
            item(3, "Rollen, taken en samenwerkingsafspraken", LocalDate.of(2012, 9, 1),
                Evaluatie.Voortgang.IN_UITVOERING, Evaluatie.Voortgang.DEELS_GEREALISEERD),
            item(4, "Realiseren van bekendheid van het CJG", LocalDate.of(2012, 12, 31),
                Evaluatie.Voortgang.IN_UITVOERING, Evaluatie.Voortgang.IN_UITVOERING))
        .build();
  }

  @Test
  void progressInJuly() {
    WorkPlanProgress progress = WorkPlanProgress.empty(LocalDate.of(2012, 7, 1)).add(werkplan2012());
    assertEquals(1, progress.werkplannen());
    assertEquals(4, progress.items());
    assertEquals(1, progress.gerealiseerd());
    assertEquals(3, progress.byVoortgang().count(Evaluatie.Voortgang.IN_UITVOERING));
    assertEquals(1, progress.achterstallig(), "item 1 was due on 1 April and in June still under way");
    assertEquals(Optional.of(YearMonth.of(2012, 10)), progress.volgendeEvaluatie());
    assertEquals(new BigDecimal("25"), progress.aandeelGerealiseerd().percentage(0).orElseThrow());
  }

  @Test
  void progressAtTheEndOfTheYear() {
    WorkPlanProgress progress =
        List.of(werkplan2012()).stream().collect(OperationalCollectors.workPlans(LocalDate.of(2012, 12, 31)));
    assertEquals(2, progress.gerealiseerd());
    assertEquals(2, progress.achterstallig(), "items 3 and 4 are due and not realised");
    assertEquals(Optional.empty(), progress.volgendeEvaluatie());
  }

  @Test
  void beforeTheFirstEvaluationEverythingIsPlanned() {
    WorkPlanProgress progress = WorkPlanProgress.empty(LocalDate.of(2012, 2, 1)).add(werkplan2012());
    assertEquals(4, progress.byVoortgang().count(Evaluatie.Voortgang.GEPLAND));
    assertEquals(0, progress.achterstallig());
    assertEquals(Optional.of(YearMonth.of(2012, 6)), progress.volgendeEvaluatie());
  }

  @Test
  void mergingTakesTheEarliestNextEvaluation() {
    LocalDate dag = LocalDate.of(2012, 7, 1);
    Werkplan volgendJaar = Werkplan.builder().from(werkplan2012()).jaar(Year.of(2013)).items(List.of()).build();
    WorkPlanProgress twee = WorkPlanProgress.empty(dag).add(volgendJaar).merge(WorkPlanProgress.empty(dag).add(werkplan2012()));
    assertEquals(2, twee.werkplannen());
    assertEquals(Optional.of(YearMonth.of(2012, 10)), twee.volgendeEvaluatie());
    assertThrows(IllegalArgumentException.class, () -> twee.merge(WorkPlanProgress.empty(dag.plusDays(1))));
  }

  @Test
  void progressIsCountedForEveryStatus() {
    InvalidValueException missing =
        assertThrows(
            InvalidValueException.class,
            () ->
                WorkPlanProgress.builder()
                    .from(WorkPlanProgress.empty(JUNI))
                    .aantallenPerVoortgang(Map.of(Evaluatie.Voortgang.GEPLAND, 1L))
                    .build());
    assertEquals(WorkPlanProgress.CATEGORIES_CODE, missing.code());
  }

  @Test
  void noMoreItemsOverdueThanThereAre() {
    InvalidValueException tooMany =
        assertThrows(
            InvalidValueException.class, () -> WorkPlanProgress.builder().from(WorkPlanProgress.empty(JUNI)).achterstallig(1).build());
    assertEquals(WorkPlanProgress.COUNT_CODE, tooMany.code());
  }

  @Test
  void publishedTables() {
    Map<String, nl.cjg.core.stats.table.PublishedTable> tables =
        WorkPlanProgress.empty(LocalDate.of(2012, 7, 1)).add(werkplan2012()).publish(DisclosureControl.internalUseOnly());
    assertEquals(
        "Voortgang;Aantal;%\n"
            + "gepland;0;0,0\n"
            + "in uitvoering;3;75,0\n"
            + "deels gerealiseerd;0;0,0\n"
            + "gerealiseerd;1;25,0\n"
            + "niet gerealiseerd;0;0,0\n"
            + "Totaal;4;100,0\n",
        TableCsv.write(tables.get("Werkplanitems per voortgang")));
    assertEquals(
        "Achterstallig;Aantal;%\nachterstallig;1;25,0\nniet achterstallig;3;75,0\nTotaal;4;100,0\n",
        TableCsv.write(tables.get("Werkplanitems achterstallig")));
  }
}
