package nl.cjg.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code cjg.jar} run as a person runs it: on a terminal (a pseudo-terminal made by
 * {@code script}) a long command shows its progress on standard error; with its streams redirected it
 * shows none; either way it ends with one summary line.
 */
class TerminalIT {
  private static final Path JAR = Path.of("target", "cjg.jar").toAbsolutePath();
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
  private static final int CASUSSEN = GenerateCommand.PROGRESS_FROM;

  @TempDir static Path dir;
  private static Path dataset;
  private static String onTerminal;

  @BeforeAll
  static void generateOnATerminal() throws Exception {
    assumeTrue(new File("/usr/bin/script").canExecute(), "script (util-linux) makes the pseudo-terminal");
    dataset = dir.resolve("groot.jsonl");
    onTerminal = onATerminal("generate", "--seed", "7", "--casussen", "" + CASUSSEN, "--out", dataset.toString());
  }

  @Test
  void generateShowsItsProgressOnATerminalAndSaysWhatItWrote() {
    assertTrue(onTerminal.contains("\rgenereren "), onTerminal);
    assertTrue(onTerminal.contains("100% [") && onTerminal.contains(" " + CASUSSEN + "/" + CASUSSEN + " casussen"), onTerminal);
    String summary = lastLine(onTerminal);
    assertTrue(summary.matches("cjg generate: geschreven: " + dataset + " \\([\\d.]+ records, waarvan 20\\.000 casussen\\); \\d+,\\d s"),
        summary);
  }

  @Test
  void statsShowsItsProgressOnATerminalAndNothingWhenRedirected() throws Exception {
    String terminal = onATerminal("stats", dataset.toString());
    assertTrue(terminal.contains("\r" + dataset.getFileName() + " "), "the file being read: " + terminal.substring(0, 200));
    assertTrue(terminal.contains(" 100% [") && terminal.contains(" MB "), terminal);
    assertTrue(lastLine(terminal).startsWith("cjg stats: gelezen: " + dataset + " ("), lastLine(terminal));

    Result redirected = redirected("--lang", "en", "stats", "--format", "csv", dataset.toString());
    assertEquals(ExitCodes.OK, redirected.exitCode);
    assertFalse(redirected.err.contains("\r"), "no progress when standard error is not a terminal: " + redirected.err);
    assertEquals(1, redirected.err.lines().count(), redirected.err);
    assertTrue(redirected.err.matches("cjg stats: read: " + dataset + " \\([\\d,]+ records\\); written: standard output \\(2 tables\\);"
        + " \\d+\\.\\d s\\R"), redirected.err);
    assertTrue(redirected.out.startsWith("# Casussen per kern en leeftijdsgroep\n"), redirected.out.substring(0, 80));
  }

  @Test
  void routeAndValidateEndWithTheirTotals() throws Exception {
    Result route = redirected("route", "--format", "json", dataset.toString());
    assertEquals(ExitCodes.OK, route.exitCode, route.err);
    assertEquals(CASUSSEN, route.out.lines().count());
    assertTrue(route.err.matches("cjg route: gelezen: .*; geschreven: standaarduitvoer \\(20\\.000 adviezen: .+\\); \\d+,\\d s\\R"),
        route.err);
    Result validate = redirected("validate", dataset.toString());
    assertEquals(ExitCodes.OK, validate.exitCode, validate.out);
    assertTrue(validate.err.startsWith("cjg validate: gelezen: " + dataset + " ("), validate.err);
  }

  /** Runs cjg in a pseudo-terminal and returns what the terminal showed (standard output and error). */
  private static String onATerminal(String... args) throws Exception {
    StringBuilder command = new StringBuilder(quote(JAVA) + " -jar " + quote(JAR.toString()));
    for (String arg : args) {
      command.append(' ').append(quote(arg));
    }
    Path log = Files.createTempFile(dir, "terminal", ".log");
    Process process = new ProcessBuilder("/usr/bin/script", "-q", "-e", "-c", command.toString(), "/dev/null")
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .redirectOutput(log.toFile())
        .redirectErrorStream(true)
        .start();
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), "cjg ended");
    String shown = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), shown);
    return shown.replace("\r\n", "\n");
  }

  /** Runs cjg with its streams redirected to files. */
  private static Result redirected(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(JAVA, "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process process = new ProcessBuilder(command)
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .start();
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), "cjg ended");
    return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  private static String lastLine(String text) {
    List<String> lines = text.strip().lines().toList();
    String last = lines.get(lines.size() - 1);
    return last.substring(last.lastIndexOf('\r') + 1);
  }

  private static String quote(String arg) {
    return "'" + arg.replace("'", "'\\''") + "'";
  }

  private record Result(int exitCode, String out, String err) {}
}
