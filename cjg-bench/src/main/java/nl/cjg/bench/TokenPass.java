package nl.cjg.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The baseline process of {@link CliProcessBenchmark}: a bare Jackson token pass over a JSON Lines
 * file, as a whole program. One streaming parser reads every token of the file and builds nothing;
 * the number of tokens goes to standard output, so that the pass cannot be skipped.
 */
public final class TokenPass {
  private TokenPass() {}

  /**
   * Reads every token of the file.
   *
   * @param args the file
   * @throws IOException when the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: TokenPass FILE");
    }
    long tokens = 0;
    try (InputStream in = Files.newInputStream(Path.of(args[0]));
        JsonParser parser = new JsonFactory().createParser(in)) {
      while (parser.nextToken() != null) {
        tokens++;
      }
    }
    System.out.println(tokens);
  }
}
