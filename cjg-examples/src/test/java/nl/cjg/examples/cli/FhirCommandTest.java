package nl.cjg.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cjg fhir}: one collection bundle, counts only on the console, exit codes. */
class FhirCommandTest {
  private static final byte[] BERGEN = Datasets.bytes(Datasets.bergenLines());

  @TempDir Path dir;

  @Test
  void theDatasetBecomesOneCollectionBundle() throws IOException {
    Path file = dir.resolve("bundle.json");
    Run run = Run.withInput(BERGEN, "fhir", "-", "--out", file.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertTrue(run.summary().startsWith("cjg fhir: gelezen: standaardinvoer (66 records); geschreven: " + file + " ("), run.err());
    Bundle bundle = FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, Files.readString(file, StandardCharsets.UTF_8));
    assertEquals(Bundle.BundleType.COLLECTION, bundle.getType());
    long episodes = bundle.getEntry().stream().filter(e -> e.getResource().fhirType().equals("EpisodeOfCare")).count();
    long casussen = Datasets.bergenLines().stream().filter(line -> line.startsWith("{\"type\":\"casus\"")).count();
    assertEquals(casussen, episodes);
    assertTrue(run.summary().contains("(" + bundle.getEntry().size() + " resources uit 66 records)"), run.err());
  }

  @Test
  void withoutOutTheBundleGoesToStandardOutputAndTheConsoleHoldsNoPersonalData() {
    Run run = Run.withInput(BERGEN, "fhir", "-");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("{\"resourceType\":\"Bundle\",\"type\":\"collection\""));
    assertTrue(run.errIsOneCleanLine(), run.err());
    assertFalse(run.err().matches("(?s).*\\d{9}.*|.*\\d{4} ?[A-Z]{2}.*|.*\\d{4}-\\d{2}-\\d{2}.*"), run.err());
  }

  @Test
  void recordsWithProblemsAreLeftOutAndSaidSo() {
    List<String> lines = new ArrayList<>(Datasets.bergenLines());
    lines.add("{\"type\":\"casus\",\"kenmerk\":\"\"}");
    Run run = Run.withInput(Datasets.bytes(lines), "fhir", "-");
    assertEquals(ExitCodes.DATA_PROBLEMS, run.exitCode());
    assertTrue(run.summary().contains("; geweigerd: 1 record met problemen weggelaten (zie 'cjg validate'); "), run.err());
    assertTrue(run.out().startsWith("{\"resourceType\":\"Bundle\""));
  }

  @Test
  void badInput() {
    Run notADataset = Run.withInput("{\"kenmerk\":\"x\"}\n".getBytes(StandardCharsets.UTF_8), "fhir", "-");
    assertEquals(ExitCodes.USAGE_OR_INPUT, notADataset.exitCode());
    assertTrue(notADataset.errIsOneCleanLine(), notADataset.err());
    Run missing = Run.of("fhir", dir.resolve("nothing.jsonl").toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, missing.exitCode());
    assertTrue(missing.errIsOneCleanLine(), missing.err());
    assertEquals(ExitCodes.USAGE_OR_INPUT, Run.of("fhir").exitCode());
  }
}
