package nl.cjg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The dataset rules keep only the keys they need: a child JVM with a 256 MiB heap reads a connected
 * dataset of a million cases and a third of a million meetings (about 800 MB of JSON, every meeting
 * before its cases) through a pipe, with every record rule and the dataset rules, and finds the one
 * duplicate that was put in.
 */
class DatasetIntegrityMemoryTest {
  private static final int CASUSSEN = 1_000_000;

  @Test
  void aMillionCasesInTwoHundredFiftySixMebibytes() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                java, "-Xmx256m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                DatasetIntegrityMemoryMain.class.getName(), Integer.toString(CASUSSEN))
            .redirectErrorStream(true)
            .start();
    boolean ended = process.waitFor(570, TimeUnit.SECONDS);
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!ended) {
      process.destroyForcibly();
    }
    assertTrue(ended, "the child JVM did not end in time");
    assertEquals(0, process.exitValue(), output);
    int meetings = (CASUSSEN + 2) / 3;
    assertTrue(output.contains("read " + (1 + meetings + CASUSSEN + 1) + " records, dataset problems: [DATASET-003] in "), output);
  }
}
