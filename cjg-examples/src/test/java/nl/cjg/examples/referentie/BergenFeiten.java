package nl.cjg.examples.referentie;

import nl.cjg.core.referentie.BergenPlannen;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.cjg.core.referentie.BergenReferentie;

/**
 * The facts of the sources (docs/sources.md) as the records of the Bergen reference dataset, in the order the
 * bundled file holds them: the population (CBS 2010) and the partner map (Communicatieplan CJG Bergen 2012, bijlage 1) exactly as
 * cjg-core ships them ({@link BergenReferentie}), so that the two cannot drift apart; offerings, the werkplan 2012, the plan van aanpak 2008–2010, the
 * communicatieplan 2012, the case-meeting pilot (its requests, then its meetings).
 */
final class BergenFeiten {
  /** The reference date of the dataset: the end of the werkplan year 2012. */
  static final LocalDate PEILDATUM = LocalDate.of(2012, 12, 31);

  private BergenFeiten() {}

  static List<Object> records() {
    List<Object> records = new ArrayList<>();
    records.add(BergenReferentie.populatie());
    records.addAll(BergenReferentie.netwerk().partners());
    records.addAll(BergenAanbod.all());
    records.add(BergenPlannen.werkplan2012());
    records.add(BergenPlannen.planVanAanpak());
    records.add(BergenPlannen.communicatieplan2012());
    records.addAll(BergenPilot.casussen());
    records.addAll(BergenPilot.overleggen());
    return records;
  }
}
