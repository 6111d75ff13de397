package nl.cjg.examples.referentie;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.cjg.core.casus.Aanmelder;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Casusstatus;
import nl.cjg.core.casus.Kind;
import nl.cjg.core.casus.Professional;
import nl.cjg.core.casus.Statusgeschiedenis;
import nl.cjg.core.casus.Toestemmer;
import nl.cjg.core.casus.Toestemming;
import nl.cjg.core.overleg.Casusoverleg;
import nl.cjg.core.overleg.Voorzitter;
import nl.cjg.core.populatie.Leeftijdsindelingen;

/**
 * The case-meeting pilot of spring 2012 (Werkplan CJG Bergen 2012, uitwerking 2, evaluatie van de
 * pilot): five meetings every three weeks,
 * planned at one and a half hours and each running half an hour to an hour longer; a fixed team of
 * jongerenwerk, school and general social work and Bureau Jeugdzorg, JGZ joining once in an
 * advisory role; eleven requests to discuss a case, fewer handled, all others taken up elsewhere
 * in the network.
 *
 * <p>The source gives counts, not cases. The requests here are anonymous and non-identifying: a
 * reference, the child's CJG age band, the referrer's organisation and function ("anoniem" as
 * name), consent as the source describes it (most with consent; without, because the referrer found
 * it hard to talk to the parents). What the source does not say is chosen and documented here and in docs/reference-dataset.md: the
 * meetings fall on Tuesdays from 24 April 2012, the day after the CJG meeting that adopted the
 * pilot (uitwerking 2, evaluatie van de pilot) and still in April, when it started (evaluatie van
 * onderwerp 2); seven of the eleven requests were handled, four were taken up elsewhere; the ages
 * and organisations are spread over the CJG bands and the kern- and ketenorganisaties, each written as the partner map (Bijlage 1) names it; each
 * meeting ran 30 or 60 minutes over, the bounds of the source's "ruim een half tot een uur". The
 * source gives no agreements of the afsprakenlijst and does not say at which meetings parents or
 * a young person were present ("een aantal keren"), so the meetings record neither.
 */
final class BergenPilot {
  static final LocalDate EERSTE_OVERLEG = LocalDate.of(2012, 4, 24);
  static final int OVERLEGGEN = 5;
  static final String WERING = "Stichting de Wering";

  private BergenPilot() {}

  /** One request: who brought it in, the child's band, consent, and the meeting that handled it (0 = none). */
  private record Verzoek(String organisatie, String functie, int band, boolean toestemming, int overleg) {}

  private static final List<Verzoek> VERZOEKEN =
      List.of(
          new Verzoek("Stichting Welzijn Bergen", "jongerenwerker", 2, true, 1),
          new Verzoek(WERING, "schoolmaatschappelijk werker", 1, true, 1),
          new Verzoek("Jeugdgezondheidszorg (GGD Hollands Noorden)", "jeugdverpleegkundige", 0, true, 2),
          new Verzoek("Basisonderwijs", "intern begeleider", 1, false, 0),
          new Verzoek(WERING, "maatschappelijk werker", 1, true, 3),
          new Verzoek("Bureau Jeugdzorg Noord-Holland", "medewerker toegang", 2, true, 3),
          new Verzoek("Kinderdagverblijven", "pedagogisch medewerker", 0, true, 0),
          new Verzoek("Stichting Welzijn Bergen", "jongerenwerker", 2, false, 4),
          new Verzoek("Huisarts", "praktijkondersteuner jeugd", 1, true, 0),
          new Verzoek(WERING, "schoolmaatschappelijk werker", 2, false, 5),
          new Verzoek("Leerplicht", "leerplichtambtenaar", 2, true, 0));

  /** The day of meeting {@code n} (1–5): every three weeks from {@link #EERSTE_OVERLEG}. */
  static LocalDate overlegdatum(int n) {
    return EERSTE_OVERLEG.plusWeeks(3L * (n - 1));
  }

  static String kenmerk(int index) {
    return String.format("PILOT-2012-%02d", index + 1);
  }

  /** The eleven requests as anonymous cases with their status history. */
  static List<Casus> casussen() {
    List<Casus> casussen = new ArrayList<>();
    for (int i = 0; i < VERZOEKEN.size(); i++) {
      casussen.add(casus(i, VERZOEKEN.get(i)));
    }
    return casussen;
  }

  private static Casus casus(int index, Verzoek verzoek) {
    int ingepland = verzoek.overleg() == 0 ? 1 + index * OVERLEGGEN / VERZOEKEN.size() : verzoek.overleg();
    LocalDate overleg = overlegdatum(ingepland);
    LocalDate invulling = overleg.minusDays(7);
    Statusgeschiedenis geschiedenis =
        verzoek.overleg() == 0
            ? Statusgeschiedenis.aangemeld(invulling).met(Casusstatus.DOORVERWEZEN, overleg)
            : Statusgeschiedenis.aangemeld(invulling)
                .met(Casusstatus.GEAGENDEERD, invulling.plusDays(1))
                .met(Casusstatus.BESPROKEN, overleg);
    var casus =
        Casus.builder()
            .kenmerk(kenmerk(index))
            .datumInvulling(invulling)
            .aanmelder(Aanmelder.builder().naam("anoniem").organisatie(verzoek.organisatie()).functie(verzoek.functie()).build())
            .kind(Kind.builder().leeftijdsgroep(Leeftijdsindelingen.CJG_LEEFTIJDSGROEPEN.groepen().get(verzoek.band())).build())
            .toestemming(toestemming(verzoek))
            .inVerwijsindexGemeld(false)
            .statusgeschiedenis(geschiedenis);
    if (verzoek.overleg() != 0) {
      casus.datumOverleg(overleg);
    }
    return casus.build();
  }

  private static Toestemming toestemming(Verzoek verzoek) {
    if (!verzoek.toestemming()) {
      return Toestemming.builder()
          .metToestemming(false)
          .besprokenMetOuders(false)
          .redenAnoniem("de inbrenger vond het lastig het gesprek met de ouders aan te gaan")
          .build();
    }
    var toestemming = Toestemming.builder().metToestemming(true).besprokenMetOuders(true).addGegevenDoor(Toestemmer.OUDERS_MET_GEZAG);
    if (verzoek.band() >= 2) {
      toestemming.addGegevenDoor(Toestemmer.KIND);
    }
    return toestemming.build();
  }

  /** The five meetings with their agenda, team and afsprakenlijst. */
  static List<Casusoverleg> overleggen() {
    List<Casusoverleg> overleggen = new ArrayList<>();
    for (int n = 1; n <= OVERLEGGEN; n++) {
      overleggen.add(overleg(n));
    }
    return overleggen;
  }

  private static Casusoverleg overleg(int n) {
    LocalDate datum = overlegdatum(n);
    Set<String> besproken = new LinkedHashSet<>();
    for (int i = 0; i < VERZOEKEN.size(); i++) {
      if (VERZOEKEN.get(i).overleg() == n) {
        besproken.add(kenmerk(i));
      }
    }
    Casusoverleg.Builder overleg =
        Casusoverleg.builder()
            .datum(datum)
            .voorzitter(Voorzitter.of("coördinator CJG", Voorzitter.Rol.PROCESREGISSEUR))
            .addVastTeam(
                professional("Stichting Welzijn Bergen", "jongerenwerker"),
                professional(WERING, "schoolmaatschappelijk werker"),
                professional(WERING, "algemeen maatschappelijk werker"),
                professional("Bureau Jeugdzorg Noord-Holland", "medewerker toegang"))
            .casussen(besproken)
            .bestedeMinuten(Casusoverleg.STANDAARD_GEPLANDE_MINUTEN + (n % 2 == 0 ? 60 : 30));
    if (n == 2) {
      String kenmerk = besproken.iterator().next();
      overleg.putAanschuivendePartner(kenmerk, List.of(professional("Jeugdgezondheidszorg (GGD Hollands Noorden)", "jeugdverpleegkundige")));
    }
    return overleg.build();
  }

  private static Professional professional(String organisatie, String functie) {
    return Professional.builder().organisatie(organisatie).functie(functie).build();
  }
}
