package nl.cjg.fhir;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import nl.cjg.core.aanbod.Aanbod;
import nl.cjg.core.casus.Toestemming.Toestemmingsleeftijd;
import nl.cjg.core.overleg.Voorzitter;
import nl.cjg.core.partner.Discipline;
import nl.cjg.core.partner.Expertise;
import nl.cjg.core.partner.Rol;
import nl.cjg.core.populatie.Doelgroepsoort;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/**
 * One of the library's own code systems: its name (the last part of its address) and its concepts.
 * The code of a concept from a closed list of the model is the enum constant's name, as in the JSON
 * wire format; its display is the Dutch term.
 */
enum LocalCodeSystem {
  ROL("rol", "Rol in het CJG-netwerk", concepts(Rol.values(), Rol::code)),
  DISCIPLINE("discipline", "Discipline van een partner", concepts(Discipline.values(), Discipline::code)),
  EXPERTISE("expertise", "Expertise van een partner", concepts(Expertise.values(), Expertise::code)),
  AANBODSOORT("aanbodsoort", "Soort aanbod", concepts(Aanbod.Soort.values(), Aanbod.Soort::code)),
  AARD("aard", "Aard van het aanbod", concepts(Aanbod.Aard.values(), Aanbod.Aard::code)),
  DOELGROEPSOORT("doelgroepsoort", "Voor wie het aanbod is", concepts(Doelgroepsoort.values(), Doelgroepsoort::code)),
  DIENSTSOORT(
      "dienstsoort",
      "Soort dienst in de sociale kaart",
      List.of(new Concept("CJG_PARTNER", "wat de partner het CJG biedt"), new Concept("AANBOD", "aanbod van een partner"))),
  VOORWAARDE(
      "voorwaarde",
      "Voorwaarde voor een dienst",
      List.of(new Concept("LEEFTIJDSGROEP", "leeftijdsgroep"), new Concept("DOELGROEP", "doelgroep"))),
  OVERLEGROL("overlegrol", "Rol in het casusoverleg", concepts(Voorzitter.Rol.values(), rol -> rol.name().toLowerCase(Locale.ROOT))),
  TOESTEMMINGSLEEFTIJD(
      "toestemmingsleeftijd",
      "Wie toestemming geeft naar leeftijd (WGBO)",
      List.of(
          new Concept(Toestemmingsleeftijd.ONDER_12.name(), "jonger dan 12: de ouders met gezag"),
          new Concept(Toestemmingsleeftijd.VAN_12_TOT_16.name(), "12 tot 16: de ouders met gezag en het kind"),
          new Concept(Toestemmingsleeftijd.VANAF_16.name(), "16 en ouder: het kind"))),
  KENGETAL(
      "kengetal",
      "Gemeten aantal van een aanbod",
      List.of(
          new Concept("DEELNEMERS", "deelnemers"),
          new Concept("CONTACTEN", "contacten"),
          new Concept("TRAJECTEN", "trajecten"),
          new Concept("DOELGROEPGROOTTE", "doelgroepgrootte"),
          new Concept("OPGEKOMEN", "opgekomen"),
          new Concept("NORM", "norm"))),
  CASUSSOORT(
      "casussoort",
      "Soort casus",
      List.of(
          new Concept("CJG_CASUS", "casus van het CJG (bespreekformulier)"),
          new Concept("IN_VERWIJSINDEX", "gemeld in de Verwijsindex risicojongeren"))),
  OVERLEG("overleg", "Soort overleg", List.of(new Concept("CASUSOVERLEG", "casusoverleg van het CJG"))),
  SIGNAAL("signaal", "Soort signaal", List.of(new Concept("VERWIJSINDEX", "melding in de Verwijsindex risicojongeren")));

  private final String naam;
  private final String titel;
  private final List<Concept> concepts;

  LocalCodeSystem(String naam, String titel, List<Concept> concepts) {
    this.naam = naam;
    this.titel = titel;
    this.concepts = concepts;
  }

  /** One concept: its code and its Dutch display. */
  record Concept(String code, String display) {}

  String naam() {
    return naam;
  }

  String titel() {
    return titel;
  }

  List<Concept> concepts() {
    return concepts;
  }

  String url() {
    return CjgFhirSystems.NAMESPACE + "/CodeSystem/" + naam;
  }

  /** The coding of a code of this system, with its display. */
  Coding coding(String code) {
    String display = concepts.stream().filter(c -> c.code().equals(code)).findFirst().map(Concept::display).orElseThrow();
    return new Coding(url(), code, display);
  }

  Coding coding(Enum<?> constant) {
    return coding(constant.name());
  }

  CodeableConcept concept(Enum<?> constant) {
    return new CodeableConcept(coding(constant));
  }

  /** The code of this system in a concept, when it has one. */
  Optional<String> code(CodeableConcept concept) {
    return concept.getCoding().stream().filter(c -> url().equals(c.getSystem())).map(Coding::getCode).findFirst();
  }

  boolean has(CodeableConcept concept) {
    return code(concept).isPresent();
  }

  private static <E extends Enum<E>> List<Concept> concepts(E[] constants, Function<E, String> display) {
    return Arrays.stream(constants).map(c -> new Concept(c.name(), display.apply(c))).toList();
  }
}
