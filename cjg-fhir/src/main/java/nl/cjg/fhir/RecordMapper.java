package nl.cjg.fhir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.cjg.core.aanbod.Aanbod;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Gezinsplan;
import nl.cjg.core.overleg.Casusoverleg;
import nl.cjg.core.partner.Partner;
import nl.cjg.core.verwijsindex.Signaal;
import org.hl7.fhir.r4.model.Resource;

/**
 * Maps the records of one dataset to resources, one record at a time, remembering what later
 * records need: the partners seen (for an offering's kernen) and the number of signals (their
 * ids). One per export; not thread-safe.
 */
final class RecordMapper {
  private final Map<String, Partner> partners = new HashMap<>();
  private int signalen;

  List<Resource> map(Object record) {
    List<Resource> resources = new ArrayList<>();
    if (record instanceof Partner partner) {
      partners.put(partner.naam(), partner);
      resources.add(PartnerMapping.organization(partner));
      resources.add(PartnerMapping.profiel(partner));
    } else if (record instanceof Aanbod aanbod) {
      resources.add(PartnerMapping.aanbod(aanbod, Optional.ofNullable(partners.get(aanbod.partner()))));
      resources.addAll(PartnerMapping.kengetallen(aanbod));
    } else if (record instanceof Casus casus) {
      resources.add(CasusMapping.episode(casus));
      if (!casus.isAnoniem()) {
        resources.add(CasusMapping.patient(casus));
      }
      resources.add(CasusMapping.consent(casus));
    } else if (record instanceof Gezinsplan plan) {
      resources.addAll(GezinsplanMapping.resources(plan));
    } else if (record instanceof Casusoverleg overleg) {
      resources.addAll(OverlegMapping.resources(overleg));
    } else if (record instanceof Signaal signaal) {
      resources.add(SignaalMapping.flag(Ids.id("signaal", Integer.toString(signalen++)), signaal));
    }
    return resources;
  }
}
