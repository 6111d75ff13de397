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
    mixinStandardHelpOptions = true,
    description = "Genereer een gekalibreerde, privacyveilige steekproef als dataset (JSON Lines).")
final class GenerateCommand implements Callable<Integer> {
  /** From this many cases on, a terminal gets a progress bar. */
  static final int PROGRESS_FROM = 20_000;

  @ParentCommand private Cjg cjg;

  @Option(names = "--seed", paramLabel = "N", required = true, description = "Het zaadgetal: dezelfde seed geeft dezelfde dataset.")
  private long seed;

  @Option(names = "--casussen", paramLabel = "N", required = true, description = "Het aantal casussen.")
  private int casussen;

  @Option(names = "--peildatum", paramLabel = "DATE", description = "De peildatum (JJJJ-MM-DD); standaard 2012-12-31.")
  private Optional<LocalDate> peildatum;

  @Option(names = "--out", paramLabel = "FILE", description = "Het bestand; standaard standaarduitvoer.")
  private Optional<Path> out;

  @Override
  public Integer call() throws IOException {
    SampleOptions options;
    try {
      var builder = SampleOptions.builder().seed(seed).aantalCasussen(casussen);
      peildatum.ifPresent(builder::peildatum);
      options = builder.build();
    } catch (InvalidValueException e) {
      throw new CliException("the options do not fit: " + e.getMessage(), e);
    }
    SampleDataset sample = SampleDataset.of(options);
    DatasetHeader header = DatasetHeader.builder()
        .from(DatasetHeader.of(options.populatie().gemeente(), options.peildatum()))
        .seed(seed)
        .build();
    Progress progress = new Progress(cjg.terminal(), casussen >= PROGRESS_FROM && cjg.terminal().interactive());
    try (OutputStream target = open();
        RecordWriter writer = CjgJsonWriter.create().writeDataset(target, header)) {
      sample.records().forEach(record -> {
        writer.write(record.value());
        if (record.value() instanceof Casus) {
          progress.step(casussen);
        }
      });
    } catch (UncheckedIOException e) {
      throw new CliException(out.map(Path::toString).orElse("standard output") + ": cannot be written", e);
    }
    progress.done();
    return ExitCodes.OK;
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
      throw new CliException(out.get() + ": cannot be written", e);
    }
  }

  /** A one-line progress bar on standard error, redrawn at every whole percent. */
  private static final class Progress {
    private final Terminal terminal;
    private final boolean shown;
    private long done;
    private long percent = -1;

    Progress(Terminal terminal, boolean shown) {
      this.terminal = terminal;
      this.shown = shown;
    }

    void step(long total) {
      done++;
      long now = done * 100 / total;
      if (shown && now != percent) {
        percent = now;
        int filled = (int) (now / 5);
        terminal.err().print("\r[" + "#".repeat(filled) + " ".repeat(20 - filled) + "] " + now + "% " + done + "/" + total + " casussen");
        terminal.err().flush();
      }
    }

    void done() {
      if (shown) {
        terminal.err().println();
      }
    }
  }
}
