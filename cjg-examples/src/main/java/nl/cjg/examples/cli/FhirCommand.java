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
 * standard output; the summary line on standard error gives the number of resources, never data
 * from the records. Records with problems are left out, counted in the summary line, and make the
 * exit code 1.
 */
@Command(
    name = "fhir",
    mixinStandardHelpOptions = true)
final class FhirCommand implements Callable<Integer> {
  @ParentCommand private Cjg cjg;

  @Parameters(paramLabel = "DATASET", descriptionKey = "dataset")
  private String file;

  @Option(names = "--out", paramLabel = "FILE")
  private Optional<Path> out;

  @Override
  public Integer call() {
    List<Object> values = new ArrayList<>();
    long bad = 0;
    long read = 0;
    try (DatasetRecords records = Inputs.openDataset(file, cjg)) {
      while (records.hasNext()) {
        RecordResult<Object> record = records.next();
        read++;
        if (record.value().isPresent()) {
          values.add(record.value().get());
        } else {
          bad++;
        }
      }
    } catch (UncheckedIOException e) {
      throw CliException.of(e, "error.unreadable", file);
    }
    int resources = write(values);
    Messages messages = cjg.messages();
    cjg.summary()
        .read(file, messages.text("count.records", read))
        .wrote(out.map(Path::toString).orElse(""), messages.text("fhir.written", resources, values.size()))
        .refused(bad, messages.text("count.leftOut", bad));
    return bad > 0 ? ExitCodes.DATA_PROBLEMS : ExitCodes.OK;
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
      throw CliException.of(e, "error.unwritable", out.map(Path::toString).orElse(cjg.messages().text("stdout")));
    }
  }
}
