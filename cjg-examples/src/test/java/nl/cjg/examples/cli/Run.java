package nl.cjg.examples.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One in-process run of {@code cjg} with captured streams.
 *
 * @param exitCode the exit code
 * @param out what went to standard output
 * @param err what went to standard error
 */
record Run(int exitCode, String out, String err) {
  static Run of(String... args) {
    return withInput(new byte[0], args);
  }

  static Run withInput(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Terminal terminal =
        new Terminal(
            new ByteArrayInputStream(stdin),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            false);
    int code = Cjg.run(terminal, args);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** A run in English ({@code --lang en} before the arguments). */
  static Run english(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--lang";
    all[1] = "en";
    System.arraycopy(args, 0, all, 2, args.length);
    return of(all);
  }

  /**
   * The summary line that ends standard error: {@code cjg COMMAND: } what was read, written and
   * refused, and the seconds it took.
   */
  String summary() {
    List<String> lines = err.lines().toList();
    String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    assertTrue(last.matches("cjg [a-z]+: .*; \\d+[.,]\\d s"), "a summary line ends standard error: " + err);
    return last;
  }

  /** Standard error is one line per error, without stack traces. */
  boolean errIsOneCleanLine() {
    return err.lines().count() == 1 && !err.contains("\tat ") && !err.contains("Exception");
  }
}
