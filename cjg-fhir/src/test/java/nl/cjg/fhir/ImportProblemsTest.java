package nl.cjg.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.cjg.core.casus.Casusstatus;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

/** FHIR that cannot become the model gives every problem with a code and a path, never an exception. */
class ImportProblemsTest {
  private static final FhirResources NONE = FhirResources.of(List.of());

  @Test
  void anEmptyEpisodeNamesEveryMissingElement() {
    MappingResult<?> result = FhirImport.casus(new EpisodeOfCare(), NONE);
    assertFalse(result.isValid());
    List<String> paths = result.problems().stream().map(MappingProblem::path).toList();
    assertTrue(
        paths.containsAll(List.of("EpisodeOfCare.identifier", "EpisodeOfCare.period.start", "EpisodeOfCare.statusHistory", "EpisodeOfCare.referralRequest", "Consent")),
        paths.toString());
    assertTrue(result.codes().stream().allMatch("FHIR-MISSING"::equals), result.codes().toString());
  }

  @Test
  void aStatusHistoryTheModelRefusesGivesTheModelsCode() {
    EpisodeOfCare episode = new EpisodeOfCare();
    episode.addIdentifier().setSystem(CjgFhirSystems.KENMERK).setValue("K-1");
    episode.addStatusHistory().setStatus(CasusMapping.status(Casusstatus.BESPROKEN)).getPeriod().setStartElement(Dates.dateTime(LocalDate.of(2012, 1, 2)));
    episode.addStatusHistory().setStatus(EpisodeOfCare.EpisodeOfCareStatus.ONHOLD).getPeriod().setStartElement(Dates.dateTime(LocalDate.of(2012, 1, 3)));
    MappingResult<?> result = FhirImport.casus(episode, NONE);
    assertTrue(result.codes().contains("FHIR-UNKNOWN-CODE"), result.codes().toString());
    assertTrue(
        result.problems().stream().anyMatch(p -> p.path().equals("EpisodeOfCare.statusHistory[1].status")), result.problems().toString());
  }

  @Test
  void aBadBsnGivesTheModelsCodeWithoutTheNumber() {
    EpisodeOfCare episode = new EpisodeOfCare();
    episode.setPatient(new Reference("Patient/p"));
    Patient patient = new Patient();
    patient.setId("p");
    patient.addIdentifier(new Identifier().setSystem(CjgFhirSystems.BSN).setValue("12345"));
    patient.addName().setFamily("Jansen").addGiven("Piet");
    MappingResult<?> result = FhirImport.casus(episode, FhirResources.of(List.of(patient)));
    MappingProblem bsn = result.problems().stream().filter(p -> p.code().startsWith("BSN")).findFirst().orElseThrow();
    assertEquals("Patient.identifier[0]", bsn.path());
    for (MappingProblem problem : result.problems()) {
      assertFalse(problem.describe().contains("12345") || problem.describe().contains("Jansen"), problem.describe());
    }
  }

  @Test
  void anUnknownReferenceAndUnknownCodes() {
    CarePlan plan = new CarePlan();
    plan.addSupportingInfo(Ids.episode("K-1"));
    plan.setCreatedElement(Dates.dateTime(LocalDate.of(2012, 3, 4)));
    plan.addCareTeam(new Reference("CareTeam/nowhere"));
    MappingResult<?> result = FhirImport.gezinsplan(plan, NONE);
    assertEquals(List.of("FHIR-UNRESOLVED-REFERENCE"), result.codes());
    assertEquals("CarePlan.careTeam[0]", result.problems().get(0).path());
    assertEquals("this reference points to none of the given resources", result.problems().get(0).message(Locale.ENGLISH));
    assertEquals("deze verwijzing wijst naar geen van de gegeven resources", result.problems().get(0).message());

    Organization organization = new Organization().setName("Partner");
    organization.addType().addCoding().setSystem(LocalCodeSystem.ROL.url()).setCode("ONBEKEND");
    assertEquals(List.of("FHIR-UNKNOWN-CODE", "FHIR-MISSING"), FhirImport.partner(organization, NONE).codes());

    Organization website = new Organization().setName("Partner");
    website.addType(new CodeableConcept(LocalCodeSystem.ROL.coding("KERNPARTNER")));
    website.addTelecom().setSystem(ContactPoint.ContactPointSystem.URL).setValue("http://cjg bergen");
    MappingResult<?> badWebsite = FhirImport.partner(website, NONE);
    assertEquals(List.of("FHIR-FORMAT"), badWebsite.codes());
    assertEquals("Organization.telecom[0]", badWebsite.problems().get(0).path());

    HealthcareService service = new HealthcareService();
    service.addEligibility().setCode(new CodeableConcept(LocalCodeSystem.VOORWAARDE.coding("LEEFTIJDSGROEP"))).setComment("vier tot zes");
    assertTrue(FhirImport.aanbod(service).codes().contains("FHIR-FORMAT"));
  }

  @Test
  void aConsentWithoutProvisionOrVerification() {
    MappingResult<?> result = FhirImport.toestemming(new Consent());
    assertEquals(List.of("Consent.provision.type", "Consent.verification"), result.problems().stream().map(MappingProblem::path).toList());
    assertTrue(result.value().isEmpty());
  }
}
