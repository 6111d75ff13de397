package nl.cjg.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.cjg.core.casus.Professional;
import nl.cjg.core.overleg.Casusoverleg;
import nl.cjg.core.overleg.Voorzitter;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;

/**
 * A case meeting as an {@code Encounter} of professionals about several cases: the cases as its
 * episodes of care (no subject, so that the meeting names no child), the chair, the fixed team and
 * the partners who join as participants with their role in the meeting, the date as the start and
 * the minutes spent as its length. Its list of agreements becomes {@code Task}s of the encounter.
 * Not read back.
 */
final class OverlegMapping {
  private OverlegMapping() {}

  static List<Resource> resources(Casusoverleg overleg) {
    String datum = overleg.datum().toString();
    Encounter encounter = new Encounter();
    encounter.setId(Ids.id("overleg", datum));
    encounter.setStatus(overleg.bestedeMinuten().isPresent() ? Encounter.EncounterStatus.FINISHED : Encounter.EncounterStatus.PLANNED);
    encounter.setClass_(new Coding(CjgFhirSystems.V3_ACT_CODE, "AMB", "ambulatory"));
    encounter.addType(new CodeableConcept(LocalCodeSystem.OVERLEG.coding("CASUSOVERLEG")));
    encounter.getPeriod().setStartElement(Dates.dateTime(overleg.datum()));
    overleg.bestedeMinuten().ifPresent(minuten ->
        encounter.setLength((Duration) new Duration().setValue(minuten).setUnit("min").setSystem(CjgFhirSystems.UCUM).setCode("min")));
    overleg.casussen().forEach(kenmerk -> encounter.addEpisodeOfCare(Ids.episode(kenmerk)));
    PractitionerRole voorzitter = new PractitionerRole();
    voorzitter.setId("voorzitter");
    voorzitter.setPractitioner(new Reference().setType("Practitioner").setDisplay(overleg.voorzitter().naam()));
    participant(encounter, Contained.add(encounter, voorzitter), overleg.voorzitter().rol());
    int nummer = 0;
    for (Professional lid : overleg.vastTeam()) {
      participant(encounter, Contained.add(encounter, Professionals.role("team-" + nummer++, lid)), Voorzitter.Rol.TEAMLID);
    }
    nummer = 0;
    for (Map.Entry<String, List<Professional>> partners : overleg.aanschuivendePartners().entrySet()) {
      for (Professional partner : partners.getValue()) {
        participant(encounter, Contained.add(encounter, Professionals.role("partner-" + nummer++, partner)), Voorzitter.Rol.PARTNER);
      }
    }
    List<Resource> resources = new ArrayList<>();
    resources.add(encounter);
    Reference encounterReference = Ids.reference("Encounter", encounter.getIdElement().getIdPart());
    for (int i = 0; i < overleg.afsprakenlijst().size(); i++) {
      Task task = Tasks.task(Ids.id("overleg-afspraak", datum, Integer.toString(i)), overleg.afsprakenlijst().get(i), Ids.episode(overleg.afsprakenlijst().get(i).casus()));
      task.setEncounter(encounterReference);
      resources.add(task);
    }
    return resources;
  }

  private static void participant(Encounter encounter, Reference individual, Voorzitter.Rol rol) {
    encounter.addParticipant().addType(LocalCodeSystem.OVERLEGROL.concept(rol)).setIndividual(individual);
  }
}
