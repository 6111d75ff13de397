package nl.cjg.core.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import nl.cjg.core.casus.Aanmelder;
import nl.cjg.core.casus.Afspraak;
import nl.cjg.core.casus.BetrokkenInstantie;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Casusstatus;
import nl.cjg.core.casus.Doel;
import nl.cjg.core.casus.Gezinsplan;
import nl.cjg.core.casus.Kind;
import nl.cjg.core.casus.OndernomenActie;
import nl.cjg.core.casus.Persoonsgegevens;
import nl.cjg.core.casus.Professional;
import nl.cjg.core.casus.Statusgeschiedenis;
import nl.cjg.core.casus.Toestemming.Toestemmingsleeftijd;
import nl.cjg.core.casus.Toestemming;
import nl.cjg.core.id.Bsn;
import nl.cjg.core.id.Postcode;
import nl.cjg.core.partner.Partner;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijd;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.populatie.Leeftijdsindelingen;
import nl.cjg.core.tijd.Periode;
import nl.cjg.core.verwijsindex.Signaal;

/**
 * Makes one case and what follows from it: the Verwijsindex signals of its child, the family plan
 * and, when it is discussed, its agreements for the meeting's afsprakenlijst. Every choice is drawn
 * from the case's own random numbers ({@link Toeval}). Immutable and thread-safe.
 */
final class Casusmaker {
  /** The case and everything that follows from it. */
  record Gemaakt(
      Casus casus,
      boolean besproken,
      List<Signaal> signalen,
      Optional<Gezinsplan> gezinsplan,
      List<Afspraak> afspraken,
      List<Professional> aanschuivend,
      boolean oudersAanwezig) {}

  private static final String DOMEIN = "@cjg-bergen.example";
  private static final int VI_LEEFTIJD = 23;

  private final Context context;

  Casusmaker(Context context) {
    this.context = context;
  }

  /**
   * Makes case {@code index}, requested from {@code aanmeldVan} through {@code aanmeldTot} for the
   * meeting of {@code overleg}; a child with consent takes its BSN from {@code bsns}.
   */
  Gemaakt maak(long index, LocalDate aanmeldVan, LocalDate aanmeldTot, LocalDate overleg, BsnVoorraad bsns) {
    SampleOptions options = context.options();
    SplittableRandom random = Toeval.voor(options.seed(), Toeval.CASUS, index);
    Bevolkingsverdeling.Cel cel = context.verdeling().trek(random);
    int leeftijd = cel.leeftijd();
    LocalDate invulling = Toeval.dag(aanmeldVan, aanmeldTot, random);
    boolean anoniem = Toeval.kans(options.aandeelAnoniem(), random);
    LocalDate geboren = geboortedatum(leeftijd, invulling, random);
    String kenmerk = kenmerk(invulling, index);
    List<Partner> bedienen = context.partnersVoor(leeftijd);
    Partner aanmeldendePartner = Toeval.kies(bedienen, random);
    boolean inVerwijsindex =
        anoniem ? Toeval.kans(0.1, random) : leeftijd < VI_LEEFTIJD && Toeval.kans(options.aandeelInVerwijsindex(), random);
    Optional<Bsn> bsn = !anoniem && (inVerwijsindex || Toeval.kans(0.5, random)) ? bsns.neem() : Optional.empty();
    if (!anoniem && bsn.isEmpty()) {
      inVerwijsindex = false;
    }
    Zorgprofiel profiel = Zorgprofiel.trek(options, leeftijd, bedienen, aanmeldendePartner, random);
    boolean besproken = profiel.behandelaar().isEmpty() && Toeval.kans(kansBesproken(options), random);

    Kind.Builder kind = Kind.builder();
    cel.kern().ifPresent(kind::kern);
    vulKind(kind, leeftijd, cel.kern(), bedienen, random);
    if (anoniem) {
      // An anonymous case keeps no quasi-identifier (rules ANONIEM-001 to ANONIEM-003).
      kind.school(Optional.empty())
          .groepOfKlas(Optional.empty())
          .schoolloopbaan(Optional.empty())
          .kinderdagverblijfOfPeuterspeelzaal(Optional.empty())
          .kern(cel.kern().filter(kern -> !Casus.Anonimiteit.isKleineKern(kern)))
          .leeftijdsgroep(Leeftijdsindelingen.CJG_LEEFTIJDSGROEPEN.groepVoor(leeftijd).orElseThrow());
    } else {
      kind.persoonsgegevens(persoonsgegevens(geboren, cel.kern(), bsn, random));
    }

    Casus.Builder casus =
        Casus.builder()
            .kenmerk(kenmerk)
            .datumInvulling(invulling)
            .aanmelder(aanmelder(aanmeldendePartner, random))
            .kind(kind.build())
            .toestemming(toestemming(anoniem, leeftijd, random))
            .inVerwijsindexGemeld(inVerwijsindex);
    vulInhoud(casus, invulling, bedienen, random);
    profiel.vul(casus, random);
    Optional<Professional> zorgcoordinator =
        Toeval.kans(0.4, random) ? Optional.of(zorgcoordinator(random)) : Optional.empty();
    zorgcoordinator.ifPresent(casus::zorgcoordinator);
    if (besproken) {
      casus.datumOverleg(overleg);
    }
    casus.statusgeschiedenis(geschiedenis(invulling, overleg, besproken, random));
    Casus gemaakt = casus.build();

    List<Signaal> signalen = new ArrayList<>();
    if (bsn.isPresent() && inVerwijsindex) {
      signalen.add(signaal(bsn.get(), geboren, aanmeldendePartner.naam(), invulling, random));
      if (Toeval.kans(options.aandeelMatch(), random)) {
        List<Partner> anderen =
            bedienen.stream().filter(partner -> !partner.naam().equals(aanmeldendePartner.naam())).toList();
        if (!anderen.isEmpty()) {
          signalen.add(signaal(bsn.get(), geboren, Toeval.kies(anderen, random).naam(), invulling, random));
        }
      }
    }
    if (!besproken) {
      return new Gemaakt(gemaakt, false, List.copyOf(signalen), Optional.empty(), List.of(), List.of(), false);
    }
    List<Afspraak> afspraken = new ArrayList<>();
    int aantal = 1 + random.nextInt(3);
    for (int i = 0; i < aantal; i++) {
      afspraken.add(afspraak(kenmerk, overleg, bedienen, random));
    }
    List<Professional> aanschuivend =
        Toeval.kans(0.5, random)
            ? List.of(Professional.builder().organisatie(aanmeldendePartner.naam()).functie("inbrenger").build())
            : List.of();
    boolean oudersAanwezig = !anoniem && profiel.samenwerkingMogelijk() && Toeval.kans(0.4, random);
    Optional<Gezinsplan> gezinsplan =
        !anoniem && profiel.samenwerkingMogelijk() && Toeval.kans(options.aandeelGezinsplan(), random)
            ? Optional.of(gezinsplan(kenmerk, overleg, zorgcoordinator.orElseGet(() -> zorgcoordinator(random)), bedienen, random))
            : Optional.empty();
    return new Gemaakt(gemaakt, true, List.copyOf(signalen), gezinsplan, List.copyOf(afspraken), aanschuivend, oudersAanwezig);
  }

  /**
   * The probability that a case not treated elsewhere is discussed, so that the share of all
   * cases discussed is {@link SampleOptions#aandeelBesproken()} (at most 1).
   */
  static double kansBesproken(SampleOptions options) {
    double nietElders = 1 - options.aandeelInBehandelingElders();
    return nietElders <= 0 ? 0 : Math.min(1, options.aandeelBesproken() / nietElders);
  }

  /** A reference of the form {@code CJG-2012-0000042}: the year of the form and the case's number. */
  static String kenmerk(LocalDate invulling, long index) {
    String nummer = Long.toString(index + 1);
    StringBuilder kenmerk = new StringBuilder(16).append("CJG-").append(invulling.getYear()).append('-');
    for (int i = nummer.length(); i < 7; i++) {
      kenmerk.append('0');
    }
    return kenmerk.append(nummer).toString();
  }

  /** A birth date on which the child is {@code leeftijd} years old on {@code datum}, each such day equally likely. */
  static LocalDate geboortedatum(int leeftijd, LocalDate datum, SplittableRandom random) {
    LocalDate vroegst = datum.minusYears(leeftijd + 1L).plusDays(1);
    LocalDate laatst = datum.minusYears(leeftijd);
    return Toeval.dag(vroegst, laatst, random);
  }

  private void vulKind(Kind.Builder kind, int leeftijd, Optional<Kern> kern, List<Partner> bedienen, SplittableRandom random) {
    if (Toeval.kans(0.5, random)) {
      kind.oorspronkelijkeAanmelder(Toeval.kies(bedienen, random).naam());
    }
    String plaats = kern.map(Kern::naam).orElse("de gemeente");
    if (leeftijd < 4) {
      if (Toeval.kans(0.6, random)) {
        kind.kinderdagverblijfOfPeuterspeelzaal((random.nextBoolean() ? "Peuterspeelzaal in " : "Kinderdagverblijf in ") + plaats);
      }
    } else if (leeftijd < 12) {
      kind.school("Basisschool in " + plaats).groepOfKlas("groep " + Math.min(8, leeftijd - 3));
    } else if (leeftijd < 18) {
      kind.school(Toeval.kies(Teksten.SCHOLEN_VO, random))
          .groepOfKlas(Math.min(6, leeftijd - 11) + " " + Toeval.kies(Teksten.NIVEAUS, random));
      if (Toeval.kans(0.2, random)) {
        kind.schoolloopbaan("Eén keer gedoubleerd in het basisonderwijs.");
      }
    }
  }

  private static Persoonsgegevens persoonsgegevens(
      LocalDate geboren, Optional<Kern> kern, Optional<Bsn> bsn, SplittableRandom random) {
    String achternaam = Namenlijsten.achternaam(random);
    Persoonsgegevens.Builder gegevens =
        Persoonsgegevens.builder()
            .voornaam(Namenlijsten.voornaam(random))
            .achternaam(achternaam)
            .achternaamVader(achternaam)
            .geboortedatum(geboren);
    if (Toeval.kans(0.8, random)) {
      gegevens.achternaamMoeder(Namenlijsten.achternaam(random));
    }
    if (kern.isPresent()) {
      List<Namenlijsten.Straat> straten = Namenlijsten.straten(kern.get().naam());
      if (!straten.isEmpty()) {
        Namenlijsten.Straat straat = Toeval.kies(straten, random);
        gegevens.straat(straat.naam()).huisnummer(huisnummer(random)).postcode(postcode(straat.postcodegebied(), random));
      }
      gegevens.woonplaats(woonplaats(kern.get()));
    }
    bsn.ifPresent(gegevens::bsn);
    return gegevens.build();
  }

  /** The postal place of a kern: the first village of a combined kern such as "Groet + Camperduin". */
  static String woonplaats(Kern kern) {
    int plus = kern.naam().indexOf(" + ");
    return plus < 0 ? kern.naam() : kern.naam().substring(0, plus);
  }

  private static String huisnummer(SplittableRandom random) {
    String nummer = Integer.toString(1 + random.nextInt(150));
    return Toeval.kans(0.1, random) ? nummer + "a" : nummer;
  }

  /** A postcode in the area {@code gebied} with two synthetic letters, never SA, SD or SS. */
  static Postcode postcode(int gebied, SplittableRandom random) {
    char eerste = (char) ('A' + random.nextInt(26));
    char tweede = (char) ('A' + random.nextInt(26));
    if (eerste == 'S' && (tweede == 'A' || tweede == 'D' || tweede == 'S')) {
      eerste = 'R';
    }
    return Postcode.parse(new StringBuilder(6).append(gebied).append(eerste).append(tweede));
  }

  private static Aanmelder aanmelder(Partner partner, SplittableRandom random) {
    String voornaam = Namenlijsten.voornaam(random);
    String achternaam = Namenlijsten.achternaam(random);
    Set<DayOfWeek> werkdagen = EnumSet.noneOf(DayOfWeek.class);
    for (DayOfWeek dag : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
      if (Toeval.kans(0.7, random)) {
        werkdagen.add(dag);
      }
    }
    if (werkdagen.isEmpty()) {
      werkdagen.add(DayOfWeek.TUESDAY);
    }
    return Aanmelder.builder()
        .naam(voornaam + " " + achternaam)
        .organisatie(partner.naam())
        .functie(Functies.van(partner))
        .emailadres(email(voornaam, achternaam))
        .werkdagen(werkdagen)
        .build();
  }

  /** An address in the reserved top-level domain {@code .example}, so it reaches nobody. */
  static String email(String voornaam, String achternaam) {
    StringBuilder adres = new StringBuilder(32).append(Character.toLowerCase(voornaam.charAt(0))).append('.');
    String naam = achternaam.toLowerCase(Locale.ROOT);
    for (int i = 0; i < naam.length(); i++) {
      char c = naam.charAt(i);
      if (c >= 'a' && c <= 'z') {
        adres.append(c);
      }
    }
    return adres.append(DOMEIN).toString();
  }

  private static Toestemming toestemming(boolean anoniem, int leeftijd, SplittableRandom random) {
    if (anoniem) {
      return Toestemming.builder()
          .metToestemming(false)
          .besprokenMetOuders(Toeval.kans(0.3, random))
          .redenAnoniem(Toeval.kies(Teksten.REDENEN_ANONIEM, random))
          .build();
    }
    return Toestemming.builder()
        .metToestemming(true)
        .besprokenMetOuders(true)
        .gegevenDoor(Toestemmingsleeftijd.vereistVoor(Leeftijdsgroep.of(leeftijd, leeftijd + 1)))
        .build();
  }

  private static void vulInhoud(Casus.Builder casus, LocalDate invulling, List<Partner> bedienen, SplittableRandom random) {
    int vragen = 1 + random.nextInt(3);
    int eerste = random.nextInt(Teksten.VRAGEN.length);
    for (int i = 0; i < vragen; i++) {
      casus.addVragen(Teksten.VRAGEN[(eerste + i) % Teksten.VRAGEN.length]);
    }
    if (Toeval.kans(0.8, random)) {
      casus.doel(Toeval.kies(Teksten.DOELEN, random));
    }
    int acties = random.nextInt(4);
    for (int i = 0; i < acties; i++) {
      OndernomenActie.Builder actie = OndernomenActie.builder()
          .omschrijving(Toeval.kies(Teksten.ACTIES, random))
          .gerichtOp(OndernomenActie.GerichtOp.values()[random.nextInt(OndernomenActie.GerichtOp.values().length)]);
      if (Toeval.kans(0.6, random)) {
        actie.effect(Toeval.kies(Teksten.EFFECTEN, random));
      }
      casus.addActies(actie.build());
    }
    int instanties = random.nextInt(3);
    for (int i = 0; i < instanties; i++) {
      BetrokkenInstantie.Builder instantie = BetrokkenInstantie.builder().instantie(Toeval.kies(bedienen, random).naam());
      if (Toeval.kans(0.7, random)) {
        instantie.periode(Periode.maand(YearMonth.from(invulling).minusMonths(1 + random.nextInt(24))));
      } else {
        instantie.wanneer(Toeval.kies(Teksten.WANNEER, random));
      }
      casus.addBetrokkenInstanties(instantie.build());
    }
    if (Toeval.kans(0.2, random)) {
      casus.bijzonderheden(Toeval.kies(Teksten.BIJZONDERHEDEN, random));
    }
  }

  private Professional zorgcoordinator(SplittableRandom random) {
    return Professional.builder()
        .organisatie(Toeval.kies(context.kernpartners(), random).naam())
        .functie("zorgcoördinator")
        .build();
  }

  /**
   * The status history: a discussed case is put on the agenda and discussed at the meeting, then
   * often closed or referred on; another is referred on at the meeting, as the pilot did with the
   * requests it could not take (Werkplan CJG Bergen 2012, uitwerking 2, evaluatie van de pilot (overige evaluatiepunten)).
   */
  private Statusgeschiedenis geschiedenis(LocalDate invulling, LocalDate overleg, boolean besproken, SplittableRandom random) {
    Statusgeschiedenis geschiedenis = Statusgeschiedenis.aangemeld(invulling);
    LocalDate geagendeerd = Toeval.dag(invulling, overleg.minusDays(1), random);
    if (!besproken) {
      if (Toeval.kans(0.5, random)) {
        geschiedenis = geschiedenis.met(Casusstatus.GEAGENDEERD, geagendeerd);
      }
      return geschiedenis.met(Casusstatus.DOORVERWEZEN, overleg);
    }
    geschiedenis = geschiedenis.met(Casusstatus.GEAGENDEERD, geagendeerd).met(Casusstatus.BESPROKEN, overleg);
    double uitkomst = random.nextDouble();
    LocalDate later = overleg.plusDays(random.nextInt(61));
    if (later.isAfter(context.options().peildatum()) || uitkomst >= 0.7) {
      return geschiedenis;
    }
    return geschiedenis.met(uitkomst < 0.6 ? Casusstatus.AFGEROND : Casusstatus.DOORVERWEZEN, later);
  }

  /**
   * A signal of {@code organisatie} for the child: registered within a year before the form, not
   * before birth, and still active on the form's date; withdrawn when the concern is gone after
   * the form, after at most two years, or at the 23rd birthday, if that day has come by the
   * peildatum.
   */
  private Signaal signaal(Bsn bsn, LocalDate geboren, String organisatie, LocalDate invulling, SplittableRandom random) {
    LocalDate registratie = invulling.minusDays(random.nextInt(366));
    if (registratie.isBefore(geboren)) {
      registratie = geboren;
    }
    LocalDate einde = registratie.plusYears(2);
    LocalDate drieentwintig = Leeftijd.verjaardag(geboren, VI_LEEFTIJD);
    if (drieentwintig.isBefore(einde)) {
      einde = drieentwintig;
    }
    if (Toeval.kans(0.3, random) && invulling.isBefore(einde)) {
      // withdrawn early, but after the form's date: a case "in Verwijsindex gemeld" has an active signal then (DATASET-008)
      einde = Toeval.dag(invulling.plusDays(1), einde, random);
    }
    Signaal.Builder signaal =
        Signaal.builder()
            .bsn(bsn)
            .organisatie(organisatie)
            .datumRegistratie(registratie)
            .geboortedatum(geboren);
    if (!einde.isAfter(context.options().peildatum())) {
      signaal.datumIntrekking(einde);
    }
    return signaal.build();
  }

  private Afspraak afspraak(String kenmerk, LocalDate vanaf, List<Partner> bedienen, SplittableRandom random) {
    LocalDate uiterlijk = vanaf.plusDays(7 + random.nextInt(50));
    Afspraak.Status status;
    if (uiterlijk.isAfter(context.options().peildatum())) {
      status = Afspraak.Status.OPEN;
    } else {
      status = Toeval.kans(0.85, random) ? Afspraak.Status.UITGEVOERD : Afspraak.Status.VERVALLEN;
    }
    return Afspraak.builder()
        .wie(Professional.ofOrganisatie(Toeval.kies(bedienen, random).naam()))
        .wat(Toeval.kies(Teksten.AFSPRAKEN, random))
        .uiterlijk(uiterlijk)
        .casus(kenmerk)
        .status(status)
        .build();
  }

  private Gezinsplan gezinsplan(
      String kenmerk, LocalDate opgesteld, Professional zorgcoordinator, List<Partner> bedienen, SplittableRandom random) {
    Gezinsplan.Builder plan =
        Gezinsplan.builder()
            .addCasussen(kenmerk)
            .datumOpgesteld(opgesteld)
            .zorgcoordinator(zorgcoordinator)
            .oudersBetrokken(true);
    int doelen = 1 + random.nextInt(2);
    for (int i = 0; i < doelen; i++) {
      plan.addDoelen(
          Doel.builder()
              .omschrijving(Toeval.kies(Teksten.DOELEN, random))
              .status(Toeval.kans(0.3, random) ? Doel.Status.BEREIKT : Doel.Status.LOPEND)
              .build());
    }
    plan.addAfspraken(afspraak(kenmerk, opgesteld, bedienen, random));
    return plan.build();
  }
}
