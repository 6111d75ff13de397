package nl.cjg.core.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.overleg.Casusoverleg;
import nl.cjg.core.validation.CjgValidator;
import nl.cjg.core.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * A large dataset, whose meetings discuss more than {@link Generatie#CASUSSEN_PER_RECORD} cases
 * each, writes each such meeting as several records on its date: none lists more, together they
 * discuss exactly the cases that were discussed on that date, and the dataset rules accept them.
 */
class GroteDatasetTest {
  @Test
  void aMeetingOfMoreCasesThanOneRecordHoldsIsSplitOverRecordsOfItsDate() {
    SampleOptions options = SampleOptions.builder().seed(2012).aantalCasussen(30_000).build();
    Map<LocalDate, Set<String>> besprokenOp = new HashMap<>();
    Map<LocalDate, Set<String>> inOverleg = new HashMap<>();
    Map<LocalDate, Integer> records = new HashMap<>();
    CjgValidator.DatasetCheck check = CjgValidator.create().datasetCheck(options.peildatum());
    long line = 1;
    for (SampleRecord record : SampleDataset.of(options)) {
      check.add(record.value(), ++line);
      if (record.value() instanceof Casus casus && casus.datumOverleg().isPresent()) {
        besprokenOp.computeIfAbsent(casus.datumOverleg().get(), datum -> new HashSet<>()).add(casus.kenmerk());
      } else if (record.value() instanceof Casusoverleg overleg) {
        assertTrue(overleg.casussen().size() <= Generatie.CASUSSEN_PER_RECORD, overleg.datum() + ": " + overleg.casussen().size());
        Set<String> kenmerken = inOverleg.computeIfAbsent(overleg.datum(), datum -> new HashSet<>());
        for (String kenmerk : overleg.casussen()) {
          assertTrue(kenmerken.add(kenmerk), "discussed twice on " + overleg.datum());
        }
        records.merge(overleg.datum(), 1, Integer::sum);
      }
    }
    assertEquals(besprokenOp, inOverleg);
    assertTrue(records.values().stream().anyMatch(count -> count > 1), "some meeting discussed more than one record holds: " + records);
    List<Violation> errors = check.result().violations().stream().filter(v -> v.severity() == Violation.Severity.ERROR).toList();
    assertEquals(List.of(), errors.stream().map(Violation::ruleId).distinct().toList());
  }
}
