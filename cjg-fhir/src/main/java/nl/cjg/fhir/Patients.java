package nl.cjg.fhir;

import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.cjg.core.casus.Kind;
import nl.cjg.core.casus.Persoonsgegevens;
import nl.cjg.core.id.Bsn;
import nl.cjg.core.id.Postcode;
import nl.cjg.core.id.Pseudoniem;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;

/**
 * The identifying data of a child with consent as a {@code Patient}: BSN, official name, birth
 * date, home address (street and house number also as ISO 21090 address parts), phone and e-mail.
 * And back.
 */
final class Patients {
  private Patients() {}

  static void fill(Patient patient, Persoonsgegevens gegevens) {
    gegevens.bsn().ifPresent(bsn -> patient.addIdentifier(new Identifier().setSystem(CjgFhirSystems.BSN).setValue(bsn.value())));
    patient.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily(gegevens.achternaam()).addGiven(gegevens.voornaam());
    gegevens.telefoonnummer().ifPresent(n -> patient.addTelecom(new ContactPoint().setSystem(ContactPointSystem.PHONE).setValue(n)));
    gegevens.emailadres().ifPresent(e -> patient.addTelecom(new ContactPoint().setSystem(ContactPointSystem.EMAIL).setValue(e)));
    gegevens.geboortedatum().ifPresent(datum -> patient.setBirthDateElement(Dates.date(datum)));
    if (gegevens.straat().isPresent() || gegevens.huisnummer().isPresent() || gegevens.postcode().isPresent() || gegevens.woonplaats().isPresent()) {
      Address address = patient.addAddress().setUse(Address.AddressUse.HOME).setCountry("NL");
      if (gegevens.straat().isPresent() || gegevens.huisnummer().isPresent()) {
        StringType line = address.addLineElement();
        line.setValue(Stream.of(gegevens.straat(), gegevens.huisnummer()).flatMap(Optional::stream).collect(Collectors.joining(" ")));
        gegevens.straat().ifPresent(straat -> line.addExtension(CjgFhirSystems.STREET_NAME, new StringType(straat)));
        gegevens.huisnummer().ifPresent(nummer -> line.addExtension(CjgFhirSystems.HOUSE_NUMBER, new StringType(nummer)));
      }
      gegevens.postcode().ifPresent(postcode -> address.setPostalCode(postcode.value()));
      gegevens.woonplaats().ifPresent(address::setCity);
    }
  }

  static Kind kind(Patient patient, Reading reading) {
    var kind = Kind.builder();
    patient.getIdentifier().stream()
        .filter(id -> CjgFhirSystems.PSEUDONIEM.equals(id.getSystem()))
        .findFirst()
        .flatMap(id -> reading.model("Patient.identifier", () -> Pseudoniem.parse(String.valueOf(id.getValue()))))
        .ifPresent(kind::pseudoniem);
    if (patient.hasName()) {
      persoonsgegevens(patient, reading).ifPresent(kind::persoonsgegevens);
    } else if (patient.hasBirthDate() || patient.hasAddress() || patient.getIdentifier().stream().anyMatch(id -> CjgFhirSystems.BSN.equals(id.getSystem()))) {
      reading.missing("Patient.name");
    }
    return reading.model("Patient", kind::build).orElseGet(() -> Kind.builder().build());
  }

  private static Optional<Persoonsgegevens> persoonsgegevens(Patient patient, Reading reading) {
    HumanName name = patient.getNameFirstRep();
    if (name.getFamily() == null || !name.hasGiven()) {
      reading.missing(name.getFamily() == null ? "Patient.name.family" : "Patient.name.given");
      return Optional.empty();
    }
    var gegevens = Persoonsgegevens.builder().voornaam(name.getGivenAsSingleString()).achternaam(name.getFamily());
    for (int i = 0; i < patient.getIdentifier().size(); i++) {
      Identifier identifier = patient.getIdentifier().get(i);
      if (CjgFhirSystems.BSN.equals(identifier.getSystem())) {
        reading.model("Patient.identifier[" + i + "]", () -> Bsn.parse(String.valueOf(identifier.getValue()))).ifPresent(gegevens::bsn);
      }
    }
    if (patient.hasBirthDate()) {
      Dates.local(patient.getBirthDateElement(), "Patient.birthDate", reading).ifPresent(gegevens::geboortedatum);
    }
    for (ContactPoint telecom : patient.getTelecom()) {
      if (telecom.getValue() == null) {
        continue;
      }
      if (telecom.getSystem() == ContactPointSystem.PHONE) {
        gegevens.telefoonnummer(telecom.getValue());
      } else if (telecom.getSystem() == ContactPointSystem.EMAIL) {
        gegevens.emailadres(telecom.getValue());
      }
    }
    if (patient.hasAddress()) {
      Address address = patient.getAddressFirstRep();
      if (address.hasLine()) {
        StringType line = address.getLine().get(0);
        Optional.ofNullable(line.getExtensionByUrl(CjgFhirSystems.STREET_NAME)).map(Extension::getValue).map(v -> v.primitiveValue()).ifPresent(gegevens::straat);
        Optional.ofNullable(line.getExtensionByUrl(CjgFhirSystems.HOUSE_NUMBER)).map(Extension::getValue).map(v -> v.primitiveValue()).ifPresent(gegevens::huisnummer);
      }
      if (address.hasPostalCode()) {
        reading.model("Patient.address.postalCode", () -> Postcode.parse(address.getPostalCode())).ifPresent(gegevens::postcode);
      }
      Optional.ofNullable(address.getCity()).ifPresent(gegevens::woonplaats);
    }
    return reading.model("Patient", gegevens::build);
  }
}
