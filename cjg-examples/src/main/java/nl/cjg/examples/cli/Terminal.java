package nl.cjg.examples.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * The streams a run of {@code cjg} uses: standard input, output and error, and whether error goes
 * to a terminal (for progress bars). Tests pass their own streams. Immutable; the streams are the
 * caller's.
 *
 * @param in where {@code -} reads from
 * @param out where results go
 * @param err where errors and progress go
 * @param interactive whether {@code err} is a terminal a person watches
 */
public record Terminal(InputStream in, PrintStream out, PrintStream err, boolean interactive) {
  /** The process's own streams; interactive when the JVM has a console. */
  public static Terminal system() {
    return new Terminal(System.in, System.out, System.err, System.console() != null);
  }
}
