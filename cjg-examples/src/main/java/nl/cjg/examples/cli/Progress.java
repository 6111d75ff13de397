package nl.cjg.examples.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error while a command reads or writes a large file, drawn by the
 * progressbar library; nothing at all when the run is not watched on a terminal
 * ({@link Terminal#interactive()}), so redirected output and pipes stay clean. Close it when done.
 */
final class Progress implements AutoCloseable {
  /** From this many bytes on, reading a file shows progress. */
  static final long LARGE_FILE = 1L << 20;

  private static final long MEGABYTE = 1L << 20;

  private final ProgressBar bar;

  private Progress(ProgressBar bar) {
    this.bar = bar;
  }

  /**
   * Progress over a count of units, shown when the run is interactive and {@code shown} holds.
   *
   * @param task what is being done, in the run's language
   * @param total how many units there will be
   * @param unit the unit's name, in the run's language
   */
  static Progress count(Terminal terminal, boolean shown, String task, long total, String unit) {
    if (!shown || !terminal.interactive()) {
      return new Progress(null);
    }
    return new Progress(builder(terminal, task).setInitialMax(total).setUnit(" " + unit, 1).build());
  }

  /**
   * The input, counting its bytes into a progress bar when it is a large file and the run is
   * interactive; closing the stream closes the bar.
   *
   * @param size the file's size in bytes, or -1 when unknown (standard input: no bar)
   */
  static InputStream reading(Terminal terminal, String name, long size, InputStream in) {
    if (size < LARGE_FILE || !terminal.interactive()) {
      return in;
    }
    // The file's name without its directories: the bar keeps its room on a narrow terminal.
    Path file = Path.of(name).getFileName();
    String task = file == null ? name : file.toString();
    Progress progress = new Progress(builder(terminal, task).setInitialMax(size).setUnit(" MB", MEGABYTE).build());
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          progress.add(1);
        }
        return b;
      }

      @Override
      public int read(byte[] bytes, int offset, int length) throws IOException {
        int n = super.read(bytes, offset, length);
        if (n > 0) {
          progress.add(n);
        }
        return n;
      }

      @Override
      public void close() throws IOException {
        try {
          super.close();
        } finally {
          progress.close();
        }
      }
    };
  }

  /** Counts units done. */
  void add(long units) {
    if (bar != null) {
      bar.stepBy(units);
    }
  }

  /** Ends the bar on its own line. */
  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }

  private static ProgressBarBuilder builder(Terminal terminal, String task) {
    return new ProgressBarBuilder()
        .setTaskName(task)
        .setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(250)
        .setConsumer(new ConsoleProgressBarConsumer(terminal.err()));
  }
}
