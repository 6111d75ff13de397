package nl.cjg.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate}, {@code stats} and {@code route} give the same output, exit code and summary on
 * any number of threads: over a generated dataset of several thousand records with a broken line,
 * a record of an unknown type and a duplicate case among them, in every output format.
 */
class ThreadsTest {
  @TempDir static Path dir;
  private static Path dataset;

  @BeforeAll
  static void aDatasetWithProblems() throws IOException {
    Path generated = dir.resolve("generated.jsonl");
    Run generate = Run.of("generate", "--seed", "11", "--casussen", "3000", "--out", generated.toString());
    assertEquals(ExitCodes.OK, generate.exitCode(), generate.err());
    List<String> lines = new ArrayList<>(Files.readAllLines(generated, StandardCharsets.UTF_8));
    assertTrue(lines.size() > 2 * 2048, "more lines than two of the reader's chunks of 2,048: " + lines.size());
    String casus = lines.stream().filter(line -> line.startsWith("{\"type\":\"casus\"")).skip(100).findFirst().orElseThrow();
    lines.add(lines.size() / 3, "{\"type\":\"casus\",");
    lines.add(2 * lines.size() / 3, "{\"type\":\"onbekend\"}");
    lines.add(lines.size() - 1, casus);
    dataset = dir.resolve("problems.jsonl");
    Files.write(dataset, lines, StandardCharsets.UTF_8);
  }

  @Test
  void everyCommandGivesTheSameOutputOnOneThreadAndOnSeveral() {
    List<List<String>> commands = List.of(
        List.of("validate"),
        List.of("stats"),
        List.of("stats", "--format", "csv"),
        List.of("route"),
        List.of("route", "--format", "json"),
        List.of("--lang", "en", "route"));
    for (List<String> command : commands) {
      Run one = run(command, "1");
      assertEquals(ExitCodes.DATA_PROBLEMS, one.exitCode(), command + ": " + one.err());
      assertTrue(one.out().lines().count() > 3, command + ": " + one.out());
      for (String threads : List.of("2", "3")) {
        Run several = run(command, threads);
        assertEquals(one.exitCode(), several.exitCode(), command + " on " + threads);
        assertEquals(one.out(), several.out(), command + " on " + threads);
        assertEquals(withoutTime(one.summary()), withoutTime(several.summary()), command + " on " + threads);
      }
    }
  }

  @Test
  void anInputThatFailsWhileReadingIsReportedAsOnOneThread() throws IOException {
    byte[] bytes = Files.readAllBytes(dataset);
    for (String command : List.of("validate", "stats", "route")) {
      Run one = failingInput(bytes, command, "--threads", "1", "-");
      assertEquals(ExitCodes.USAGE_OR_INPUT, one.exitCode(), one.err());
      assertTrue(one.errIsOneCleanLine(), one.err());
      Run two = failingInput(bytes, command, "--threads", "2", "-");
      assertEquals(one.exitCode(), two.exitCode(), command);
      assertEquals(one.err(), two.err(), command);
      assertEquals(one.out(), two.out(), command);
    }
  }

  @Test
  void lessThanOneThreadIsAUsageError() {
    for (String command : List.of("validate", "stats", "route")) {
      Run run = Run.english(command, "--threads", "0", dataset.toString());
      assertEquals(ExitCodes.USAGE_OR_INPUT, run.exitCode(), command);
      assertEquals("cjg " + command + ": --threads must be 1 or more", run.err().strip(), command);
      assertEquals("", run.out(), command);
    }
  }

  private static Run run(List<String> command, String threads) {
    List<String> args = new ArrayList<>(command);
    args.addAll(List.of("--threads", threads, dataset.toString()));
    return Run.of(args.toArray(String[]::new));
  }

  private static String withoutTime(String summary) {
    return summary.substring(0, summary.lastIndexOf(';'));
  }

  /** A run reading standard input that fails after half of the bytes. */
  private static Run failingInput(byte[] bytes, String... args) {
    InputStream half = new FilterInputStream(new ByteArrayInputStream(bytes)) {
      private int given;

      @Override
      public int read(byte[] target, int offset, int length) throws IOException {
        if (given > bytes.length / 2) {
          throw new IOException("the disk failed");
        }
        int n = super.read(target, offset, length);
        given += Math.max(n, 0);
        return n;
      }
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Terminal terminal = new Terminal(half, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false);
    int code = Cjg.run(terminal, args);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
