package nl.cjg.fhir;

import nl.cjg.core.verwijsindex.Signaal;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;

/**
 * A Verwijsindex signal as a {@code Flag}: the child by BSN only (the Verwijsindex registers by BSN
 * by law; no {@code Patient} is made), the organisation that registered it as the author (with its
 * AGB code), the registration and withdrawal dates as the period; withdrawn signals are inactive.
 * The birth date, kept only for the retention rule, is not exported. Not read back.
 */
final class SignaalMapping {
  private SignaalMapping() {}

  static Flag flag(String id, Signaal signaal) {
    Flag flag = new Flag();
    flag.setId(id);
    flag.setStatus(signaal.datumIntrekking().isPresent() ? Flag.FlagStatus.INACTIVE : Flag.FlagStatus.ACTIVE);
    flag.addCategory(new CodeableConcept(new Coding(CjgFhirSystems.FLAG_CATEGORY, "safety", "Safety")));
    flag.setCode(new CodeableConcept(LocalCodeSystem.SIGNAAL.coding("VERWIJSINDEX")));
    Reference kind = new Reference().setType("Patient");
    kind.setIdentifier(new Identifier().setSystem(CjgFhirSystems.BSN).setValue(signaal.bsn().value()));
    flag.setSubject(kind);
    flag.getPeriod().setStartElement(Dates.dateTime(signaal.datumRegistratie()));
    signaal.datumIntrekking().ifPresent(datum -> flag.getPeriod().setEndElement(Dates.dateTime(datum)));
    Reference organisatie = new Reference().setType("Organization").setDisplay(signaal.organisatie());
    signaal.agbCode().ifPresent(agb -> organisatie.setIdentifier(new Identifier().setSystem(CjgFhirSystems.AGB).setValue(agb.value())));
    flag.setAuthor(organisatie);
    return flag;
  }
}
