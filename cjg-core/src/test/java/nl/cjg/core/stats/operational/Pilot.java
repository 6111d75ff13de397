package nl.cjg.core.stats.operational;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.cjg.core.casus.Aanmelder;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Casusstatus;
import nl.cjg.core.casus.Kind;
import nl.cjg.core.casus.Statusgeschiedenis;
import nl.cjg.core.casus.Toestemmer;
import nl.cjg.core.casus.Toestemming;
import nl.cjg.core.overleg.Casusoverleg;
import nl.cjg.core.overleg.Voorzitter;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijdsgroep;

/**
 * The case-meeting pilot of CJG Bergen (Werkplan CJG Bergen 2012, uitwerking 2, evaluatie van de pilot (duur/frequentie); uitwerking 2, evaluatie van de pilot (overige evaluatiepunten)): five meetings every three weeks from
 * 30 January 2012, planned at one and a half hours, each running half an hour to an hour over; 11
 * requests, 6 of them discussed (5 with consent), the other 5 taken up elsewhere in the network.
 */
final class Pilot {
  static final LocalDate START = LocalDate.of(2012, 1, 30);

  /** Minutes spent per meeting: 90 planned, 30 to 60 over. */
  static final List<Integer> BESTEED = List.of(120, 135, 150, 130, 140);

  private Pilot() {}

  static Toestemming consent(boolean met) {
    return met
        ? Toestemming.builder().metToestemming(true).besprokenMetOuders(true).addGegevenDoor(Toestemmer.OUDERS_MET_GEZAG).build()
        : Toestemming.builder().metToestemming(false).besprokenMetOuders(false).redenAnoniem("collegiaal advies").build();
  }

  static Casus casus(int nummer, Kind kind, boolean metToestemming, Statusgeschiedenis status, boolean verwijsindex) {
    LocalDate datum = START.plusDays(nummer);
    return Casus.builder()
        .kenmerk(String.format("CJG-2012-%03d", nummer))
        .datumInvulling(datum)
        .aanmelder(Aanmelder.builder().naam("Testaanmelder").organisatie("Stichting Welzijn Bergen").build())
        .kind(kind)
        .toestemming(consent(metToestemming))
        .statusgeschiedenis(status)
        .inVerwijsindexGemeld(verwijsindex)
        .build();
  }

  static Kind kind(Kern kern, int leeftijd) {
    return Kind.builder().kern(kern).leeftijd(leeftijd).build();
  }

  static Statusgeschiedenis besproken(LocalDate datum) {
    return Statusgeschiedenis.aangemeld(datum).met(Casusstatus.GEAGENDEERD, datum).met(Casusstatus.BESPROKEN, datum);
  }

  static Statusgeschiedenis doorverwezen(LocalDate datum) {
    return Statusgeschiedenis.aangemeld(datum).met(Casusstatus.DOORVERWEZEN, datum);
  }

  /**
   * The 11 requests: 6 discussed (5 with consent, 1 anonymous, one of them closed), 5 redirected
   * (2 anonymous); 4 in the Verwijsindex. Kern and age vary, with one case of unknown kern, one of
   * unknown age and one whose age band straddles two CJG bands.
   */
  static List<Casus> aanvragen() {
    LocalDate d = START;
    List<Casus> casussen = new ArrayList<>();
    casussen.add(casus(1, kind(BergenKernen.BERGEN, 2), true, besproken(d), true));
    casussen.add(casus(2, kind(BergenKernen.BERGEN, 7), true, besproken(d), false));
    casussen.add(casus(3, kind(BergenKernen.SCHOORL, 14), true, besproken(d).met(Casusstatus.AFGEROND, d), true));
    casussen.add(casus(4, kind(BergenKernen.EGMOND_AAN_ZEE, 9), true, besproken(d), false));
    casussen.add(casus(5, kind(BergenKernen.EGMOND_BINNEN, 16), true, besproken(d), false));
    casussen.add(casus(6, Kind.builder().kern(BergenKernen.BERGEN).build(), false, besproken(d), false));
    casussen.add(casus(7, kind(BergenKernen.BERGEN, 20), true, doorverwezen(d), true));
    casussen.add(casus(8, Kind.builder().leeftijd(5).build(), false, doorverwezen(d), false));
    casussen.add(
        casus(9, Kind.builder().kern(BergenKernen.SCHOORL).leeftijdsgroep(Leeftijdsgroep.of(10, 15)).build(),
            false, doorverwezen(d), false));
    casussen.add(casus(10, kind(BergenKernen.SCHOORL, 3), true, doorverwezen(d), true));
    casussen.add(casus(11, kind(BergenKernen.BERGEN_AAN_ZEE, 11), true, doorverwezen(d), false));
    return casussen;
  }

  /** The five meetings; parents present at 2 of the 6 discussions recorded. */
  static List<Casusoverleg> overleggen() {
    List<Casusoverleg> overleggen = new ArrayList<>();
    for (int i = 0; i < BESTEED.size(); i++) {
      overleggen.add(
          Casusoverleg.builder()
              .datum(START.plusWeeks(3L * i))
              .voorzitter(Voorzitter.of("Testvoorzitter", Voorzitter.Rol.PROCESREGISSEUR))
              .bestedeMinuten(BESTEED.get(i))
              .putAllOudersAanwezig(i == 0 ? Map.of("CJG-2012-001", true, "CJG-2012-002", false) : Map.of())
              .putAllOudersAanwezig(i == 1 ? Map.of("CJG-2012-003", true, "CJG-2012-004", false) : Map.of())
              .putAllOudersAanwezig(i == 2 ? Map.of("CJG-2012-005", false, "CJG-2012-006", false) : Map.of())
              .build());
    }
    return overleggen;
  }
}
