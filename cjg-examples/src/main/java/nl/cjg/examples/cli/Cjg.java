package nl.cjg.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code cjg} command line: {@code demo}, {@code generate}, {@code validate}, {@code stats},
 * {@code route}, {@code audit}, {@code schema}, {@code fhir} and {@code report}. Run it with
 * {@code java -jar cjg.jar COMMAND};
 * {@code --help} works on every command. Exit codes are those of {@link ExitCodes}; errors go to
 * standard error, one line each, without stack traces.
 */
@Command(
    name = "cjg",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Werk met de gegevens van een Centrum voor Jeugd en Gezin: demo, genereren, valideren,"
        + " statistieken, routeren, tabellen controleren, het JSON Schema en FHIR.",
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

  private final Terminal terminal;

  @Spec private CommandSpec spec;

  /**
   * Creates the top command for a run on these streams.
   *
   * @param terminal the streams of the run
   */
  public Cjg(Terminal terminal) {
    this.terminal = terminal;
  }

  /** The streams of this run, for the subcommands. */
  Terminal terminal() {
    return terminal;
  }

  /** Without a command: a usage error. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: give one of demo, generate,"
        + " validate, stats, route, audit, schema, fhir, report (or --help)");
  }

  /**
   * Runs {@code cjg} with these arguments on these streams and returns the exit code.
   *
   * @param terminal the streams
   * @param args the arguments
   * @return the exit code, see {@link ExitCodes}
   */
  public static int run(Terminal terminal, String... args) {
    CommandLine commandLine = new CommandLine(new Cjg(terminal));
    commandLine.setOut(new PrintWriter(terminal.out(), true, StandardCharsets.UTF_8));
    commandLine.setErr(new PrintWriter(terminal.err(), true, StandardCharsets.UTF_8));
    commandLine.setExecutionExceptionHandler(new ErrorHandler());
    commandLine.setParameterExceptionHandler(new UsageErrorHandler());
    commandLine.registerConverter(LocalDate.class, Cjg::date);
    int code = commandLine.execute(args);
    terminal.out().flush();
    terminal.err().flush();
    return code;
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("expected a date as YYYY-MM-DD, for example 2012-12-31");
    }
  }

  /**
   * Runs {@code cjg} on the process's streams and exits with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    // The validation engine announces its version on the console; a command line prints only its results.
    VALIDATOR_LOG.setLevel(Level.WARNING);
    System.exit(run(Terminal.system(), args));
  }
}
