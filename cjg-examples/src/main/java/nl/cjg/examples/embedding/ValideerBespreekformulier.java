package nl.cjg.examples.embedding;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.cjg.core.casus.Casus;
import nl.cjg.json.CjgJsonReader;
import nl.cjg.json.ReadResult;

/**
 * Embedding example: validate a bespreekformulier received as JSON. The reader refuses anything
 * the format does not allow (unknown properties, a number as text, a missing required field) and
 * then checks every business rule; each problem names its place (line, column, JSON Pointer) and
 * its rule, never the personal data in the form.
 */
public final class ValideerBespreekformulier {
  /** Build once and share: the reader is thread-safe. */
  private static final CjgJsonReader READER = CjgJsonReader.create();

  private ValideerBespreekformulier() {}

  /**
   * Validates the bespreekformulier in the file {@code args[0]} and exits with 1 when it has
   * problems.
   *
   * @param args the path of a JSON file holding one {@link Casus}
   * @throws IOException when the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: ValideerBespreekformulier FILE.json");
      System.exit(2);
    }
    try (InputStream json = Files.newInputStream(Path.of(args[0]))) {
      System.exit(run(json, System.out) ? 0 : 1);
    }
  }

  /**
   * Reads one bespreekformulier and prints what was found.
   *
   * @param json the form as JSON
   * @param out where to print
   * @return whether the form is valid
   */
  public static boolean run(InputStream json, PrintStream out) {
    ReadResult<Casus> result = READER.read(json, Casus.class);
    result.value().ifPresent(casus ->
        out.println("Casus " + casus.kenmerk() + " is compleet en geldig (" + (casus.isAnoniem() ? "anoniem" : "met toestemming") + ")."));
    result.problems().forEach(problem -> out.println(problem.describe()));
    return result.isValid();
  }
}
