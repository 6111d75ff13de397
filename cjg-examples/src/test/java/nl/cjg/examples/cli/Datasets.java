package nl.cjg.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.cjg.examples.referentie.BergenDataset;

/** Test input: the bundled reference dataset as lines, and variants of it. */
final class Datasets {
  private Datasets() {}

  static List<String> bergenLines() {
    try (InputStream in = BergenDataset.stream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(List<String> lines) {
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** The first line of the given type (after the header). */
  static String firstOfType(String type) {
    return bergenLines().stream().filter(line -> line.startsWith("{\"type\":\"" + type + "\"")).findFirst().orElseThrow();
  }
}
