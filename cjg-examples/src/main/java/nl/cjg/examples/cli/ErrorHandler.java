package nl.cjg.examples.cli;

import nl.cjg.core.InvalidValueException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failure during a command into one line on standard error and exit code 2. Only messages
 * this project writes are shown (they never hold personal data); any other failure is named by its
 * type only.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception failure, CommandLine commandLine, ParseResult parseResult) {
    commandLine.getErr().println(prefix(commandLine) + describe(failure));
    commandLine.getErr().flush();
    return ExitCodes.USAGE_OR_INPUT;
  }

  static String prefix(CommandLine commandLine) {
    return commandLine.getCommandSpec().qualifiedName() + ": ";
  }

  private static String describe(Exception failure) {
    if (failure instanceof CliException || failure instanceof InvalidValueException) {
      return failure.getMessage();
    }
    return "unexpected failure (" + failure.getClass().getSimpleName() + ")";
  }
}
