package nl.cjg.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** One language per run: Dutch by default, English with {@code --lang en} or from the locale's variables. */
class LanguageTest {
  private static final List<String> COMMANDS = List.of("demo", "generate", "validate", "stats", "route", "audit", "schema", "fhir", "help");

  @Test
  void theOptionComesFirstThenLcAllThenLcMessagesThenLang() {
    Map<String, String> english = Map.of("LANG", "en_GB.UTF-8");
    assertEquals(Language.DUTCH, Language.of(new String[] {"stats", "-"}, Map.of()));
    assertEquals(Language.ENGLISH, Language.of(new String[] {"stats", "-"}, english));
    assertEquals(Language.DUTCH, Language.of(new String[] {"--lang", "nl", "stats", "-"}, english));
    assertEquals(Language.ENGLISH, Language.of(new String[] {"stats", "--lang=en", "-"}, Map.of()));
    assertEquals(Language.ENGLISH, Language.of(new String[] {"route", "--english", "-"}, Map.of()));
    assertEquals(Language.DUTCH, Language.of(new String[] {"stats", "--", "--lang", "en"}, Map.of()), "after -- only arguments");
    assertEquals(Language.DUTCH, Language.of(new String[0], Map.of("LC_ALL", "nl_NL.UTF-8", "LANG", "en_US.UTF-8")));
    assertEquals(Language.ENGLISH, Language.of(new String[0], Map.of("LC_MESSAGES", "en", "LANG", "nl_NL.UTF-8")));
    assertEquals(Language.DUTCH, Language.of(new String[0], Map.of("LC_ALL", "", "LANG", "C.UTF-8")), "another language: Dutch");
    assertEquals(Language.DUTCH, Language.of(new String[0], Map.of("LANG", "english")), "not a locale of English");
  }

  @Test
  void theLocaleOfTheEnvironmentChoosesTheLanguageOfTheHelp() {
    String help = run(Map.of("LC_ALL", "en_US.UTF-8"), "stats", "--help");
    assertTrue(help.startsWith("Usage: cjg stats "), help);
    assertTrue(help.contains("Show this help message and exit."), help);
  }

  @Test
  void theDutchHelpHasNoEnglishAndTheEnglishHelpNoDutch() {
    for (String command : COMMANDS) {
      String dutch = Run.of(command, "--help").out();
      String english = Run.english(command, "--help").out();
      assertTrue(dutch.contains("Gebruik: cjg " + command), dutch);
      assertTrue(english.contains("Usage: cjg " + command), english);
      for (String picocli : List.of("Usage:", "Show this help", "Print version", "Display help", "Commands:", "When no COMMAND")) {
        assertFalse(dutch.contains(picocli), command + " in Dutch holds '" + picocli + "': " + dutch);
      }
      for (String dutchWord : List.of("Gebruik", "Toon ", "standaard", "bestand", " voor ", " van ")) {
        assertFalse(english.contains(dutchWord), command + " in English holds '" + dutchWord + "': " + english);
      }
    }
  }

  @Test
  void everyOptionAndParameterIsDescribedInBothLanguages() {
    CommandSpec dutch = Cjg.commandLine(Terminal.system(), "--lang", "nl").getCommandSpec();
    CommandSpec english = Cjg.commandLine(Terminal.system(), "--lang", "en").getCommandSpec();
    for (String command : COMMANDS) {
      CommandSpec nl = dutch.subcommands().get(command).getCommandSpec();
      CommandSpec en = english.subcommands().get(command).getCommandSpec();
      assertNotEquals(String.join(" ", nl.usageMessage().description()), String.join(" ", en.usageMessage().description()), command);
      List<ArgSpec> args = nl.args();
      for (int i = 0; i < args.size(); i++) {
        if (args.get(i).hidden()) {
          continue;
        }
        String nlText = String.join(" ", args.get(i).description());
        String enText = String.join(" ", en.args().get(i).description());
        assertFalse(nlText.isBlank(), command + " " + args.get(i));
        assertNotEquals(nlText, enText, command + " " + args.get(i) + " is described in English too");
      }
    }
  }

  @Test
  void errorsAndUsageErrorsAreInTheRunsLanguage() {
    Run dutch = Run.of("audit", "geen-bestand.csv");
    assertEquals("cjg audit: geen-bestand.csv: bestand bestaat niet", dutch.err().strip());
    Run english = Run.english("audit", "geen-bestand.csv");
    assertEquals("cjg audit: geen-bestand.csv: no such file", english.err().strip());
    assertEquals("cjg generate: 'vijf' past niet bij --casussen: verwacht een geheel getal (zie 'cjg generate --help')",
        Run.of("generate", "--seed", "1", "--casussen", "vijf").err().strip());
    assertEquals("cjg generate: 'vijf' does not fit --casussen: expected a whole number (see 'cjg generate --help')",
        Run.english("generate", "--seed", "1", "--casussen", "vijf").err().strip());
    assertEquals("cjg generate: ontbreekt: --seed (zie 'cjg generate --help')", Run.of("generate", "--casussen", "1").err().strip());
    assertEquals("cjg stats: '31-12-2012' past niet bij --format: kies uit text, json, csv (zie 'cjg stats --help')",
        Run.of("stats", "--format", "31-12-2012", "-").err().strip());
    assertEquals("cjg generate: '2012' does not fit --peildatum: expected a date as YYYY-MM-DD, for example 2012-12-31"
        + " (see 'cjg generate --help')", Run.english("generate", "--seed", "1", "--casussen", "1", "--peildatum", "2012").err().strip());
    Run lang = Run.of("--lang", "de", "schema");
    assertEquals(ExitCodes.USAGE_OR_INPUT, lang.exitCode());
    assertEquals("cjg: 'de' past niet bij --lang: kies nl of en (zie 'cjg --help')", lang.err().strip());
  }

  @Test
  void validationMessagesFollowTheRun() {
    byte[] dataset = Datasets.bytes(List.of(Datasets.bergenLines().get(0), "{\"type\":\"casus\",\"kenmerk\":\"\"}"));
    String dutch = Run.withInput(dataset, "validate", "-").out();
    String english = Run.withInput(dataset, "validate", "--lang", "en", "-").out();
    assertNotEquals(dutch.replaceAll("[^:]*$", ""), english, "the messages differ");
    assertTrue(english.strip().endsWith("problems in 1 of 1 record"), english);
    assertTrue(dutch.strip().endsWith("problemen in 1 van 1 record"), dutch);
    assertEquals(Locale.ENGLISH, Messages.of(Locale.UK).locale());
  }

  private static String run(Map<String, String> environment, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Terminal terminal = new Terminal(InputStream.nullInputStream(), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false, environment);
    assertEquals(ExitCodes.OK, Cjg.run(terminal, args));
    return out.toString(StandardCharsets.UTF_8);
  }
}
