package nl.cjg.examples.cli;

import nl.cjg.core.InvalidValueException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failure during a command into one line on standard error and exit code 2, in the run's
 * language. Only messages this project writes are shown (they never hold personal data); any other
 * failure is named by its type only.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
  private final Messages messages;

  ErrorHandler(Messages messages) {
    this.messages = messages;
  }

  @Override
  public int handleExecutionException(Exception failure, CommandLine commandLine, ParseResult parseResult) {
    commandLine.getOut().flush();
    commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": " + describe(failure));
    commandLine.getErr().flush();
    return ExitCodes.USAGE_OR_INPUT;
  }

  private String describe(Exception failure) {
    if (failure instanceof CliException cli) {
      return cli.describe(messages);
    }
    if (failure instanceof InvalidValueException) {
      return failure.getMessage();
    }
    return messages.text("error.unexpected", failure.getClass().getSimpleName());
  }
}
