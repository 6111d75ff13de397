package nl.cjg.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/** Reports a usage error as one line and a hint to {@code --help}, with exit code 2. */
final class UsageErrorHandler implements IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException problem, String[] args) {
    CommandLine commandLine = problem.getCommandLine();
    String name = commandLine.getCommandSpec().qualifiedName();
    commandLine.getErr().println(name + ": " + problem.getMessage() + " (see '" + name + " --help')");
    commandLine.getErr().flush();
    return ExitCodes.USAGE_OR_INPUT;
  }
}
