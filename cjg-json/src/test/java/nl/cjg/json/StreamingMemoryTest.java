package nl.cjg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Streams run in constant memory: a child JVM with a 64 MiB heap writes and reads a million
 * partners (about 400 MB of JSON) through a pipe, as JSON Lines and as one large array.
 */
class StreamingMemoryTest {
  private static final int RECORDS = 1_000_000;

  @ParameterizedTest
  @ValueSource(strings = {"lines", "array"})
  void aMillionRecordsInSixtyFourMebibytes(String shape) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                java, "-Xmx64m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                StreamingMemoryMain.class.getName(), Integer.toString(RECORDS), shape)
            .redirectErrorStream(true)
            .start();
    boolean ended = process.waitFor(120, TimeUnit.SECONDS);
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!ended) {
      process.destroyForcibly();
    }
    assertTrue(ended, "the child JVM did not end in time");
    assertEquals(0, process.exitValue(), output);
    assertTrue(output.contains("read " + RECORDS + " valid of " + RECORDS + " in "), output);
  }
}
