package nl.cjg.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.cjg.fhir.FhirExport;
import nl.cjg.json.DatasetRecords;
import nl.cjg.json.RecordResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code cjg fhir DATASET}: the dataset as one HL7 FHIR R4 {@code Bundle} of type
 * {@code collection}, in JSON, written resource by resource. The bundle goes to the file or to
 * standard output; standard error gets one line with the number of resources, never data from the
 * records. Records with
 * problems are left out, counted on standard error, and make the exit code 1.
 */
@Command(
    name = "fhir",
    mixinStandardHelpOptions = true,
    description = "De dataset als één HL7 FHIR R4-bundel (type collection) in JSON.")
final class FhirCommand implements Callable<Integer> {
  @ParentCommand private Cjg cjg;

  @Parameters(paramLabel = "DATASET", description = "De dataset (JSON Lines), of - voor standaardinvoer.")
  private String file;

  @Option(names = "--out", paramLabel = "FILE", description = "Het bestand voor de bundel; standaard standaarduitvoer.")
  private Optional<Path> out;

  @Override
  public Integer call() {
    List<Object> values = new ArrayList<>();
    long bad = 0;
    try (DatasetRecords records = Inputs.openDataset(file, cjg.terminal())) {
      while (records.hasNext()) {
        RecordResult<Object> record = records.next();
        if (record.value().isPresent()) {
          values.add(record.value().get());
        } else {
          bad++;
        }
      }
    } catch (UncheckedIOException e) {
      throw new CliException(file + ": cannot be read", e);
    }
    int resources = write(values);
    cjg.terminal().err().println("cjg fhir: " + resources + " resources from " + values.size() + " records"
        + out.map(path -> " in " + path).orElse(""));
    if (bad > 0) {
      cjg.terminal().err().println("cjg fhir: " + file + ": records with problems were left out: " + bad + ";"
          + " see 'cjg validate'");
      return ExitCodes.DATA_PROBLEMS;
    }
    return ExitCodes.OK;
  }

  private int write(List<Object> values) {
    FhirExport export = FhirExport.create();
    try {
      if (out.isPresent()) {
        try (Writer writer = Files.newBufferedWriter(out.get(), StandardCharsets.UTF_8)) {
          int resources = export.writeBundle(values, writer);
          writer.write('\n');
          return resources;
        }
      }
      Writer writer = new BufferedWriter(new OutputStreamWriter(cjg.terminal().out(), StandardCharsets.UTF_8), 1 << 16);
      int resources = export.writeBundle(values, writer);
      writer.write('\n');
      writer.flush();
      return resources;
    } catch (IOException e) {
      throw new CliException(out.map(Path::toString).orElse("standard output") + ": cannot be written", e);
    }
  }
}
