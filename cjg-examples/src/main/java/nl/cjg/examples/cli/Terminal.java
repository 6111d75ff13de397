package nl.cjg.examples.cli;

import java.io.BufferedOutputStream;
import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Map;

/**
 * The streams a run of {@code cjg} uses: standard input, output and error, whether a person
 * watches the run on a terminal (for progress bars), and the environment variables that choose its
 * language. Tests pass their own streams. Immutable; the streams are the caller's.
 *
 * @param in where {@code -} reads from
 * @param out where results go
 * @param err where errors, progress and the summary line go
 * @param interactive whether {@code err} is a terminal a person watches
 * @param environment the environment variables ({@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG})
 */
public record Terminal(InputStream in, PrintStream out, PrintStream err, boolean interactive, Map<String, String> environment) {
  /** Copies the environment. */
  public Terminal {
    environment = Map.copyOf(environment);
  }

  /**
   * Streams without environment variables: the run speaks Dutch unless {@code --lang} says otherwise.
   *
   * @param in where {@code -} reads from
   * @param out where results go
   * @param err where errors, progress and the summary line go
   * @param interactive whether {@code err} is a terminal a person watches
   */
  public Terminal(InputStream in, PrintStream out, PrintStream err, boolean interactive) {
    this(in, out, err, interactive, Map.of());
  }

  /** The size of the buffer of standard output when it is redirected. */
  static final int OUTPUT_BUFFER = 1 << 16;

  /**
   * The process's own streams and environment. The run counts as interactive only when the JVM
   * has a console whose streams are a terminal: from Java 22 on a console exists for redirected
   * streams too, and {@code Console.isTerminal()} tells them apart. Redirected standard output (a
   * file, a pipe) is written through a buffer of {@value #OUTPUT_BUFFER} bytes, flushed when the run
   * ends, instead of {@code System.out}, which writes each line on its own; on a terminal every line
   * shows when it is printed. Both write the same bytes, in the same character encoding.
   */
  public static Terminal system() {
    boolean interactive = isTerminal(System.console());
    PrintStream out = interactive ? System.out
        : new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), OUTPUT_BUFFER), false, outputEncoding());
    return new Terminal(System.in, out, System.err, interactive, System.getenv());
  }

  /** The encoding {@code System.out} uses: {@code stdout.encoding} (Java 19 on), else the default. */
  private static Charset outputEncoding() {
    String name = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
    if (name != null) {
      try {
        return Charset.forName(name);
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        return Charset.defaultCharset();
      }
    }
    return Charset.defaultCharset();
  }

  private static boolean isTerminal(Console console) {
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException e) {
      return true; // before Java 22 a console exists only for a terminal
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }
}
