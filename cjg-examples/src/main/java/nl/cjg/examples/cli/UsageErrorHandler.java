package nl.cjg.examples.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a usage error as one line in the run's language and a hint to {@code --help}, with exit
 * code 2. The usual errors (an unknown option or argument, a missing one, an invalid value) are
 * said in the run's language; any other keeps picocli's English text.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {
  private final Messages messages;

  UsageErrorHandler(Messages messages) {
    this.messages = messages;
  }

  @Override
  public int handleParseException(ParameterException problem, String[] args) {
    CommandLine commandLine = problem.getCommandLine();
    String name = commandLine.getCommandSpec().qualifiedName();
    commandLine.getErr().println(name + ": " + describe(problem) + " " + messages.text("usage.seeHelp", name));
    commandLine.getErr().flush();
    return ExitCodes.USAGE_OR_INPUT;
  }

  private String describe(ParameterException problem) {
    if (problem instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      return messages.text("usage.unmatched", String.join(" ", unmatched.getUnmatched()));
    }
    if (problem instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
      return messages.text("usage.missing", missing.getMissing().stream().map(UsageErrorHandler::name)
          .collect(Collectors.joining(", ")));
    }
    ArgSpec arg = problem.getArgSpec();
    if (arg != null && problem.getValue() != null) {
      return messages.text("usage.invalid", problem.getValue(), name(arg), reason(problem, arg));
    }
    return problem.getMessage();
  }

  private String reason(ParameterException problem, ArgSpec arg) {
    if (arg.type().isEnum()) {
      List<String> values = new ArrayList<>();
      for (Object constant : arg.type().getEnumConstants()) {
        values.add(constant.toString());
      }
      return messages.text("usage.oneOf", String.join(", ", values));
    }
    if (isOf(arg, int.class, long.class, Integer.class, Long.class)) {
      return messages.text("usage.number");
    }
    // Only the command line's own converters (dates, languages) speak the run's language.
    if (problem.getCause() instanceof TypeConversionException conversion && isOf(arg, LocalDate.class, Locale.class)) {
      return conversion.getMessage();
    }
    return messages.text("usage.notUsable");
  }

  /** Whether the argument's value, or the value inside its {@code Optional}, is of one of these types. */
  private static boolean isOf(ArgSpec arg, Class<?>... types) {
    List<Class<?>> of = new ArrayList<>(List.of(arg.auxiliaryTypes()));
    of.add(arg.type());
    return Arrays.stream(types).anyMatch(of::contains);
  }

  private static String name(ArgSpec arg) {
    return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
  }
}
