package nl.cjg.examples.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * What one run of a command read, wrote and refused, said at its end as one line on standard
 * error with the time it took: {@code cjg stats: gelezen data.jsonl (500.000 records); geschreven
 * standaarduitvoer (12 tabellen); 14,2 s}. A command records as it goes; a run that failed (exit
 * 2) or only showed help gets no line. Not thread-safe: one run, one thread.
 */
final class Summary {
  private final long started = System.nanoTime();
  private final List<String> read = new ArrayList<>();
  private final List<String> written = new ArrayList<>();
  private final List<String> refused = new ArrayList<>();
  private final Messages messages;

  Summary(Messages messages) {
    this.messages = messages;
  }

  /**
   * Records an input.
   *
   * @param name the file, or {@code -} for standard input
   * @param what what was read, in the run's language ({@code 500.000 records})
   */
  Summary read(String name, String what) {
    read.add(messages.text("summary.part", messages.input(name), what));
    return this;
  }

  /**
   * Records an output.
   *
   * @param name the file, or empty for standard output
   * @param what what was written, in the run's language
   */
  Summary wrote(String name, String what) {
    written.add(messages.text("summary.part", name.isEmpty() ? messages.text("stdout") : name, what));
    return this;
  }

  /**
   * Records what was refused (not counted, skipped, left out), when there is any.
   *
   * @param count how many
   * @param what how many of what, in the run's language
   */
  Summary refused(long count, String what) {
    if (count > 0) {
      refused.add(what);
    }
    return this;
  }

  /** Whether the command recorded anything. */
  boolean isEmpty() {
    return read.isEmpty() && written.isEmpty() && refused.isEmpty();
  }

  /** The line, for a command with this qualified name ({@code cjg stats}), with the time until now. */
  String line(String command) {
    List<String> parts = new ArrayList<>();
    if (!read.isEmpty()) {
      parts.add(messages.text("summary.read", String.join(", ", read)));
    }
    if (!written.isEmpty()) {
      parts.add(messages.text("summary.written", String.join(", ", written)));
    }
    if (!refused.isEmpty()) {
      parts.add(messages.text("summary.refused", String.join(", ", refused)));
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    parts.add(messages.text("summary.seconds", seconds));
    return command + ": " + String.join("; ", parts);
  }
}
