package nl.cjg.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import nl.cjg.core.sample.SampleDataset;
import nl.cjg.core.sample.SampleOptions;
import nl.cjg.core.sample.SampleRecord;
import nl.cjg.core.werkplan.Werkplan;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.junit.jupiter.api.Test;

/** The bundle: type collection, full URLs that resolve, the same whether built or streamed. */
class BundleTest {
  private static final List<Object> RECORDS =
      SampleDataset.of(SampleOptions.builder().seed(5).aantalCasussen(30).build()).records().map(SampleRecord::value).toList();

  @Test
  void theStreamedBundleIsTheBuiltBundle() throws IOException {
    FhirExport export = FhirExport.create();
    IParser parser = export.context().newJsonParser();
    StringWriter streamed = new StringWriter();
    int written = export.writeBundle(RECORDS, streamed);
    Bundle built = export.bundle(RECORDS);
    assertEquals(built.getEntry().size(), written);
    Bundle read = parser.parseResource(Bundle.class, streamed.toString());
    assertEquals(parser.encodeResourceToString(built), parser.encodeResourceToString(read));
    assertEquals(export.json(built), export.json(export.bundle(RECORDS)), "the same records give the same bundle");
  }

  @Test
  void aCollectionWhoseReferencesResolveWithinIt() {
    Bundle bundle = FhirExport.create().bundle(RECORDS);
    assertEquals(Bundle.BundleType.COLLECTION, bundle.getType());
    for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
      assertEquals(
          CjgFhirSystems.NAMESPACE + "/" + entry.getResource().fhirType() + "/" + entry.getResource().getIdElement().getIdPart(),
          entry.getFullUrl());
    }
    FhirResources resources = FhirResources.of(bundle);
    CarePlan plan = resources.all(CarePlan.class).findFirst().orElseThrow();
    assertTrue(resources.resolve(plan.getCareTeamFirstRep(), CareTeam.class).isPresent());
    assertTrue(FhirImport.gezinsplan(plan, resources).isValid());
  }

  @Test
  void recordsThatAreNotMappedAddNothing() throws IOException {
    Object werkplan = RECORDS.stream().filter(Werkplan.class::isInstance).findFirst().orElseThrow();
    assertTrue(!FhirExport.isMapped(werkplan));
    assertEquals(List.of(), FhirExport.create().resources(List.of(werkplan)));
    StringWriter empty = new StringWriter();
    assertEquals(0, FhirExport.create().writeBundle(List.of(werkplan), empty));
    assertEquals("{\"resourceType\":\"Bundle\",\"type\":\"collection\"}", empty.toString());
  }
}
