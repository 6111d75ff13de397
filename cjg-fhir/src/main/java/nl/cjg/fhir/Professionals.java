package nl.cjg.fhir;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.cjg.core.casus.Aanmelder;
import nl.cjg.core.casus.Professional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.PractitionerRole.DaysOfWeek;
import org.hl7.fhir.r4.model.Reference;

/**
 * A professional of the network (a zorgcoördinator, the one who registered a case, a member of the
 * case meeting) as a contained {@code PractitionerRole}: the name as the practitioner's display,
 * the organisation as the organisation's display, the function as the role's text.
 */
final class Professionals {
  private Professionals() {}

  static PractitionerRole role(String id, Professional professional) {
    return role(id, professional.naam(), professional.organisatie(), professional.functie());
  }

  static PractitionerRole role(String id, Aanmelder aanmelder) {
    PractitionerRole role = role(id, Optional.of(aanmelder.naam()), aanmelder.organisatie(), aanmelder.functie());
    aanmelder.telefoonnummer().ifPresent(nummer -> role.addTelecom(new ContactPoint().setSystem(ContactPointSystem.PHONE).setValue(nummer)));
    aanmelder.emailadres().ifPresent(adres -> role.addTelecom(new ContactPoint().setSystem(ContactPointSystem.EMAIL).setValue(adres)));
    if (!aanmelder.werkdagen().isEmpty()) {
      PractitionerRole.PractitionerRoleAvailableTimeComponent tijd = role.addAvailableTime();
      aanmelder.werkdagen().stream().sorted().forEach(dag -> tijd.addDaysOfWeek(DaysOfWeek.values()[dag.ordinal()]));
    }
    return role;
  }

  private static PractitionerRole role(String id, Optional<String> naam, Optional<String> organisatie, Optional<String> functie) {
    PractitionerRole role = new PractitionerRole();
    role.setId(id);
    naam.ifPresent(n -> role.setPractitioner(new Reference().setType("Practitioner").setDisplay(n)));
    organisatie.ifPresent(o -> role.setOrganization(new Reference().setType("Organization").setDisplay(o)));
    functie.ifPresent(f -> role.addCode(new CodeableConcept().setText(f)));
    return role;
  }

  static Optional<Professional> professional(PractitionerRole role, String path, Reading reading) {
    var builder = Professional.builder();
    naam(role).ifPresent(builder::naam);
    organisatie(role).ifPresent(builder::organisatie);
    functie(role).ifPresent(builder::functie);
    return reading.model(path, builder::build);
  }

  static Optional<Aanmelder> aanmelder(PractitionerRole role, String path, Reading reading) {
    Optional<String> naam = naam(role);
    if (naam.isEmpty()) {
      reading.missing(path + ".practitioner.display");
      return Optional.empty();
    }
    var builder = Aanmelder.builder().naam(naam.get());
    organisatie(role).ifPresent(builder::organisatie);
    functie(role).ifPresent(builder::functie);
    for (ContactPoint telecom : role.getTelecom()) {
      if (telecom.getValue() == null) {
        continue;
      }
      if (telecom.getSystem() == ContactPointSystem.PHONE) {
        builder.telefoonnummer(telecom.getValue());
      } else if (telecom.getSystem() == ContactPointSystem.EMAIL) {
        builder.emailadres(telecom.getValue());
      }
    }
    List<DayOfWeek> werkdagen = new ArrayList<>();
    for (PractitionerRole.PractitionerRoleAvailableTimeComponent tijd : role.getAvailableTime()) {
      for (var dag : tijd.getDaysOfWeek()) {
        if (dag.getValue() == null || dag.getValue() == DaysOfWeek.NULL) {
          reading.unknownCode(path + ".availableTime.daysOfWeek");
        } else {
          werkdagen.add(DayOfWeek.values()[dag.getValue().ordinal()]);
        }
      }
    }
    builder.addAllWerkdagen(werkdagen);
    return reading.model(path, builder::build);
  }

  private static Optional<String> naam(PractitionerRole role) {
    return Optional.ofNullable(role.getPractitioner().getDisplay());
  }

  private static Optional<String> organisatie(PractitionerRole role) {
    return Optional.ofNullable(role.getOrganization().getDisplay());
  }

  private static Optional<String> functie(PractitionerRole role) {
    return role.getCode().stream().map(CodeableConcept::getText).filter(t -> t != null).findFirst();
  }
}
