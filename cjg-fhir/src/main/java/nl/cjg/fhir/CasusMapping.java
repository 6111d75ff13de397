package nl.cjg.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.cjg.core.casus.Aanmelder;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Casusstatus;
import nl.cjg.core.casus.Kind;
import nl.cjg.core.casus.Statusgeschiedenis;
import nl.cjg.core.casus.Toestemmer;
import nl.cjg.core.casus.Toestemming;
import nl.cjg.core.casus.Toestemming.Toestemmingsleeftijd;
import nl.cjg.core.populatie.Leeftijdsgroep;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.EpisodeOfCare.EpisodeOfCareStatus;
import org.hl7.fhir.r4.model.EpisodeOfCare.EpisodeOfCareStatusHistoryComponent;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;

/**
 * A case in FHIR: an {@code EpisodeOfCare} (kenmerk, status history, the referral by its
 * aanmelder, the zorgcoördinator in a care team), a {@code Consent} and, only when there is consent,
 * a {@code Patient}. A case without consent points to no patient: its patient reference carries
 * only the reason {@code masked}. And back.
 */
final class CasusMapping {
  private static final String OUDERS = "RelatedPerson";

  private CasusMapping() {}

  static String patientId(Casus casus) {
    return Ids.id("kind", casus.kenmerk());
  }

  static Reference subject(Casus casus) {
    if (casus.isAnoniem()) {
      Reference masked = new Reference().setDisplay("anoniem");
      masked.addExtension(CjgFhirSystems.DATA_ABSENT_REASON, new CodeType("masked"));
      return masked;
    }
    return Ids.reference("Patient", patientId(casus));
  }

  static EpisodeOfCare episode(Casus casus) {
    EpisodeOfCare episode = new EpisodeOfCare();
    episode.setId(Ids.casus(casus.kenmerk()));
    episode.addIdentifier(kenmerk(casus));
    List<Statusgeschiedenis.Wijziging> stappen = casus.statusgeschiedenis().wijzigingen();
    episode.setStatus(status(casus.statusgeschiedenis().huidigeStatus()));
    for (int i = 0; i < stappen.size(); i++) {
      EpisodeOfCareStatusHistoryComponent stap = episode.addStatusHistory().setStatus(status(stappen.get(i).status()));
      stap.getPeriod().setStartElement(Dates.dateTime(stappen.get(i).datum()));
      if (i + 1 < stappen.size()) {
        stap.getPeriod().setEndElement(Dates.dateTime(stappen.get(i + 1).datum()));
      }
    }
    episode.addType(new CodeableConcept(LocalCodeSystem.CASUSSOORT.coding("CJG_CASUS")));
    if (casus.inVerwijsindexGemeld()) {
      episode.addType(new CodeableConcept(LocalCodeSystem.CASUSSOORT.coding("IN_VERWIJSINDEX")));
    }
    episode.setPatient(subject(casus));
    episode.getPeriod().setStartElement(Dates.dateTime(casus.datumInvulling()));
    Casusstatus huidig = casus.statusgeschiedenis().huidigeStatus();
    if (huidig == Casusstatus.AFGEROND || huidig == Casusstatus.DOORVERWEZEN) {
      episode.getPeriod().setEndElement(Dates.dateTime(stappen.get(stappen.size() - 1).datum()));
    }
    Reference aanmelder = Contained.add(episode, Professionals.role("aanmelder", casus.aanmelder()));
    ServiceRequest aanmelding = new ServiceRequest();
    aanmelding.setId("aanmelding");
    aanmelding.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
    aanmelding.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
    aanmelding.setSubject(subject(casus));
    aanmelding.setAuthoredOnElement(Dates.dateTime(casus.datumInvulling()));
    aanmelding.setRequester(aanmelder);
    episode.addReferralRequest(Contained.add(episode, aanmelding));
    casus.zorgcoordinator().ifPresent(zorgcoordinator -> episode.addTeam(Contained.add(episode, Teams.team("team", Optional.of(episode), zorgcoordinator))));
    return episode;
  }

  static Patient patient(Casus casus) {
    Patient patient = new Patient();
    patient.setId(patientId(casus));
    Kind kind = casus.kind();
    kind.pseudoniem().ifPresent(p -> patient.addIdentifier(new Identifier().setSystem(CjgFhirSystems.PSEUDONIEM).setValue(p.value())));
    kind.persoonsgegevens().ifPresent(gegevens -> Patients.fill(patient, gegevens));
    return patient;
  }

  static Consent consent(Casus casus) {
    Toestemming toestemming = casus.toestemming();
    Consent consent = new Consent();
    consent.setId(Ids.id("toestemming", casus.kenmerk()));
    consent.addIdentifier(kenmerk(casus));
    consent.setStatus(Consent.ConsentState.ACTIVE);
    consent.setScope(new CodeableConcept(new Coding(CjgFhirSystems.CONSENT_SCOPE, "patient-privacy", "Privacy Consent")));
    consent.addCategory(new CodeableConcept(new Coding(CjgFhirSystems.V3_ACT_CODE, "IDSCL", "information disclosure")));
    if (!casus.isAnoniem()) {
      consent.setPatient(subject(casus));
    }
    consent.setDateTimeElement(Dates.dateTime(casus.datumInvulling()));
    for (Toestemmer toestemmer : toestemming.gegevenDoor()) {
      consent.addPerformer(
          toestemmer == Toestemmer.KIND
              ? Ids.reference("Patient", patientId(casus)).setType("Patient")
              : new Reference().setType(OUDERS).setDisplay("ouders met gezag"));
    }
    consent.addPolicy().setUri(CjgFhirSystems.WGBO);
    casus.leeftijdenKind().flatMap(CasusMapping::leeftijdsregel).ifPresent(regel -> consent.setPolicyRule(LocalCodeSystem.TOESTEMMINGSLEEFTIJD.concept(regel)));
    consent.addVerification().setVerified(toestemming.besprokenMetOuders()).setVerifiedWith(new Reference().setType(OUDERS).setDisplay("ouders"));
    consent.getProvision()
        .setType(toestemming.metToestemming() ? Consent.ConsentProvisionType.PERMIT : Consent.ConsentProvisionType.DENY)
        .addPurpose(new Coding(CjgFhirSystems.V3_ACT_REASON, "CAREMGT", "care management"));
    return consent;
  }

  /** The WGBO age class that holds the whole age band, when one does. */
  static Optional<Toestemmingsleeftijd> leeftijdsregel(Leeftijdsgroep leeftijden) {
    for (Toestemmingsleeftijd klasse : Toestemmingsleeftijd.values()) {
      if (klasse.bevat(leeftijden.van()) && klasse.bevat(leeftijden.tot() - 1)) {
        return Optional.of(klasse);
      }
    }
    return Optional.empty();
  }

  private static Identifier kenmerk(Casus casus) {
    return new Identifier().setSystem(CjgFhirSystems.KENMERK).setValue(casus.kenmerk());
  }

  static EpisodeOfCareStatus status(Casusstatus status) {
    return switch (status) {
      case AANGEMELD -> EpisodeOfCareStatus.PLANNED;
      case GEAGENDEERD -> EpisodeOfCareStatus.WAITLIST;
      case BESPROKEN -> EpisodeOfCareStatus.ACTIVE;
      case AFGEROND -> EpisodeOfCareStatus.FINISHED;
      case DOORVERWEZEN -> EpisodeOfCareStatus.CANCELLED;
    };
  }

  private static Optional<Casusstatus> status(EpisodeOfCareStatus status) {
    if (status == null) {
      return Optional.empty();
    }
    return switch (status) {
      case PLANNED -> Optional.of(Casusstatus.AANGEMELD);
      case WAITLIST -> Optional.of(Casusstatus.GEAGENDEERD);
      case ACTIVE -> Optional.of(Casusstatus.BESPROKEN);
      case FINISHED -> Optional.of(Casusstatus.AFGEROND);
      case CANCELLED -> Optional.of(Casusstatus.DOORVERWEZEN);
      default -> Optional.empty();
    };
  }

  static MappingResult<Toestemming> toestemming(Consent consent) {
    Reading reading = new Reading();
    Optional<Toestemming> toestemming = toestemming(consent, reading);
    return reading.result("Consent", toestemming::orElseThrow);
  }

  private static Optional<Toestemming> toestemming(Consent consent, Reading reading) {
    var builder = Toestemming.builder();
    Consent.ConsentProvisionType type = consent.getProvision().getType();
    if (type == null) {
      reading.missing("Consent.provision.type");
    } else {
      builder.metToestemming(type == Consent.ConsentProvisionType.PERMIT);
    }
    Set<Toestemmer> door = EnumSet.noneOf(Toestemmer.class);
    for (int i = 0; i < consent.getPerformer().size(); i++) {
      Reference performer = consent.getPerformer().get(i);
      if (OUDERS.equals(performer.getType())) {
        door.add(Toestemmer.OUDERS_MET_GEZAG);
      } else if ("Patient".equals(performer.getType()) || String.valueOf(performer.getReference()).startsWith("Patient/")) {
        door.add(Toestemmer.KIND);
      } else {
        reading.unknownCode("Consent.performer[" + i + "]");
      }
    }
    builder.addAllGegevenDoor(door);
    Optional<Boolean> besproken =
        consent.getVerification().stream().filter(v -> v.getVerifiedWith().getType() == null || OUDERS.equals(v.getVerifiedWith().getType()))
            .map(v -> v.getVerified()).findFirst();
    besproken.ifPresentOrElse(builder::besprokenMetOuders, () -> reading.missing("Consent.verification"));
    if (!reading.ok()) {
      return Optional.empty();
    }
    return reading.model("Consent", builder::build);
  }

  static MappingResult<Casus> casus(EpisodeOfCare episode, FhirResources resources) {
    Reading reading = new Reading();
    var builder = Casus.builder();
    Optional<String> kenmerk =
        episode.getIdentifier().stream().filter(id -> CjgFhirSystems.KENMERK.equals(id.getSystem())).map(Identifier::getValue).findFirst();
    kenmerk.ifPresentOrElse(builder::kenmerk, () -> reading.missing("EpisodeOfCare.identifier"));
    Dates.local(episode.getPeriod().getStartElement(), "EpisodeOfCare.period.start", reading).ifPresent(builder::datumInvulling);
    statusgeschiedenis(episode, reading).ifPresent(builder::statusgeschiedenis);
    builder.inVerwijsindexGemeld(
        episode.getType().stream().anyMatch(type -> LocalCodeSystem.CASUSSOORT.code(type).filter("IN_VERWIJSINDEX"::equals).isPresent()));
    aanmelder(episode, reading).ifPresent(builder::aanmelder);
    if (episode.hasTeam()) {
      Teams.zorgcoordinator(episode, episode.getTeamFirstRep(), "EpisodeOfCare.team[0]", reading).ifPresent(builder::zorgcoordinator);
    }
    Optional<Patient> patient = Optional.empty();
    Reference subject = episode.getPatient();
    if (subject.hasReference()) {
      patient = resources.resolve(subject, Patient.class);
      if (patient.isEmpty()) {
        reading.unresolved("EpisodeOfCare.patient");
      }
    }
    builder.kind(patient.map(p -> Patients.kind(p, reading)).orElseGet(() -> Kind.builder().build()));
    Optional<Consent> consent =
        kenmerk.flatMap(k -> resources.withIdentifier(Consent.class, CjgFhirSystems.KENMERK, k, Consent::getIdentifier));
    if (consent.isPresent()) {
      toestemming(consent.get(), reading).ifPresent(builder::toestemming);
    } else {
      reading.missing("Consent");
    }
    return reading.result("EpisodeOfCare", builder::build);
  }

  private static Optional<Statusgeschiedenis> statusgeschiedenis(EpisodeOfCare episode, Reading reading) {
    if (!episode.hasStatusHistory()) {
      reading.missing("EpisodeOfCare.statusHistory");
      return Optional.empty();
    }
    List<Statusgeschiedenis.Wijziging> stappen = new ArrayList<>();
    for (int i = 0; i < episode.getStatusHistory().size(); i++) {
      EpisodeOfCareStatusHistoryComponent stap = episode.getStatusHistory().get(i);
      String path = "EpisodeOfCare.statusHistory[" + i + "]";
      Optional<Casusstatus> status = status(stap.getStatus());
      if (status.isEmpty()) {
        reading.unknownCode(path + ".status");
      }
      Optional<LocalDate> datum = Dates.local(stap.getPeriod().getStartElement(), path + ".period.start", reading);
      if (status.isPresent() && datum.isPresent()) {
        stappen.add(Statusgeschiedenis.Wijziging.of(status.get(), datum.get()));
      }
    }
    if (!reading.ok()) {
      return Optional.empty();
    }
    return reading.model("EpisodeOfCare.statusHistory", () -> Statusgeschiedenis.builder().addAllWijzigingen(stappen).build());
  }

  private static Optional<Aanmelder> aanmelder(EpisodeOfCare episode, Reading reading) {
    Optional<ServiceRequest> aanmelding =
        episode.getReferralRequest().stream().findFirst().flatMap(ref -> Contained.find(episode, ref, ServiceRequest.class));
    if (aanmelding.isEmpty()) {
      reading.missing("EpisodeOfCare.referralRequest");
      return Optional.empty();
    }
    Optional<PractitionerRole> role = Contained.find(episode, aanmelding.get().getRequester(), PractitionerRole.class);
    if (role.isEmpty()) {
      reading.missing("EpisodeOfCare.referralRequest.requester");
      return Optional.empty();
    }
    return Professionals.aanmelder(role.get(), "EpisodeOfCare.referralRequest.requester", reading);
  }
}
