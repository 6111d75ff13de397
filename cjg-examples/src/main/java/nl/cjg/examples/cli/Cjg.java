package nl.cjg.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.cjg.json.CjgJsonReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code cjg} command line: {@code demo}, {@code generate}, {@code validate}, {@code stats},
 * {@code route}, {@code audit}, {@code schema}, {@code fhir} and {@code report}. Run it with {@code java -jar cjg.jar COMMAND};
 * {@code --help} works on every command. A run speaks one language, Dutch or English (see
 * {@link Language}), in its help, errors and output. Exit codes are those of {@link ExitCodes};
 * errors go to standard error, one line each, without stack traces; a command that ran ends with one
 * summary line on standard error (what it read, wrote and refused, and how long it took).
 */
@Command(
    name = "cjg",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    subcommands = {
      DemoCommand.class,
      GenerateCommand.class,
      ValidateCommand.class,
      StatsCommand.class,
      RouteCommand.class,
      AuditCommand.class,
      SchemaCommand.class,
      FhirCommand.class,
      ReportCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Cjg implements Runnable {
  private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");
  private static final Logger TERMINAL_LOG = Logger.getLogger("org.jline");

  private final Terminal terminal;
  private final Messages messages;
  private final Summary summary;
  private final CjgJsonReader reader;

  @Spec private CommandSpec spec;

  // Read before parsing (Language), so that the help is already in the language it asks for;
  // declared here so that every command accepts and documents it.
  @Option(names = Language.OPTION, paramLabel = "nl|en", scope = ScopeType.INHERIT, descriptionKey = "lang")
  private Locale lang;

  private Cjg(Terminal terminal, Messages messages) {
    this.terminal = terminal;
    this.messages = messages;
    this.summary = new Summary(messages);
    this.reader = CjgJsonReader.builder().locale(messages.locale()).build();
  }

  /** The streams of this run, for the subcommands. */
  Terminal terminal() {
    return terminal;
  }

  /** The texts of this run, in its language. */
  Messages messages() {
    return messages;
  }

  /** What this run read, wrote and refused. */
  Summary summary() {
    return summary;
  }

  /** The strict reader with every business rule, its messages in the run's language. */
  CjgJsonReader reader() {
    return reader;
  }

  /**
   * The strict reader of {@link #reader()}, decoding and checking the records of a stream on
   * {@code threads} worker threads ahead of the command (one: on the command's own thread).
   */
  CjgJsonReader reader(int threads) {
    return threads == 1 ? reader : CjgJsonReader.builder().locale(messages.locale()).threads(threads).build();
  }

  /** Without a command: a usage error. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), messages.text("usage.noCommand"));
  }

  /**
   * Runs {@code cjg} with these arguments on these streams and returns the exit code.
   *
   * @param terminal the streams
   * @param args the arguments
   * @return the exit code, see {@link ExitCodes}
   */
  public static int run(Terminal terminal, String... args) {
    try {
      return commandLine(terminal, args).execute(args);
    } finally {
      terminal.out().flush();
      terminal.err().flush();
    }
  }

  /**
   * The command line for a run with these arguments on these streams, in the run's language, with
   * its error handlers, converters and the summary line at the end of a command.
   */
  static CommandLine commandLine(Terminal terminal, String... args) {
    Messages messages = Messages.of(Language.of(args, terminal.environment()));
    Cjg cjg = new Cjg(terminal, messages);
    CommandLine commandLine = new CommandLine(cjg);
    commandLine.setResourceBundle(messages.help());
    commandLine.setOut(new PrintWriter(terminal.out(), true, StandardCharsets.UTF_8));
    commandLine.setErr(new PrintWriter(terminal.err(), true, StandardCharsets.UTF_8));
    commandLine.setExecutionExceptionHandler(new ErrorHandler(messages));
    commandLine.setParameterExceptionHandler(new UsageErrorHandler(messages));
    commandLine.registerConverter(LocalDate.class, text -> date(text, messages));
    commandLine.registerConverter(Locale.class, code -> Language.parse(code)
        .orElseThrow(() -> new CommandLine.TypeConversionException(messages.text("usage.lang"))));
    commandLine.setExecutionStrategy(parseResult -> {
      int code = new CommandLine.RunLast().execute(parseResult);
      // What the command wrote comes before its summary, also when both streams go to one place.
      terminal.out().flush();
      if (code != ExitCodes.USAGE_OR_INPUT && !cjg.summary.isEmpty()) {
        List<CommandLine> ran = parseResult.asCommandLineList();
        terminal.err().println(cjg.summary.line(ran.get(ran.size() - 1).getCommandSpec().qualifiedName()));
      }
      return code;
    });
    return commandLine;
  }

  private static LocalDate date(String text, Messages messages) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(messages.text("usage.date"));
    }
  }

  /**
   * Runs {@code cjg} on the process's streams and exits with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    // The validation engine announces its version on the console, and the terminal library its
    // fallbacks; a command line prints only its results.
    VALIDATOR_LOG.setLevel(Level.WARNING);
    TERMINAL_LOG.setLevel(Level.OFF);
    System.exit(run(Terminal.system(), args));
  }
}
