package nl.cjg.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The top command: help on every command, the version, usage errors as one line with exit 2. */
class CjgTest {
  private static final List<String> COMMANDS = List.of("demo", "generate", "validate", "stats", "route", "audit", "schema", "fhir");

  @Test
  void everyCommandHasHelp() {
    Run top = Run.of("--help");
    assertEquals(ExitCodes.OK, top.exitCode());
    for (String command : COMMANDS) {
      assertTrue(top.out().contains("  " + command + " "), command);
      Run help = Run.of(command, "--help");
      assertEquals(ExitCodes.OK, help.exitCode(), command);
      assertTrue(help.out().startsWith("Gebruik: cjg " + command), help.out());
      assertEquals(ExitCodes.OK, Run.of("help", command).exitCode(), command);
    }
  }

  @Test
  void theVersionNamesTheProjectVersion() {
    Run run = Run.of("--version");
    assertEquals(ExitCodes.OK, run.exitCode());
    assertEquals("cjg " + Version.number(), run.out().lines().findFirst().orElseThrow());
    assertTrue(Version.number().matches("\\d+\\.\\d+\\.\\d+.*"), Version.number());
  }

  @Test
  void usageErrorsAreOneLineWithExitTwo() {
    for (String[] args : new String[][] {{}, {"onzin"}, {"validate", "a", "b"}, {"stats", "--format", "xml", "-"}, {"--onbekend"}}) {
      Run run = Run.of(args);
      assertEquals(ExitCodes.USAGE_OR_INPUT, run.exitCode(), String.join(" ", args));
      assertTrue(run.errIsOneCleanLine(), run.err());
      assertTrue(run.err().startsWith("cjg"), run.err());
      assertEquals("", run.out());
    }
  }
}
