package nl.cjg.examples.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.sample.SampleDataset;
import nl.cjg.core.sample.SampleOptions;
import nl.cjg.core.sample.SampleRecord;
import nl.cjg.json.CjgJsonWriter;
import nl.cjg.json.DatasetHeader;
import nl.cjg.json.RecordWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code cjg generate}: a calibrated sample dataset (Bergen population and partner map) as JSON
 * Lines, written record by record in constant memory. The same seed and version give the same
 * bytes. Shows a progress bar on standard error when it is a terminal and the run is long.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true)
final class GenerateCommand implements Callable<Integer> {
  /** From this many cases on, a terminal gets a progress bar. */
  static final int PROGRESS_FROM = 20_000;

  @ParentCommand private Cjg cjg;

  @Option(names = "--seed", paramLabel = "N", required = true)
  private long seed;

  @Option(names = "--casussen", paramLabel = "N", required = true)
  private int casussen;

  @Option(names = "--peildatum", paramLabel = "DATE")
  private Optional<LocalDate> peildatum;

  @Option(names = "--out", paramLabel = "FILE")
  private Optional<Path> out;

  @Override
  public Integer call() throws IOException {
    SampleOptions options = options();
    SampleDataset sample = SampleDataset.of(options);
    DatasetHeader header = DatasetHeader.builder()
        .from(DatasetHeader.of(options.populatie().gemeente(), options.peildatum()))
        .seed(seed)
        .build();
    Messages messages = cjg.messages();
    long records = 0;
    try (Progress progress = Progress.count(cjg.terminal(), casussen >= PROGRESS_FROM, messages.text("progress.generate"),
            casussen, messages.text("progress.casussen"));
        OutputStream target = open();
        RecordWriter writer = CjgJsonWriter.create().writeDataset(target, header)) {
      for (SampleRecord record : sample) {
        writer.write(record.value());
        records++;
        if (record.value() instanceof Casus) {
          progress.add(1);
        }
      }
    } catch (UncheckedIOException e) {
      throw CliException.of(e, "error.unwritable", out.map(Path::toString).orElse(messages.text("stdout")));
    }
    cjg.summary().wrote(out.map(Path::toString).orElse(""), messages.text("generate.written", records, casussen));
    return ExitCodes.OK;
  }

  /**
   * The generator's options from the command line's. A refusal names the command line's options,
   * never the generator's attribute names.
   */
  private SampleOptions options() {
    var builder = SampleOptions.builder().seed(seed).aantalCasussen(casussen);
    peildatum.ifPresent(builder::peildatum);
    try {
      return builder.build();
    } catch (InvalidValueException e) {
      throw switch (e.code()) {
        case SampleOptions.AANTAL_CODE -> CliException.of(e, "generate.casussenNegative");
        case SampleOptions.PERIODE_CODE -> CliException.of(e, "generate.peildatumTooEarly",
            peildatum.map(LocalDate::toString).orElse(""), SampleOptions.builder().build().startdatumOverleg().toString());
        default -> CliException.of(e, "generate.optionsDoNotFit", e.code());
      };
    }
  }

  private OutputStream open() throws IOException {
    if (out.isEmpty()) {
      return new FilterOutputStream(new BufferedOutputStream(cjg.terminal().out(), 1 << 16)) {
        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
          this.out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
          flush();
        }
      };
    }
    try {
      return new BufferedOutputStream(Files.newOutputStream(out.get()), 1 << 16);
    } catch (IOException e) {
      throw CliException.of(e, "error.unwritable", out.get());
    }
  }
}
