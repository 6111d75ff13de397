package nl.cjg.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.uhn.fhir.parser.IParser;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.cjg.core.aanbod.Aanbod;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Gezinsplan;
import nl.cjg.core.casus.Kind;
import nl.cjg.core.casus.Persoonsgegevens;
import nl.cjg.core.casus.Toestemming;
import nl.cjg.core.partner.Partner;
import nl.cjg.jqwik.CjgArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.Organization;

/**
 * CJG → FHIR (as JSON text, through HAPI's parser) → CJG is equal on every mapped field. Fields
 * that FHIR does not carry (see docs/fhir-mapping.md) are left out of the expected value.
 */
class RoundTripProperties {
  private static final FhirExport EXPORT = FhirExport.create();
  private static final IParser PARSER = EXPORT.context().newJsonParser();

  private static FhirResources viaJson(List<?> records) {
    Bundle bundle = EXPORT.bundle(records);
    return FhirResources.of(PARSER.parseResource(Bundle.class, EXPORT.json(bundle)));
  }

  @Property(tries = 100)
  void partner(@ForAll("partners") Partner partner) {
    FhirResources resources = viaJson(List.of(partner));
    Organization organization = resources.all(Organization.class).findFirst().orElseThrow();
    assertEquals(Optional.of(partner), FhirImport.partner(organization, resources).value());
  }

  @Property(tries = 100)
  void aanbod(@ForAll("aanbiedingen") Aanbod aanbod) {
    FhirResources resources = viaJson(List.of(aanbod));
    HealthcareService service = resources.all(HealthcareService.class).findFirst().orElseThrow();
    Aanbod expected = Aanbod.builder().from(aanbod).kengetallen(List.of()).build();
    assertEquals(Optional.of(expected), FhirImport.aanbod(service).value());
  }

  @Property(tries = 100)
  void casusAndConsent(@ForAll("casussen") Casus casus) {
    FhirResources resources = viaJson(List.of(casus));
    EpisodeOfCare episode = resources.all(EpisodeOfCare.class).findFirst().orElseThrow();
    Consent consent = resources.all(Consent.class).findFirst().orElseThrow();
    assertEquals(Optional.of(mapped(casus.toestemming())), FhirImport.toestemming(consent).value());
    assertEquals(Optional.of(mapped(casus)), FhirImport.casus(episode, resources).value());
  }

  @Property(tries = 100)
  void gezinsplan(@ForAll("gezinsplannen") Gezinsplan plan) {
    FhirResources resources = viaJson(List.of(plan));
    CarePlan carePlan = resources.all(CarePlan.class).findFirst().orElseThrow();
    assertEquals(Optional.of(plan), FhirImport.gezinsplan(carePlan, resources).value());
  }

  private static Toestemming mapped(Toestemming toestemming) {
    return Toestemming.builder().from(toestemming).redenAnoniem(Optional.empty()).build();
  }

  private static Casus mapped(Casus casus) {
    var kind = Kind.builder();
    casus.kind().pseudoniem().ifPresent(kind::pseudoniem);
    casus.kind().persoonsgegevens()
        .map(p -> Persoonsgegevens.builder().from(p).achternaamVader(Optional.empty()).achternaamMoeder(Optional.empty()).build())
        .ifPresent(kind::persoonsgegevens);
    return Casus.builder()
        .from(casus)
        .datumOverleg(Optional.empty())
        .kind(kind.build())
        .toestemming(mapped(casus.toestemming()))
        .vragen(List.of())
        .doel(Optional.empty())
        .acties(List.of())
        .betrokkenInstanties(List.of())
        .schets(Map.of())
        .bijzonderheden(Optional.empty())
        .zorgen(Map.of())
        .veiligheidssignalen(List.of())
        .samenwerkingMetOudersMogelijk(Optional.empty())
        .behandelaar(Optional.empty())
        .omstandigheden(List.of())
        .build();
  }

  @Provide
  Arbitrary<Partner> partners() {
    return CjgArbitraries.partner();
  }

  @Provide
  Arbitrary<Aanbod> aanbiedingen() {
    return CjgArbitraries.aanbod();
  }

  @Provide
  Arbitrary<Casus> casussen() {
    return CjgArbitraries.casus();
  }

  @Provide
  Arbitrary<Gezinsplan> gezinsplannen() {
    return CjgArbitraries.gezinsplan();
  }
}
