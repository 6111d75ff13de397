package nl.cjg.examples.cli;

/** The exit codes of {@code cjg}: the same for every command. */
public final class ExitCodes {
  /** Success: the input was read and has no problems. */
  public static final int OK = 0;

  /** The data has problems: validation problems, audit findings. */
  public static final int DATA_PROBLEMS = 1;

  /** A usage error or input that cannot be read. */
  public static final int USAGE_OR_INPUT = 2;

  private ExitCodes() {}
}
