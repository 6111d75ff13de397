package nl.cjg.fhir;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.cjg.core.aanbod.Aanbod;
import nl.cjg.core.aanbod.Kengetal;
import nl.cjg.core.id.AgbCode;
import nl.cjg.core.id.KvkNummer;
import nl.cjg.core.partner.Discipline;
import nl.cjg.core.partner.Expertise;
import nl.cjg.core.partner.Partner;
import nl.cjg.core.partner.Rol;
import nl.cjg.core.populatie.Doelgroepsoort;
import nl.cjg.core.populatie.Leeftijdsgroep;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.HealthcareService.HealthcareServiceEligibilityComponent;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Quantity;

/**
 * The social map in FHIR: a partner as an {@code Organization} (AGB and KvK identifiers, role and
 * disciplines as types, website) with one {@code HealthcareService} for what it offers the CJG
 * (expertises, age bands, kernen); an offering as a {@code HealthcareService} of its partner; the
 * measured counts of an offering as {@code MeasureReport}s. And back.
 */
final class PartnerMapping {
  private PartnerMapping() {}

  static Organization organization(Partner partner) {
    Organization organization = new Organization();
    organization.setId(Ids.partner(partner.naam()));
    partner.agbCode().ifPresent(agb -> organization.addIdentifier(new Identifier().setSystem(CjgFhirSystems.AGB).setValue(agb.value())));
    partner.kvkNummer().ifPresent(kvk -> organization.addIdentifier(new Identifier().setSystem(CjgFhirSystems.KVK).setValue(kvk.value())));
    organization.setActive(true);
    organization.setName(partner.naam());
    partner.andereNamen().forEach(organization::addAlias);
    organization.addType(LocalCodeSystem.ROL.concept(partner.rol()));
    partner.disciplines().forEach(discipline -> organization.addType(LocalCodeSystem.DISCIPLINE.concept(discipline)));
    partner.website().ifPresent(uri -> organization.addTelecom(new ContactPoint().setSystem(ContactPointSystem.URL).setValue(uri.toString())));
    return organization;
  }

  /** What the partner offers the CJG as a whole: its expertises, the ages and the kernen it serves. */
  static HealthcareService profiel(Partner partner) {
    HealthcareService service = new HealthcareService();
    service.setId(Ids.id("partner-dienst", partner.naam()));
    service.setActive(true);
    service.setProvidedBy(Ids.reference("Organization", Ids.partner(partner.naam())).setDisplay(partner.naam()));
    service.addCategory(new CodeableConcept(LocalCodeSystem.DIENSTSOORT.coding("CJG_PARTNER")));
    service.setName(partner.naam());
    partner.expertises().forEach(expertise -> service.addSpecialty(LocalCodeSystem.EXPERTISE.concept(expertise)));
    partner.leeftijdsgroepen().forEach(groep -> Eligibility.addLeeftijdsgroep(service, groep));
    Eligibility.addKernen(service, partner.kernen());
    return service;
  }

  static HealthcareService aanbod(Aanbod aanbod, Optional<Partner> partner) {
    HealthcareService service = new HealthcareService();
    service.setId(Ids.id("aanbod", aanbod.partner(), aanbod.naam()));
    service.setActive(true);
    service.setProvidedBy(Ids.reference("Organization", Ids.partner(aanbod.partner())).setDisplay(aanbod.partner()));
    service.addCategory(new CodeableConcept(LocalCodeSystem.DIENSTSOORT.coding("AANBOD")));
    service.addCategory(LocalCodeSystem.AANBODSOORT.concept(aanbod.soort()));
    service.addType(LocalCodeSystem.AARD.concept(aanbod.aard()));
    service.setName(aanbod.naam());
    aanbod.omschrijving().ifPresent(service::setComment);
    aanbod.voor().forEach(voor -> service.addCharacteristic(LocalCodeSystem.DOELGROEPSOORT.concept(voor)));
    aanbod.leeftijdsgroep().ifPresent(groep -> Eligibility.addLeeftijdsgroep(service, groep));
    aanbod.doelgroep().ifPresent(doelgroep ->
        service.addEligibility()
            .setCode(new CodeableConcept(LocalCodeSystem.VOORWAARDE.coding("DOELGROEP")).setText(doelgroep)));
    partner.ifPresent(p -> Eligibility.addKernen(service, p.kernen()));
    return service;
  }

  /** The measured counts of an offering, one report per period, one group per count. */
  static List<MeasureReport> kengetallen(Aanbod aanbod) {
    List<MeasureReport> reports = new ArrayList<>();
    for (int i = 0; i < aanbod.kengetallen().size(); i++) {
      Kengetal kengetal = aanbod.kengetallen().get(i);
      MeasureReport report = new MeasureReport();
      report.setId(Ids.id("kengetal", aanbod.partner(), aanbod.naam(), Integer.toString(i)));
      report.setStatus(MeasureReport.MeasureReportStatus.COMPLETE);
      report.setType(MeasureReport.MeasureReportType.SUMMARY);
      report.setMeasure(CjgFhirSystems.KENGETAL_MEASURE);
      report.setReporter(Ids.reference("Organization", Ids.partner(aanbod.partner())).setDisplay(aanbod.partner()));
      report.getPeriod().setStartElement(Dates.dateTime(kengetal.periode().begin())).setEndElement(Dates.dateTime(kengetal.periode().eind()));
      group(report, "DEELNEMERS", kengetal.deelnemers());
      group(report, "CONTACTEN", kengetal.contacten());
      group(report, "TRAJECTEN", kengetal.trajecten());
      group(report, "DOELGROEPGROOTTE", kengetal.doelgroepgrootte());
      group(report, "OPGEKOMEN", kengetal.opgekomen());
      group(report, "NORM", kengetal.norm());
      reports.add(report);
    }
    return reports;
  }

  private static void group(MeasureReport report, String code, Optional<Integer> count) {
    count.ifPresent(n ->
        report.addGroup()
            .setCode(new CodeableConcept(LocalCodeSystem.KENGETAL.coding(code)))
            .setMeasureScore(new Quantity().setValue(n).setSystem(CjgFhirSystems.UCUM).setCode("1").setUnit("1")));
  }

  static MappingResult<Partner> partner(Organization organization, Optional<HealthcareService> profiel) {
    Reading reading = new Reading();
    var builder = Partner.builder();
    if (organization.getName() == null) {
      reading.missing("Organization.name");
    } else {
      builder.naam(organization.getName());
    }
    organization.getAlias().stream().filter(alias -> alias.getValue() != null).forEach(alias -> builder.addAndereNamen(alias.getValue()));
    Optional<Rol> rol = Optional.empty();
    Set<Discipline> disciplines = EnumSet.noneOf(Discipline.class);
    for (int i = 0; i < organization.getType().size(); i++) {
      CodeableConcept type = organization.getType().get(i);
      if (LocalCodeSystem.ROL.has(type)) {
        rol = code(Rol.class, LocalCodeSystem.ROL.code(type), "Organization.type[" + i + "]", reading);
      } else if (LocalCodeSystem.DISCIPLINE.has(type)) {
        code(Discipline.class, LocalCodeSystem.DISCIPLINE.code(type), "Organization.type[" + i + "]", reading).ifPresent(disciplines::add);
      }
    }
    rol.ifPresentOrElse(builder::rol, () -> reading.missing("Organization.type"));
    builder.addAllDisciplines(disciplines);
    for (int i = 0; i < organization.getIdentifier().size(); i++) {
      Identifier identifier = organization.getIdentifier().get(i);
      String path = "Organization.identifier[" + i + "]";
      if (CjgFhirSystems.AGB.equals(identifier.getSystem())) {
        reading.model(path, () -> AgbCode.parse(String.valueOf(identifier.getValue()))).ifPresent(builder::agbCode);
      } else if (CjgFhirSystems.KVK.equals(identifier.getSystem())) {
        reading.model(path, () -> KvkNummer.parse(String.valueOf(identifier.getValue()))).ifPresent(builder::kvkNummer);
      }
    }
    for (int i = 0; i < organization.getTelecom().size(); i++) {
      ContactPoint telecom = organization.getTelecom().get(i);
      if (telecom.getSystem() == ContactPointSystem.URL) {
        reading.model("Organization.telecom[" + i + "]", () -> URI.create(String.valueOf(telecom.getValue()))).ifPresent(builder::website);
      }
    }
    profiel.ifPresent(service -> {
      Set<Expertise> expertises = EnumSet.noneOf(Expertise.class);
      for (int i = 0; i < service.getSpecialty().size(); i++) {
        code(Expertise.class, LocalCodeSystem.EXPERTISE.code(service.getSpecialty().get(i)), "HealthcareService.specialty[" + i + "]", reading)
            .ifPresent(expertises::add);
      }
      builder.addAllExpertises(expertises);
      builder.addAllLeeftijdsgroepen(leeftijdsgroepen(service, reading));
      builder.addAllKernen(Eligibility.kernen(service, "HealthcareService", reading));
    });
    return reading.result("Organization", builder::build);
  }

  static MappingResult<Aanbod> aanbod(HealthcareService service) {
    Reading reading = new Reading();
    var builder = Aanbod.builder();
    if (service.getName() == null) {
      reading.missing("HealthcareService.name");
    } else {
      builder.naam(service.getName());
    }
    String partner = service.getProvidedBy().getDisplay();
    if (partner == null) {
      reading.missing("HealthcareService.providedBy.display");
    } else {
      builder.partner(partner);
    }
    Optional<Aanbod.Soort> soort = Optional.empty();
    for (int i = 0; i < service.getCategory().size(); i++) {
      CodeableConcept category = service.getCategory().get(i);
      if (LocalCodeSystem.AANBODSOORT.has(category)) {
        soort = code(Aanbod.Soort.class, LocalCodeSystem.AANBODSOORT.code(category), "HealthcareService.category[" + i + "]", reading);
      }
    }
    soort.ifPresentOrElse(builder::soort, () -> reading.missing("HealthcareService.category"));
    Optional<Aanbod.Aard> aard = Optional.empty();
    for (int i = 0; i < service.getType().size(); i++) {
      aard = code(Aanbod.Aard.class, LocalCodeSystem.AARD.code(service.getType().get(i)), "HealthcareService.type[" + i + "]", reading);
    }
    aard.ifPresentOrElse(builder::aard, () -> reading.missing("HealthcareService.type"));
    Optional.ofNullable(service.getComment()).ifPresent(builder::omschrijving);
    Set<Doelgroepsoort> voor = EnumSet.noneOf(Doelgroepsoort.class);
    for (int i = 0; i < service.getCharacteristic().size(); i++) {
      code(Doelgroepsoort.class, LocalCodeSystem.DOELGROEPSOORT.code(service.getCharacteristic().get(i)), "HealthcareService.characteristic[" + i + "]", reading)
          .ifPresent(voor::add);
    }
    builder.addAllVoor(voor);
    List<Leeftijdsgroep> groepen = leeftijdsgroepen(service, reading);
    if (groepen.size() > 1) {
      reading.format("HealthcareService.eligibility");
    }
    groepen.stream().findFirst().ifPresent(builder::leeftijdsgroep);
    service.getEligibility().stream()
        .filter(eligibility -> Eligibility.is(eligibility, "DOELGROEP"))
        .map(eligibility -> eligibility.getCode().getText())
        .filter(text -> text != null)
        .findFirst()
        .ifPresent(builder::doelgroep);
    return reading.result("HealthcareService", builder::build);
  }

  private static List<Leeftijdsgroep> leeftijdsgroepen(HealthcareService service, Reading reading) {
    List<Leeftijdsgroep> groepen = new ArrayList<>();
    for (int i = 0; i < service.getEligibility().size(); i++) {
      HealthcareServiceEligibilityComponent eligibility = service.getEligibility().get(i);
      if (Eligibility.is(eligibility, "LEEFTIJDSGROEP")) {
        Eligibility.leeftijdsgroep(eligibility, "HealthcareService.eligibility[" + i + "]", reading).ifPresent(groepen::add);
      }
    }
    return groepen;
  }

  /** The enum constant of a code, or a problem at the path when the code is absent or unknown. */
  static <E extends Enum<E>> Optional<E> code(Class<E> type, Optional<String> code, String path, Reading reading) {
    if (code.isEmpty()) {
      reading.unknownCode(path);
      return Optional.empty();
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(code.get())) {
        return Optional.of(constant);
      }
    }
    reading.unknownCode(path);
    return Optional.empty();
  }
}
