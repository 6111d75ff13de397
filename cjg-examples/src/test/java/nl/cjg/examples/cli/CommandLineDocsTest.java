package nl.cjg.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** The README's command table lists exactly the commands of {@code cjg}, each with every option and parameter it has. */
class CommandLineDocsTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Pattern ROW = Pattern.compile("^\\| `cjg ([a-z]+)([^`]*)` \\|.*$");
  private static final List<String> EVERY_COMMAND = List.of("--lang", "--help", "--version");

  @Test
  void theReadmeTableListsEveryCommandWithEveryOption() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String section = readme.substring(readme.indexOf("## Command line"), readme.indexOf("## Benchmarks"));
    Map<String, String> rows = new TreeMap<>();
    for (String line : section.lines().toList()) {
      Matcher row = ROW.matcher(line);
      if (row.matches()) {
        rows.put(row.group(1), row.group(2));
      }
    }
    CommandSpec cjg = Cjg.commandLine(Terminal.system()).getCommandSpec();
    Map<String, CommandSpec> commands = new TreeMap<>();
    cjg.subcommands().forEach((name, command) -> {
      if (!command.getCommandSpec().helpCommand()) {
        commands.put(name, command.getCommandSpec());
      }
    });
    assertEquals(commands.keySet(), rows.keySet(), "the README's table lists the commands of cjg");
    for (Map.Entry<String, CommandSpec> command : commands.entrySet()) {
      String synopsis = rows.get(command.getKey());
      for (String part : parts(command.getValue())) {
        assertTrue(synopsis.contains(part), "cjg " + command.getKey() + ": the README names " + part);
      }
    }
    for (String option : EVERY_COMMAND) {
      assertTrue(section.contains("`" + option), "the README says that every command takes " + option);
    }
  }

  /** The options (longest name) and parameters (label) a command's row must name: those only it has. */
  private static List<String> parts(CommandSpec command) {
    List<String> parts = new ArrayList<>();
    for (OptionSpec option : command.options()) {
      if (!option.hidden() && !EVERY_COMMAND.contains(option.longestName())) {
        parts.add(option.longestName());
      }
    }
    for (PositionalParamSpec parameter : command.positionalParameters()) {
      parts.add(parameter.paramLabel());
    }
    return parts;
  }
}
