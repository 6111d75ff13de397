package nl.cjg.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import nl.cjg.core.sample.SampleDataset;
import nl.cjg.core.sample.SampleOptions;
import nl.cjg.core.sample.SampleRecord;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/**
 * Every resource exported from a generated dataset passes the official validator without errors.
 * The build validates a small dataset; {@code -Dcjg.fhir.casussen=10000} validates a larger one by
 * hand (see docs/fhir-mapping.md).
 */
class ValidationTest {
  private static final int CASUSSEN = Integer.getInteger("cjg.fhir.casussen", 20);

  @Test
  void everyResourceOfAGeneratedDatasetValidatesWithoutErrors() {
    List<Object> records =
        SampleDataset.of(SampleOptions.builder().seed(21).aantalCasussen(CASUSSEN).build()).records().map(SampleRecord::value).toList();
    List<Resource> resources = FhirExport.create().resources(records);
    Map<String, Long> perType = new TreeMap<>(resources.stream().collect(Collectors.groupingBy(Resource::fhirType, Collectors.counting())));
    assertTrue(
        perType.keySet().containsAll(Set.of(
            "Organization", "HealthcareService", "MeasureReport", "EpisodeOfCare", "Patient", "Consent", "CarePlan", "Goal",
            "CareTeam", "Task", "Group", "Encounter", "Flag")),
        perType.toString());
    Map<String, List<String>> errors = new ConcurrentHashMap<>();
    Map<String, Long> warnings = new ConcurrentHashMap<>();
    resources.parallelStream().forEach(resource -> {
      List<String> messages = OfficialValidator.messages(resource);
      List<String> found = messages.stream().filter(m -> m.startsWith("ERROR") || m.startsWith("FATAL")).toList();
      if (!found.isEmpty()) {
        errors.putIfAbsent(resource.fhirType(), found);
      }
      messages.stream().filter(m -> m.startsWith("WARNING")).forEach(m -> warnings.merge(m.replaceAll("\\[\\d+\\]|[0-9a-f-]{36}", ""), 1L, Long::sum));
    });
    System.out.println("validated " + resources.size() + " resources of " + CASUSSEN + " cases: " + perType + "; warnings: " + warnings);
    assertEquals(Map.of(), errors, "resources of each type with errors (one shown)");
  }

  @Test
  void theValidatorFindsErrorsInABrokenResource() {
    EpisodeOfCare broken = new EpisodeOfCare();
    assertTrue(OfficialValidator.errors(broken).size() >= 2, "status and patient are required");
  }

  @Test
  void theLibrarysCodeSystemsValidate() {
    for (Resource codeSystem : CjgCodeSystems.all()) {
      assertEquals(List.of(), OfficialValidator.errors(codeSystem));
    }
  }
}
