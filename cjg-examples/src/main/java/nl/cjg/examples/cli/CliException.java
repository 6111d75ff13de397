package nl.cjg.examples.cli;

/**
 * A failure of a command that is reported as one line on standard error with exit code 2: input
 * that cannot be read, a file that is not what the command expects. The message names the file
 * and the problem, never data from inside the file.
 */
public final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message one line saying what went wrong, without personal data
   */
  public CliException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause (kept for debugging, never printed).
   *
   * @param message one line saying what went wrong, without personal data
   * @param cause the underlying failure
   */
  public CliException(String message, Throwable cause) {
    super(message, cause);
  }
}
