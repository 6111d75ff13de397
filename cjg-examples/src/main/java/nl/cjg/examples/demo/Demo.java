package nl.cjg.examples.demo;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.cjg.core.aanbod.Aanbod;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.partner.Netwerk;
import nl.cjg.core.partner.Partner;
import nl.cjg.core.populatie.Populatie;
import nl.cjg.core.referentie.BergenReferentie;
import nl.cjg.core.routing.Niveau;
import nl.cjg.core.routing.RoutingRules;
import nl.cjg.core.sample.SampleDataset;
import nl.cjg.core.sample.SampleOptions;
import nl.cjg.core.stats.DisclosureControl;
import nl.cjg.core.validation.CjgValidator;
import nl.cjg.core.werkplan.Werkplan;
import nl.cjg.examples.referentie.BergenDataset;
import nl.cjg.examples.referentie.SeedTable;
import nl.cjg.examples.report.HtmlReport;
import nl.cjg.examples.report.Texts;
import nl.cjg.json.CjgJsonReader;
import nl.cjg.json.CjgJsonWriter;
import nl.cjg.json.DatasetHeader;
import nl.cjg.json.DatasetRecords;
import nl.cjg.json.RecordResult;
import nl.cjg.json.RecordWriter;

/**
 * The demo, without configuration: loads the Bergen reference dataset and validates it; generates
 * a calibrated sample of {@value #CASUSSEN} cases with seed {@value #SEED} on the reference
 * population and network, writes it as a dataset and reads it back strictly (every business rule
 * checked); routes its cases with the Bergen 2012 rules; counts its statistics and protects them
 * for publication; audits the source tables and the published rates; collects the assumptions the
 * reference records and cooperation agreements mark; and writes the HTML report. The same version always
 * writes the same files.
 */
public final class Demo {
  /** The seed of the generated sample. */
  public static final long SEED = 2012;

  /** The number of generated cases. */
  public static final int CASUSSEN = 1000;

  /** The file name of the generated sample in the output directory. */
  public static final String STEEKPROEF = "steekproef.jsonl";

  /** The file name of the report in the output directory. */
  public static final String REPORT = "report.html";

  private Demo() {}

  /**
   * Runs the demo and writes {@value #STEEKPROEF} and {@value #REPORT} (in Dutch) into {@code dir}.
   *
   * @param dir the output directory; created when missing
   * @return what the demo computed
   * @throws IOException when the files cannot be written
   */
  public static DemoResult run(Path dir) throws IOException {
    return run(dir, Texts.DUTCH);
  }

  /**
   * Runs the demo and writes {@value #STEEKPROEF} and {@value #REPORT} into {@code dir}.
   *
   * @param dir the output directory; created when missing
   * @param language the report's language: Dutch, or English (see {@link Texts#of})
   * @return what the demo computed
   * @throws IOException when the files cannot be written
   */
  public static DemoResult run(Path dir, Locale language) throws IOException {
    Files.createDirectories(dir);
    BergenDataset.Contents referentie = BergenDataset.read();
    Map<String, Long> overtredingen = new TreeMap<>();
    CjgValidator validator = CjgValidator.create();
    for (Object record : referentie.records()) {
      validator.validate(record).violations().forEach(v -> overtredingen.merge(v.ruleId(), 1L, Long::sum));
    }
    Populatie populatie = referentie.of(Populatie.class).get(0);
    Netwerk netwerk = Netwerk.builder().addAllPartners(referentie.of(Partner.class)).build();
    LocalDate peildatum = referentie.header().peildatum();

    SampleDataset sample = SampleDataset.of(
        SampleOptions.builder().seed(SEED).aantalCasussen(CASUSSEN).peildatum(peildatum).populatie(populatie).netwerk(netwerk).build());
    Path steekproef = dir.resolve(STEEKPROEF);
    write(sample, steekproef, DatasetHeader.builder().from(DatasetHeader.of(populatie.gemeente(), peildatum)).seed(SEED).build());

    RoutingRules regels = RoutingRules.bergen2012();
    DatasetStatistics statistieken = new DatasetStatistics(peildatum);
    Map<Niveau, Long> niveaus = new EnumMap<>(Niveau.class);
    for (Niveau niveau : Niveau.values()) {
      niveaus.put(niveau, 0L);
    }
    try (InputStream in = Files.newInputStream(steekproef);
        DatasetRecords records = CjgJsonReader.create().readDataset(in)) {
      while (records.hasNext()) {
        RecordResult<Object> record = records.next();
        record.problems().forEach(problem -> overtredingen.merge(problem.code(), 1L, Long::sum));
        record.value().ifPresent(value -> {
          statistieken.accept(value);
          if (value instanceof Casus casus) {
            CasusRouting.route(casus, netwerk, regels).ifPresent(advies -> niveaus.merge(advies.niveau(), 1L, Long::sum));
          }
        });
      }
    }
    Map<String, Long> routering = new LinkedHashMap<>();
    niveaus.forEach((niveau, count) -> routering.put(niveau.code(), count));

    DemoResult result = new DemoResult(
        peildatum,
        SEED,
        populatie,
        referentie.of(Aanbod.class),
        referentie.of(Werkplan.class).get(0),
        referentie.of(Casus.class),
        referentie.records().size(),
        statistieken.records(),
        statistieken.casussen(),
        statistieken.overleggen(),
        overtredingen,
        routering,
        statistieken.tables(DisclosureControl.standard()),
        SeedTable.all().stream().map(table -> new AuditedTable(table, table.audit())).toList(),
        Stream.concat(referentie.records().stream(), BergenReferentie.samenwerkingsafspraken().stream())
            .flatMap(record -> Aannames.of(record).stream()).toList());
    Texts texts = Texts.of(language);
    Files.writeString(dir.resolve(REPORT), HtmlReport.render(DemoReport.of(result, texts), texts), StandardCharsets.UTF_8);
    return result;
  }

  private static void write(SampleDataset sample, Path file, DatasetHeader header) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
        RecordWriter writer = CjgJsonWriter.create().writeDataset(out, header)) {
      sample.records().forEach(record -> writer.write(record.value()));
    }
  }
}
