package nl.cjg.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cjg generate}: a valid dataset, the same for the same seed, to standard output or a file. */
class GenerateCommandTest {
  @TempDir Path dir;

  @Test
  void theSameSeedGivesTheSameDatasetAndItValidates() throws Exception {
    Run stdout = Run.of("generate", "--seed", "42", "--casussen", "50");
    assertEquals(ExitCodes.OK, stdout.exitCode(), stdout.err());
    assertFalse(stdout.err().contains("\r"), "no progress bar when standard error is not a terminal");
    assertEquals(1, stdout.err().lines().count(), stdout.err());
    assertTrue(stdout.summary().startsWith("cjg generate: geschreven: standaarduitvoer (1"), stdout.err());
    assertTrue(stdout.summary().contains(" records, waarvan 50 casussen); "), stdout.err());
    assertTrue(stdout.out().startsWith("{\"type\":\"dataset\",\"schemaVersion\":1,\"gemeente\":\"GM0373\",\"peildatum\":\"2012-12-31\",\"seed\":42}\n"),
        stdout.out().lines().findFirst().orElse(""));
    Path file = dir.resolve("steekproef.jsonl");
    Run toFile = Run.of("generate", "--seed", "42", "--casussen", "50", "--out", file.toString());
    assertEquals(ExitCodes.OK, toFile.exitCode());
    assertTrue(toFile.summary().startsWith("cjg generate: geschreven: " + file + " ("), "says what it wrote: " + toFile.err());
    assertArrayEquals(stdout.out().getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
    assertEquals(50, stdout.out().lines().filter(line -> line.startsWith("{\"type\":\"casus\"")).count());

    Run validate = Run.of("validate", file.toString());
    assertEquals(ExitCodes.OK, validate.exitCode(), validate.out());
    Run other = Run.of("generate", "--seed", "43", "--casussen", "50");
    assertTrue(!other.out().equals(stdout.out()), "another seed, another dataset");
  }

  @Test
  void thePeildatumIsInTheHeader() {
    Run run = Run.of("generate", "--seed", "1", "--casussen", "5", "--peildatum", "2013-06-30");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("{\"type\":\"dataset\",\"schemaVersion\":1,\"gemeente\":\"GM0373\",\"peildatum\":\"2013-06-30\""));
  }

  @Test
  void aLongRunShowsAProgressBarOnATerminal() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Terminal terminal = new Terminal(InputStream.nullInputStream(), new PrintStream(OutputStream.nullOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8), true);
    Path file = dir.resolve("groot.jsonl");
    int casussen = GenerateCommand.PROGRESS_FROM;
    assertEquals(ExitCodes.OK, Cjg.run(terminal, "generate", "--seed", "3", "--casussen", "" + casussen, "--out", file.toString()));
    String progress = err.toString(StandardCharsets.UTF_8);
    assertTrue(progress.startsWith("\rgenereren "), progress.substring(0, Math.min(80, progress.length())));
    List<String> lines = List.of(progress.split(System.lineSeparator()));
    assertEquals(2, lines.size(), "the bar on one line, redrawn in place, then the summary: " + progress);
    String last = lines.get(0).substring(lines.get(0).lastIndexOf('\r') + 1);
    assertTrue(last.startsWith("genereren 100% [") && last.contains(" " + casussen + "/" + casussen + " casussen"), last);
    assertTrue(lines.get(1).startsWith("cjg generate: geschreven: " + file), lines.get(1));
  }

  @Test
  void aPeildatumBeforeTheFirstMeetingIsRefusedInTheCommandLinesTerms() {
    Run run = Run.of("generate", "--seed", "1", "--casussen", "5", "--peildatum", "1990-01-01");
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.exitCode());
    assertTrue(run.errIsOneCleanLine(), run.err());
    assertEquals("cjg generate: --peildatum 1990-01-01 ligt te vroeg: de steekproef loopt van het eerste casusoverleg op 2012-04-23"
        + " tot de peildatum; kies 2012-04-23 of later", run.err().strip());
    Run english = Run.english("generate", "--seed", "1", "--casussen", "5", "--peildatum", "1990-01-01");
    assertTrue(english.err().startsWith("cjg generate: --peildatum 1990-01-01 is too early"), english.err());
    for (Run refused : List.of(run, english)) {
      assertFalse(refused.err().contains("startdatumOverleg"), "names no option the command line does not have");
    }
  }

  @Test
  void badOptionsAreUsageErrors() {
    for (String[] args : new String[][] {
        {"generate", "--casussen", "5"},
        {"generate", "--seed", "1", "--casussen", "vijf"},
        {"generate", "--seed", "1", "--casussen", "-3"},
        {"generate", "--seed", "1", "--casussen", "5", "--peildatum", "31-12-2012"}}) {
      Run run = Run.of(args);
      assertEquals(ExitCodes.USAGE_OR_INPUT, run.exitCode(), String.join(" ", args));
      assertTrue(run.errIsOneCleanLine(), run.err());
    }
  }
}
