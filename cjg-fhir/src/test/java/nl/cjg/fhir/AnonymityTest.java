package nl.cjg.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.cjg.core.casus.Aanmelder;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Kind;
import nl.cjg.core.casus.Persoonsgegevens;
import nl.cjg.core.casus.Toestemmer;
import nl.cjg.core.casus.Toestemming;
import nl.cjg.core.id.Bsn;
import nl.cjg.core.id.Postcode;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/** A case without consent yields no Patient and nothing identifying; with consent it does. */
class AnonymityTest {
  private static final Persoonsgegevens GEGEVENS =
      Persoonsgegevens.builder()
          .voornaam("Quirijn")
          .achternaam("Zwanenburgh")
          .geboortedatum(LocalDate.of(1998, 7, 19))
          .straat("Breelaan")
          .huisnummer("17")
          .postcode(Postcode.parse("1861AB"))
          .woonplaats("Bergen")
          .bsn(Bsn.parse("999993653"))
          .build();

  private static Casus casus(boolean metToestemming) {
    Toestemming toestemming =
        metToestemming
            ? Toestemming.builder().metToestemming(true).besprokenMetOuders(true).addAllGegevenDoor(Set.of(Toestemmer.OUDERS_MET_GEZAG, Toestemmer.KIND)).build()
            : Toestemming.builder().metToestemming(false).besprokenMetOuders(false).redenAnoniem("ouders willen eerst overleg").build();
    return Casus.builder()
        .kenmerk("BERGEN-2012-0042")
        .datumInvulling(LocalDate.of(2012, 5, 3))
        .aanmelder(Aanmelder.builder().naam("Aanmelder").organisatie("School").build())
        .kind(metToestemming ? Kind.builder().persoonsgegevens(GEGEVENS).build() : Kind.builder().leeftijd(8).build())
        .toestemming(toestemming)
        .inVerwijsindexGemeld(false)
        .build();
  }

  @Test
  void anAnonymousCaseHasNoPatientAndNothingIdentifying() {
    FhirExport export = FhirExport.create();
    List<Resource> resources = export.resources(List.of(casus(false)));
    assertEquals(List.of("EpisodeOfCare", "Consent"), resources.stream().map(Resource::fhirType).toList());
    String json = export.json(export.bundle(List.of(casus(false))));
    for (String identifying : List.of("999993653", "Quirijn", "Zwanenburgh", "1998-07-19", "Breelaan", "1861", "bsn", "birthDate", "address", "\"Patient/")) {
      assertFalse(json.contains(identifying), identifying);
    }
    EpisodeOfCare episode = (EpisodeOfCare) resources.get(0);
    assertFalse(episode.getPatient().hasReference());
    assertEquals("masked", episode.getPatient().getExtensionFirstRep().getValue().primitiveValue());
    Consent consent = (Consent) resources.get(1);
    assertEquals(Consent.ConsentProvisionType.DENY, consent.getProvision().getType());
    assertFalse(consent.hasPatient());
  }

  @Test
  void aCaseWithConsentHasAPatientWithBsnNameBirthDateAndAddress() {
    List<Resource> resources = FhirExport.create().resources(List.of(casus(true)));
    assertEquals(List.of("EpisodeOfCare", "Patient", "Consent"), resources.stream().map(Resource::fhirType).toList());
    Patient patient = (Patient) resources.get(1);
    assertEquals("http://fhir.nl/fhir/NamingSystem/bsn", patient.getIdentifierFirstRep().getSystem());
    assertEquals("999993653", patient.getIdentifierFirstRep().getValue());
    assertEquals("Zwanenburgh", patient.getNameFirstRep().getFamily());
    assertEquals("1998-07-19", patient.getBirthDateElement().getValueAsString());
    assertEquals("Breelaan 17", patient.getAddressFirstRep().getLine().get(0).getValue());
    assertEquals("1861AB", patient.getAddressFirstRep().getPostalCode());
    Consent consent = (Consent) resources.get(2);
    assertEquals(Consent.ConsentProvisionType.PERMIT, consent.getProvision().getType());
    assertEquals("CAREMGT", consent.getProvision().getPurposeFirstRep().getCode());
    assertEquals(2, consent.getPerformer().size());
    assertTrue(consent.getPolicyFirstRep().getUri().contains("BWBR0005290"));
    assertEquals("VAN_12_TOT_16", consent.getPolicyRule().getCodingFirstRep().getCode(), "13 years old: the parents and the child");
  }
}
