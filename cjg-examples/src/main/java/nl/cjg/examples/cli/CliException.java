package nl.cjg.examples.cli;

import java.util.List;

/**
 * A failure of a command that is reported as one line on standard error with exit code 2: input
 * that cannot be read, a file that is not what the command expects. The message names the file
 * and the problem, never data from inside the file. Made with {@link #of(String, Object...)}, it
 * names a message of the command line and is said in the run's language.
 */
public final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String key;
  private final transient List<Object> arguments;

  private CliException(String message, String key, List<Object> arguments, Throwable cause) {
    super(message, cause);
    this.key = key;
    this.arguments = arguments;
  }

  /**
   * Creates the exception with a message that is shown as it is.
   *
   * @param message one line saying what went wrong, without personal data
   */
  public CliException(String message) {
    this(message, null, List.of(), null);
  }

  /**
   * Creates the exception with a message that is shown as it is, and its cause (kept for
   * debugging, never printed).
   *
   * @param message one line saying what went wrong, without personal data
   * @param cause the underlying failure
   */
  public CliException(String message, Throwable cause) {
    this(message, null, List.of(), cause);
  }

  /** A failure said by the message {@code key} of the command line, with its arguments. */
  static CliException of(String key, Object... arguments) {
    return new CliException(key, key, List.of(arguments), null);
  }

  /** A failure said by the message {@code key}, with its cause (kept for debugging, never printed). */
  static CliException of(Throwable cause, String key, Object... arguments) {
    return new CliException(key, key, List.of(arguments), cause);
  }

  /** The line in the run's language. */
  String describe(Messages messages) {
    return key == null || arguments == null ? getMessage() : messages.text(key, arguments.toArray());
  }
}
