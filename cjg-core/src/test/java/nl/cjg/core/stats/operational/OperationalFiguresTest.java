package nl.cjg.core.stats.operational;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.overleg.Agendaplanning;
import nl.cjg.core.overleg.Casusoverleg;
import nl.cjg.core.referentie.BergenReferentie;
import nl.cjg.core.sample.SampleDataset;
import nl.cjg.core.sample.SampleOptions;
import nl.cjg.core.sample.SampleRecord;
import nl.cjg.core.stats.DisclosureControl;
import nl.cjg.core.stats.operational.OperationalFigures.OperationalCollectors;
import nl.cjg.core.werkplan.Werkplan;
import org.junit.jupiter.api.Test;

class OperationalFiguresTest {
  private static final LocalDate PEILDATUM = LocalDate.of(2012, 7, 1);

  private static List<Object> pilotRecords() {
    List<Object> records = new ArrayList<>();
    records.add(BergenReferentie.populatie());
    records.addAll(Pilot.aanvragen());
    records.addAll(Pilot.overleggen());
    records.add(WorkPlanProgressTest.werkplan2012());
    records.addAll(BergenReferentie.netwerk().partners());
    records.add(Agendaplanning.builder().build());
    return records;
  }

  @Test
  void everyRecordCountsWhereItBelongs() {
    OperationalFigures figures = pilotRecords().stream().collect(OperationalCollectors.dataset(OperationalFigures.bergen(PEILDATUM)));
    assertEquals(11, figures.cases().aantal());
    assertEquals(5, figures.meetings().overleggen());
    assertEquals(11, figures.meetings().aanvragen());
    assertEquals(0, figures.planning().overleggen());
    assertEquals(0, figures.planning().aanvragen());
    assertEquals(4, figures.workPlans().items());
    assertEquals(8028, figures.population().byKernAndLeeftijdsgroep().total());
    assertEquals(BergenReferentie.netwerk().partners().size(), figures.otherRecords());
  }

  @Test
  void eachPartIsTheFigureOfItsOwnRecords() {
    OperationalFigures figures = OperationalFigures.bergen(PEILDATUM);
    for (Object record : pilotRecords()) {
      figures = figures.add(record);
    }
    List<Casus> casussen = Pilot.aanvragen();
    List<Casusoverleg> overleggen = Pilot.overleggen();
    assertEquals(casussen.stream().collect(OperationalCollectors.cases(figures.cases().kernen(), figures.cases().leeftijdsindeling())),
        figures.cases());
    assertEquals(
        overleggen.stream().collect(OperationalCollectors.meetings()).merge(casussen.stream().collect(OperationalCollectors.requests())),
        figures.meetings());
    assertEquals(Stream.of(WorkPlanProgressTest.werkplan2012()).collect(OperationalCollectors.workPlans(PEILDATUM)), figures.workPlans());
    assertEquals(PopulationFigures.empty().add(BergenReferentie.populatie()), figures.population());
  }

  @Test
  void sampleRecordsCountAsTheirValues() {
    SampleDataset dataset = SampleDataset.of(SampleOptions.builder().seed(11).aantalCasussen(40).build());
    OperationalFigures fromRecords = dataset.records().collect(OperationalCollectors.dataset(OperationalFigures.bergen(dataset.peildatum())));
    OperationalFigures fromValues =
        dataset.records().map(SampleRecord::value).collect(OperationalCollectors.dataset(OperationalFigures.bergen(dataset.peildatum())));
    assertEquals(fromValues, fromRecords);
    assertEquals(40, fromRecords.cases().aantal());
    assertEquals(dataset.records().filter(r -> r.kind() == SampleRecord.Kind.CASUSOVERLEG).count(), fromRecords.meetings().overleggen());
    assertEquals(
        dataset.records().filter(r -> r.kind() == SampleRecord.Kind.WERKPLAN).map(r -> r.value(Werkplan.class)).mapToLong(w -> w.items().size()).sum(),
        fromRecords.workPlans().items());
  }

  @Test
  void allTablesArePublished() {
    OperationalFigures figures = pilotRecords().stream().collect(OperationalCollectors.dataset(OperationalFigures.bergen(PEILDATUM)));
    assertEquals(
        List.of(
            "Casussen per kern en leeftijdsgroep",
            "Casussen per status en toestemming",
            "Casussen in de Verwijsindex",
            "Casusoverleggen",
            "Agendaplanning",
            "Werkplanitems per voortgang",
            "Werkplanitems achterstallig",
            "Inwoners per kern en leeftijdsgroep",
            "Inwoners per kern",
            "Inwoners van de gemeente",
            "Doelgroepen"),
        List.copyOf(figures.publish().keySet()));
    assertEquals(figures.cases().publish(DisclosureControl.internalUseOnly()).get("Casussen per kern en leeftijdsgroep"),
        figures.publish(DisclosureControl.internalUseOnly()).get("Casussen per kern en leeftijdsgroep"));
  }

  @Test
  void figuresOfAnotherDayDoNotMerge() {
    assertThrows(
        IllegalArgumentException.class,
        () -> OperationalFigures.bergen(PEILDATUM).merge(OperationalFigures.bergen(PEILDATUM.plusDays(1))));
  }

  @Test
  void theCountOfOtherRecordsIsNotNegative() {
    InvalidValueException negative =
        assertThrows(
            InvalidValueException.class, () -> OperationalFigures.builder().from(OperationalFigures.bergen(PEILDATUM)).otherRecords(-1).build());
    assertEquals(OperationalFigures.OTHER_CODE, negative.code());
  }
}
