package nl.cjg.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.cjg.core.aanbod.Aanbod;
import nl.cjg.core.stats.DisclosureControl;
import nl.cjg.examples.referentie.BergenDataset;
import nl.cjg.examples.report.HtmlReport;
import nl.cjg.examples.report.Report;
import nl.cjg.examples.report.Section;
import nl.cjg.examples.report.Texts;
import nl.cjg.json.CjgJsonReader;
import nl.cjg.json.DatasetRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report of a dataset: every published table, disclosure control, audit, validation summary, two languages. */
class DatasetReportTest {
  private static final Texts DUTCH = Texts.of(Texts.DUTCH);
  private static final Texts ENGLISH = Texts.of(Texts.ENGLISH);

  @TempDir Path dir;

  private static DatasetReport read(InputStream in) throws IOException {
    try (DatasetRecords records = CjgJsonReader.create().readDataset(in)) {
      return DatasetReport.read(records);
    }
  }

  private DatasetReport sample() throws IOException {
    Demo.run(dir);
    try (InputStream in = Files.newInputStream(dir.resolve(Demo.STEEKPROEF))) {
      return read(in);
    }
  }

  @Test
  void everyPublishedTableIsASectionAndEveryChartHasItsTable() throws IOException {
    DatasetReport counts = sample();
    Report report = counts.report(DisclosureControl.standard(), DUTCH);
    List<String> titles = report.sections().stream().map(Section::title).toList();
    assertTrue(titles.containsAll(List.of("Casussen per kern en leeftijdsgroep", "Casussen per status en toestemming",
        "Casusoverleggen", "Agendaplanning", "Werkplanitems per voortgang", "Afspraken",
        "Controle van de gepubliceerde tabellen", "Validatie")), titles.toString());
    assertTrue(report.sections().stream().allMatch(section -> section.chart().isEmpty() || section.table().isPresent()));
    assertTrue(report.sections().stream().filter(section -> section.chart().isPresent()).count() >= 3, "charts of the counts");
    assertEquals(0, counts.refused());
    assertEquals(Map.of(), counts.problemsPerRule());
  }

  @Test
  void numbersAreWrittenInTheReportsLanguageOnly() throws IOException {
    DatasetReport counts = sample();
    String dutch = HtmlReport.render(counts.report(DisclosureControl.standard(), DUTCH), DUTCH);
    String english = HtmlReport.render(counts.report(DisclosureControl.standard(), ENGLISH), ENGLISH);
    assertTrue(dutch.contains("<td class=\"number\">1.000</td>"), "Dutch thousands separator");
    assertTrue(english.contains("<td class=\"number\">1,000</td>"), "English thousands separator");
    assertFalse(Pattern.compile("<td class=\"number\">\\d+\\.\\d</td>").matcher(dutch).find(), "no decimal point in Dutch tables");
    assertFalse(Pattern.compile("<t(ext)[^>]*>\\d+\\.\\d</text>").matcher(dutch).find(), "no decimal point in Dutch charts");
    assertTrue(english.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
    assertTrue(english.contains("<h2>Agreements</h2>") && english.contains("<h2>Validation</h2>"), "its own texts in English");
    assertTrue(dutch.contains("<h2>Afspraken</h2>") && dutch.contains("peildatum 31 december 2012"));
  }

  @Test
  void problemsAreCountedPerRuleAndTheirRecordsLeftOut() throws IOException {
    String bergen;
    try (InputStream in = BergenDataset.stream()) {
      bergen = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String broken = bergen + "{\"type\":\"casus\",\"kenmerk\":\"\"}\n{\"type\":\"casus\",\"kenmerk\":\"\"}\n";
    DatasetReport counts = read(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)));
    DatasetReport clean = read(new ByteArrayInputStream(bergen.getBytes(StandardCharsets.UTF_8)));
    assertEquals(2, counts.refused());
    assertEquals(clean.records() + 2, counts.records());
    assertFalse(counts.problemsPerRule().isEmpty());
    assertTrue(counts.problemsPerRule().values().stream().allMatch(count -> count % 2 == 0), "each rule broken by both records");
    String html = HtmlReport.render(counts.report(DisclosureControl.standard(), DUTCH), DUTCH);
    for (String rule : counts.problemsPerRule().keySet()) {
      assertTrue(html.contains("<td>" + rule + "</td>"), rule);
    }
  }

  @Test
  void withoutDisclosureControlTheReportWarnsNotToPublish() throws IOException {
    String bergen;
    try (InputStream in = BergenDataset.stream()) {
      bergen = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    DatasetReport counts = read(new ByteArrayInputStream(bergen.getBytes(StandardCharsets.UTF_8)));
    String internal = HtmlReport.render(counts.report(DisclosureControl.internalUseOnly(), DUTCH), DUTCH);
    assertTrue(internal.contains("publiceer het niet"));
    assertFalse(internal.contains("<td class=\"number\">x</td>"));
    String published = HtmlReport.render(counts.report(DisclosureControl.standard(), DUTCH), DUTCH);
    assertFalse(published.contains("publiceer het niet"));
    assertTrue(published.contains("<td class=\"number\">x</td>"));
  }

  @Test
  void aDatasetWithoutAValidHeaderHasNoReport() throws IOException {
    byte[] noHeader = "{\"type\":\"casus\",\"kenmerk\":\"x\"}\n".getBytes(StandardCharsets.UTF_8);
    try (DatasetRecords records = CjgJsonReader.create().readDataset(new ByteArrayInputStream(noHeader))) {
      assertThrows(IllegalArgumentException.class, () -> DatasetReport.read(records));
    }
  }

  /** The Bergen reference dataset's report shows its rates and every assumption its records mark; a generated one has neither. */
  @Test
  void theReportOfReferenceDataShowsItsRatesAndAssumptions() throws IOException {
    DatasetReport bergen;
    try (InputStream in = BergenDataset.stream()) {
      bergen = read(in);
    }
    Report report = bergen.report(DisclosureControl.standard(), ENGLISH);
    Section rates = report.sections().stream().filter(s -> s.id().equals("percentages")).findFirst().orElseThrow();
    assertEquals("Published percentages and their audit", rates.title());
    long published = BergenDataset.read().of(Aanbod.class).stream()
        .flatMap(a -> a.kengetallen().stream()).mapToLong(k -> k.percentages().size()).sum();
    assertEquals(published, rates.table().orElseThrow().rows().size());
    Section aannames = report.sections().stream().filter(s -> s.id().equals("aannames")).findFirst().orElseThrow();
    long marked = BergenDataset.read().records().stream().mapToLong(r -> Aannames.of(r).size()).sum();
    assertTrue(marked > 0);
    assertEquals(marked, aannames.table().orElseThrow().rows().size());
    List<String> ids = sample().report(DisclosureControl.standard(), ENGLISH).sections().stream().map(Section::id).toList();
    assertFalse(ids.contains("percentages") || ids.contains("aannames"), ids.toString());
  }
}
