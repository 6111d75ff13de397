package nl.cjg.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Casusstatus;
import nl.cjg.core.casus.Leefgebied;
import nl.cjg.core.casus.OndernomenActie;
import nl.cjg.core.casus.Toestemmer;
import nl.cjg.core.routing.Ernst;
import nl.cjg.core.routing.Omstandigheid;
import nl.cjg.core.routing.Veiligheidssignaal;

/**
 * The bespreekformulier as plain Java records, the shape a hand-written program would use: the
 * baseline of the JSON, memory and generation benchmarks. Absent values are {@code null},
 * identifiers are their canonical text, codes are the library's enums. Every record is a plain
 * carrier: it checks nothing.
 *
 * @param kenmerk the case's reference
 * @param datumInvulling the date the form was filled in
 * @param datumOverleg the date of the meeting, or null
 * @param aanmelder who brings the case in
 * @param kind the child
 * @param zorgcoordinator the zorgcoördinator, or null
 * @param toestemming the consent
 * @param inVerwijsindexGemeld whether the child is in the Verwijsindex
 * @param vragen the referrer's questions
 * @param doel the goal, or null
 * @param acties what was tried
 * @param betrokkenInstanties the agencies involved
 * @param schets the sketch per life domain
 * @param bijzonderheden particulars, or null
 * @param zorgen the severity per life domain
 * @param veiligheidssignalen the safety signals, in the case's order
 * @param samenwerkingMetOudersMogelijk whether cooperation with the parents is possible, or null
 * @param behandelaar who treats the case elsewhere, or null
 * @param omstandigheden the special circumstances, in the case's order
 * @param statusgeschiedenis the status history, oldest first
 */
public record CasusShape(
    String kenmerk,
    LocalDate datumInvulling,
    LocalDate datumOverleg,
    Aanmelder aanmelder,
    Kind kind,
    Professional zorgcoordinator,
    Toestemming toestemming,
    boolean inVerwijsindexGemeld,
    List<String> vragen,
    String doel,
    List<Actie> acties,
    List<Instantie> betrokkenInstanties,
    Map<Leefgebied, String> schets,
    String bijzonderheden,
    Map<Leefgebied, Ernst> zorgen,
    List<Veiligheidssignaal> veiligheidssignalen,
    Boolean samenwerkingMetOudersMogelijk,
    String behandelaar,
    List<Omstandigheid> omstandigheden,
    List<Status> statusgeschiedenis) {

  /**
   * The referrer.
   *
   * @param naam name
   * @param organisatie organisation, or null
   * @param functie function, or null
   * @param telefoonnummer phone, or null
   * @param emailadres e-mail, or null
   * @param werkdagen working days
   */
  public record Aanmelder(
      String naam, String organisatie, String functie, String telefoonnummer, String emailadres, Set<DayOfWeek> werkdagen) {}

  /**
   * The child.
   *
   * @param persoonsgegevens identifying data, or null
   * @param leeftijd age in years, or null
   * @param leeftijdsgroep age band, or null
   * @param kern the village, or null
   * @param oorspronkelijkeAanmelder first referrer, or null
   * @param kinderdagverblijfOfPeuterspeelzaal day care, or null
   * @param school school, or null
   * @param groepOfKlas class, or null
   * @param schoolloopbaan school career, or null
   * @param etniciteit ethnicity, or null
   */
  public record Kind(
      Persoonsgegevens persoonsgegevens,
      Integer leeftijd,
      Leeftijdsgroep leeftijdsgroep,
      Kern kern,
      String oorspronkelijkeAanmelder,
      String kinderdagverblijfOfPeuterspeelzaal,
      String school,
      String groepOfKlas,
      String schoolloopbaan,
      String etniciteit) {}

  /**
   * What identifies the child; every field but the names may be null.
   *
   * @param voornaam first name
   * @param achternaam surname
   * @param achternaamVader father's surname
   * @param achternaamMoeder mother's surname
   * @param geboortedatum birth date
   * @param straat street
   * @param huisnummer house number
   * @param postcode postcode, canonical
   * @param woonplaats town
   * @param bsn BSN, nine digits
   * @param telefoonnummer phone
   * @param emailadres e-mail
   */
  public record Persoonsgegevens(
      String voornaam,
      String achternaam,
      String achternaamVader,
      String achternaamMoeder,
      LocalDate geboortedatum,
      String straat,
      String huisnummer,
      String postcode,
      String woonplaats,
      String bsn,
      String telefoonnummer,
      String emailadres) {}

  /**
   * An age band.
   *
   * @param van lower bound
   * @param tot upper bound, exclusive
   * @param naam name
   */
  public record Leeftijdsgroep(int van, int tot, String naam) {}

  /**
   * A village.
   *
   * @param naam name
   * @param gemeente CBS code of the municipality
   * @param cluster cluster, or null
   */
  public record Kern(String naam, String gemeente, String cluster) {}

  /**
   * A professional.
   *
   * @param naam name, or null
   * @param organisatie organisation, or null
   * @param functie function, or null
   */
  public record Professional(String naam, String organisatie, String functie) {}

  /**
   * Consent.
   *
   * @param metToestemming with consent
   * @param besprokenMetOuders discussed with the parents
   * @param gegevenDoor who consented
   * @param redenAnoniem reason for anonymity, or null
   */
  public record Toestemming(
      boolean metToestemming, boolean besprokenMetOuders, Set<Toestemmer> gegevenDoor, String redenAnoniem) {}

  /**
   * An action tried.
   *
   * @param omschrijving what
   * @param gerichtOp at whom
   * @param effect effect, or null
   */
  public record Actie(String omschrijving, OndernomenActie.GerichtOp gerichtOp, String effect) {}

  /**
   * An agency involved.
   *
   * @param instantie the agency
   * @param periode the months, or null
   * @param wanneer when in words, or null
   */
  public record Instantie(String instantie, Periode periode, String wanneer) {}

  /**
   * A period of pieces of the calendar.
   *
   * @param van first piece
   * @param totEnMet last piece, or null
   * @param openEinde whether it has no end
   */
  public record Periode(Tijdvak van, Tijdvak totEnMet, boolean openEinde) {}

  /**
   * A piece of the calendar.
   *
   * @param soort the kind of piece
   * @param begin its first day
   */
  public record Tijdvak(nl.cjg.core.tijd.Tijdvak.Soort soort, LocalDate begin) {}

  /**
   * A step of the status history.
   *
   * @param status the status reached
   * @param datum the date
   */
  public record Status(Casusstatus status, LocalDate datum) {}

  /**
   * The same case as plain records, sharing the library value's strings and dates.
   *
   * @param casus the case
   * @return its plain shape
   */
  public static CasusShape of(Casus casus) {
    nl.cjg.core.casus.Aanmelder a = casus.aanmelder();
    nl.cjg.core.casus.Toestemming t = casus.toestemming();
    Map<Leefgebied, String> schets = casus.schets().isEmpty() ? Map.of() : new EnumMap<>(casus.schets());
    return new CasusShape(
        casus.kenmerk(),
        casus.datumInvulling(),
        casus.datumOverleg().orElse(null),
        new Aanmelder(
            a.naam(),
            a.organisatie().orElse(null),
            a.functie().orElse(null),
            a.telefoonnummer().orElse(null),
            a.emailadres().orElse(null),
            a.werkdagen().isEmpty() ? Set.of() : EnumSet.copyOf(a.werkdagen())),
        kind(casus.kind()),
        casus.zorgcoordinator().map(CasusShape::professional).orElse(null),
        new Toestemming(
            t.metToestemming(),
            t.besprokenMetOuders(),
            t.gegevenDoor().isEmpty() ? Set.of() : EnumSet.copyOf(t.gegevenDoor()),
            t.redenAnoniem().orElse(null)),
        casus.inVerwijsindexGemeld(),
        List.copyOf(casus.vragen()),
        casus.doel().orElse(null),
        casus.acties().stream().map(x -> new Actie(x.omschrijving(), x.gerichtOp(), x.effect().orElse(null))).toList(),
        casus.betrokkenInstanties().stream()
            .map(i -> new Instantie(
                i.instantie(), i.periode().map(CasusShape::periode).orElse(null), i.wanneer().orElse(null)))
            .toList(),
        schets,
        casus.bijzonderheden().orElse(null),
        casus.zorgen().isEmpty() ? Map.of() : new EnumMap<>(casus.zorgen()),
        List.copyOf(casus.veiligheidssignalen()),
        casus.samenwerkingMetOudersMogelijk().orElse(null),
        casus.behandelaar().orElse(null),
        List.copyOf(casus.omstandigheden()),
        casus.statusgeschiedenis().wijzigingen().stream().map(s -> new Status(s.status(), s.datum())).toList());
  }

  private static Kind kind(nl.cjg.core.casus.Kind kind) {
    return new Kind(
        kind.persoonsgegevens().map(CasusShape::persoonsgegevens).orElse(null),
        kind.leeftijd().orElse(null),
        kind.leeftijdsgroep().map(g -> new Leeftijdsgroep(g.van(), g.tot(), g.naam())).orElse(null),
        kind.kern().map(k -> new Kern(k.naam(), k.gemeente().value(), k.cluster().orElse(null))).orElse(null),
        kind.oorspronkelijkeAanmelder().orElse(null),
        kind.kinderdagverblijfOfPeuterspeelzaal().orElse(null),
        kind.school().orElse(null),
        kind.groepOfKlas().orElse(null),
        kind.schoolloopbaan().orElse(null),
        kind.etniciteit().orElse(null));
  }

  private static Persoonsgegevens persoonsgegevens(nl.cjg.core.casus.Persoonsgegevens p) {
    return new Persoonsgegevens(
        p.voornaam(),
        p.achternaam(),
        p.achternaamVader().orElse(null),
        p.achternaamMoeder().orElse(null),
        p.geboortedatum().orElse(null),
        p.straat().orElse(null),
        p.huisnummer().orElse(null),
        p.postcode().map(nl.cjg.core.id.Postcode::value).orElse(null),
        p.woonplaats().orElse(null),
        p.bsn().map(nl.cjg.core.id.Bsn::value).orElse(null),
        p.telefoonnummer().orElse(null),
        p.emailadres().orElse(null));
  }

  private static Professional professional(nl.cjg.core.casus.Professional p) {
    return new Professional(p.naam().orElse(null), p.organisatie().orElse(null), p.functie().orElse(null));
  }

  private static Periode periode(nl.cjg.core.tijd.Periode p) {
    return new Periode(tijdvak(p.van()), p.totEnMet().map(CasusShape::tijdvak).orElse(null), p.openEinde());
  }

  private static Tijdvak tijdvak(nl.cjg.core.tijd.Tijdvak t) {
    return new Tijdvak(t.soort(), t.begin());
  }
}
