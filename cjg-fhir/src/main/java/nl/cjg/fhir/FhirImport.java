package nl.cjg.fhir;

import java.util.Optional;
import nl.cjg.core.aanbod.Aanbod;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Gezinsplan;
import nl.cjg.core.casus.Toestemming;
import nl.cjg.core.partner.Partner;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.Organization;

/**
 * Reads HL7 FHIR R4 resources back into the model: partners, offerings, consent, cases and family
 * plans, as {@link FhirExport} writes them. Every method returns the value or every problem
 * (stable code, path, Dutch or English message, never input data); bad input never throws.
 * Which fields come back is listed in docs/fhir-mapping.md. Stateless and thread-safe.
 */
public final class FhirImport {
  private FhirImport() {}

  /**
   * A partner from its {@code Organization} and the {@code HealthcareService} of what it offers
   * the CJG (category {@code CJG_PARTNER}, provided by the organisation), when it is among the
   * resources.
   *
   * @param organization the organisation
   * @param resources where its service is looked for
   * @return the partner or the problems
   */
  public static MappingResult<Partner> partner(Organization organization, FhirResources resources) {
    String self = "Organization/" + organization.getIdElement().getIdPart();
    Optional<HealthcareService> profiel =
        resources.all(HealthcareService.class)
            .filter(service -> self.equals(service.getProvidedBy().getReference()))
            .filter(service -> service.getCategory().stream().anyMatch(c -> LocalCodeSystem.DIENSTSOORT.code(c).filter("CJG_PARTNER"::equals).isPresent()))
            .findFirst();
    return PartnerMapping.partner(organization, profiel);
  }

  /**
   * An offering from its {@code HealthcareService}; its measured counts are not read back.
   *
   * @param service the service
   * @return the offering or the problems
   */
  public static MappingResult<Aanbod> aanbod(HealthcareService service) {
    return PartnerMapping.aanbod(service);
  }

  /**
   * The consent of a case from its {@code Consent}; the reason for anonymity is not read back.
   *
   * @param consent the consent
   * @return the consent or the problems
   */
  public static MappingResult<Toestemming> toestemming(Consent consent) {
    return CasusMapping.toestemming(consent);
  }

  /**
   * A case from its {@code EpisodeOfCare}, with the {@code Consent} of the same kenmerk and the
   * {@code Patient} it refers to from the resources. Fields FHIR does not carry come back empty.
   *
   * @param episode the episode of care
   * @param resources where its consent and patient are looked for
   * @return the case or the problems
   */
  public static MappingResult<Casus> casus(EpisodeOfCare episode, FhirResources resources) {
    return CasusMapping.casus(episode, resources);
  }

  /**
   * A family plan from its {@code CarePlan}, with the {@code CareTeam}, {@code Goal}s and
   * {@code Task}s it refers to from the resources.
   *
   * @param plan the care plan
   * @param resources where its team, goals and tasks are looked for
   * @return the family plan or the problems
   */
  public static MappingResult<Gezinsplan> gezinsplan(CarePlan plan, FhirResources resources) {
    return GezinsplanMapping.gezinsplan(plan, resources);
  }
}
