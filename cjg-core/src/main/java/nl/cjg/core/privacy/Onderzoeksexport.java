package nl.cjg.core.privacy;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import nl.cjg.core.aanbod.Aanbod;
import nl.cjg.core.casus.Aanmelder;
import nl.cjg.core.casus.BetrokkenInstantie;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Kind;
import nl.cjg.core.casus.Persoonsgegevens;
import nl.cjg.core.id.Pseudoniem;
import nl.cjg.core.overleg.Agendaplanning;
import nl.cjg.core.overleg.Casusoverleg;
import nl.cjg.core.partner.Partner;
import nl.cjg.core.populatie.Doelgroep;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.populatie.Leeftijdsindeling;
import nl.cjg.core.populatie.Leeftijdsindelingen;
import nl.cjg.core.populatie.Populatie;
import nl.cjg.core.werkplan.Werkplan;

/**
 * Turns a dataset into a research export: records without identifying data whose statistics equal
 * those of the source. Per case ({@link Casus}):
 *
 * <ul>
 *   <li>the child's identifying data ({@link Kind#persoonsgegevens()}: names, birth date, street,
 *       house number, postcode, woonplaats, BSN, phone, e-mail) are removed; the child gets a
 *       {@link Kind#pseudoniem() pseudonym} of its BSN or, when the BSN is not known (the
 *       bespreekformulier has no field for it), of its name and birth date; the birth date the age in whole years on the form's
 *       date (or, with {@link #inLeeftijdsgroepen}, the band of that age); the {@link Kind#kern()}
 *       is kept;
 *   <li>the names of the referrer and the zorgcoördinator and the case's kenmerk become pseudonyms
 *       (the same name gives the same pseudonym throughout the export); the referrer's phone and
 *       e-mail are removed;
 *   <li>free text about the family, which may name anyone, is removed: the questions, goal, sketch
 *       per leefgebied, particulars, the actions tried, when agencies were involved in words, school
 *       career and ethnicity, and the quasi-identifiers school, class and day care.
 * </ul>
 *
 * What is kept: dates of the form, meeting and status history, consent (with the reason for
 * anonymity, which rule {@code TOESTEMMING-002} requires), the Verwijsindex flag, organisations,
 * functions, working days, the agencies involved and their periods. So the kern × age band counts,
 * the status counts and, with ages in years, the validation outcome of every case are those of the
 * source, with one exception: a birth date after the form's date (refused in the source by rule
 * {@code CASUS-001}) gives no age (refused in the export by rule {@code CASUS-002}). With ages in
 * bands ({@link #inLeeftijdsgroepen}) the counts per band stay equal, but a rule that needs the
 * exact age, such as whose consent the child's age asks ({@code TOESTEMMING-001}), may no longer
 * be decided as in the source when a band spans 12 or 16.
 *
 * <p>Such an export is pseudonymous, not anonymous: with the key, or with a kern and an exact age,
 * a child of a small kern can be found again. {@link #anoniem()} coarsens it as the anonymity
 * rules ask of an anonymous case: age bands of at least four years, small kernen left out.
 *
 * <p>Per meeting ({@link Casusoverleg}) and planning ({@link Agendaplanning}): every name becomes
 * its pseudonym and every case kenmerk the pseudonym it has in the exported cases, so that a
 * meeting still refers to the cases it discussed; dates, minutes, roles, organisations and the
 * parents' presence are kept; a meeting's afsprakenlijst, free text about the family, is left out,
 * and a planning's requests are put back in planning order, which breaks ties by kenmerk.
 *
 * <p>Records that hold no personal data pass unchanged: {@link Partner}, {@link Aanbod}, {@link
 * Populatie}, {@link Doelgroep} and the CJG's own {@link Werkplan}. All others are left out of the
 * export: Verwijsindex signals (BSNs and birth dates), family plans (free text about the family),
 * plans of approach and communication plans (the people who act, by name), and any record of
 * another type. So the {@link nl.cjg.core.stats.operational.OperationalFigures operational figures}
 * of an export in years equal those of its source, except the count of other records, which lacks
 * the records left out. Tables for publication from an export come from those figures'
 * {@code publish()}, protected together by the standard disclosure control as the source's would be:
 * the export removes identifying data from records, it does not make small counts safe to publish.
 * Immutable and thread-safe.
 */
public final class Onderzoeksexport {
  private final Pseudonimisering pseudonimisering;
  private final Overlegexport overleg;
  private final Optional<Leeftijdsindeling> indeling;
  private final boolean anoniem;

  private Onderzoeksexport(Pseudonimisering pseudonimisering, Optional<Leeftijdsindeling> indeling, boolean anoniem) {
    this.pseudonimisering = pseudonimisering;
    this.overleg = new Overlegexport(pseudonimisering);
    this.indeling = indeling;
    this.anoniem = anoniem;
  }

  /**
   * An export that gives ages in whole years and pseudonyms under {@code pseudonimisering}.
   *
   * @param pseudonimisering the key and purpose of the pseudonyms
   * @return the export
   */
  public static Onderzoeksexport of(Pseudonimisering pseudonimisering) {
    return new Onderzoeksexport(Objects.requireNonNull(pseudonimisering, "pseudonimisering"), Optional.empty(), false);
  }

  /**
   * This export, giving each age known in years (from a birth date or as years) as its band in
   * {@code leeftijdsindeling} instead; an age outside every band is left out. An age band in the
   * source is kept as it is.
   *
   * @param leeftijdsindeling the bands, for example the CBS youth-care bands
   * @return the coarser export
   */
  public Onderzoeksexport inLeeftijdsgroepen(Leeftijdsindeling leeftijdsindeling) {
    return new Onderzoeksexport(pseudonimisering, Optional.of(leeftijdsindeling), anoniem);
  }

  /**
   * This export, coarsened as an anonymous case must be ({@link Casus.Anonimiteit}, rules {@code
   * ANONIEM-001} to {@code ANONIEM-003}): every age known in years becomes its CJG service band
   * (0–4, 4–12, 12–19, 19–23) unless {@link #inLeeftijdsgroepen} chose other bands; an age band
   * narrower than {@value Casus.Anonimiteit#MIN_BREEDTE_LEEFTIJDSGROEP} years is widened to the
   * service band that holds it, or left out when none does; a small kern ({@link
   * Casus.Anonimiteit#isKleineKern}) is left out. School, class, school career, ethnicity and day
   * care are left out by every export. The counts per kern × band then equal the source's for every
   * kern that is not small; the cases of a small kern count for the municipality only.
   *
   * @return the coarser export
   */
  public Onderzoeksexport anoniem() {
    return new Onderzoeksexport(pseudonimisering, indeling, true);
  }

  /**
   * The research export of a dataset, record by record and in order, lazily.
   *
   * @param records the source records, of any type
   * @return the exported records: cases, meetings and plannings exported, records without
   *     personal data unchanged, others left out
   */
  public Stream<Object> records(Stream<?> records) {
    return records.flatMap(record -> record(record).stream());
  }

  private Optional<Object> record(Object record) {
    if (record instanceof Casus casus) {
      return Optional.of(casus(casus));
    }
    if (record instanceof Casusoverleg casusoverleg) {
      return Optional.of(casusoverleg(casusoverleg));
    }
    if (record instanceof Agendaplanning agendaplanning) {
      return Optional.of(agendaplanning(agendaplanning));
    }
    boolean zonderPersoonsgegevens =
        record instanceof Partner
            || record instanceof Aanbod
            || record instanceof Populatie
            || record instanceof Doelgroep
            || record instanceof Werkplan;
    return zonderPersoonsgegevens ? Optional.of(record) : Optional.empty();
  }

  /**
   * The research form of one meeting: names and case kenmerken by pseudonym, the afsprakenlijst
   * left out.
   *
   * @param bron the meeting
   * @return the meeting without names or case references
   */
  public Casusoverleg casusoverleg(Casusoverleg bron) {
    return overleg.casusoverleg(bron);
  }

  /**
   * The research form of one planning: every request's kenmerk by its pseudonym.
   *
   * @param bron the planning
   * @return the planning without case references
   */
  public Agendaplanning agendaplanning(Agendaplanning bron) {
    return overleg.agendaplanning(bron);
  }

  /**
   * The research form of one case.
   *
   * @param bron the case
   * @return the case without identifying data
   */
  public Casus casus(Casus bron) {
    return Casus.builder()
        .kenmerk(overleg.kenmerk(bron.kenmerk()))
        .datumInvulling(bron.datumInvulling())
        .datumOverleg(bron.datumOverleg())
        .aanmelder(aanmelder(bron.aanmelder()))
        .kind(kind(bron))
        .zorgcoordinator(bron.zorgcoordinator().map(overleg::professional))
        .toestemming(bron.toestemming())
        .inVerwijsindexGemeld(bron.inVerwijsindexGemeld())
        .addAllBetrokkenInstanties(bron.betrokkenInstanties().stream().map(Onderzoeksexport::instantie).toList())
        .statusgeschiedenis(bron.statusgeschiedenis())
        .build();
  }

  private Aanmelder aanmelder(Aanmelder bron) {
    return Aanmelder.builder()
        .naam(overleg.naam(bron.naam()))
        .organisatie(bron.organisatie())
        .functie(bron.functie())
        .werkdagen(bron.werkdagen())
        .build();
  }

  private static BetrokkenInstantie instantie(BetrokkenInstantie bron) {
    return BetrokkenInstantie.builder().instantie(bron.instantie()).periode(bron.periode()).build();
  }

  private Kind kind(Casus bron) {
    Kind kind = bron.kind();
    Kind.Builder uit =
        Kind.builder()
            .pseudoniem(kind.persoonsgegevens().map(this::pseudoniem))
            .kern(anoniem ? kind.kern().filter(kern -> !Casus.Anonimiteit.isKleineKern(kern)) : kind.kern())
            .oorspronkelijkeAanmelder(kind.oorspronkelijkeAanmelder());
    Optional<Integer> jaren = kind.geboortedatum().isPresent() ? exacteLeeftijd(bron) : kind.leeftijd();
    Optional<Leeftijdsindeling> groepen = anoniem ? indeling.or(() -> Optional.of(Leeftijdsindelingen.CJG_LEEFTIJDSGROEPEN)) : indeling;
    if (jaren.isEmpty()) {
      return uit.leeftijdsgroep(kind.leeftijdsgroep().flatMap(this::groepZonderEnkelJaar)).build();
    }
    if (groepen.isPresent()) {
      Optional<Leeftijdsgroep> groep = groepen.get().groepVoor(jaren.get()).flatMap(this::groepZonderEnkelJaar);
      return uit.leeftijdsgroep(groep).build();
    }
    if (jaren.get() > Kind.MAX_LEEFTIJD) {
      return uit.leeftijdsgroep(Leeftijdsgroep.of(jaren.get(), jaren.get() + 1)).build();
    }
    return uit.leeftijd(jaren).build();
  }

  /**
   * The child's pseudonym: of the BSN when known, else of name and birth date, as the
   * bespreekformulier identifies a child; without a birth date, of the name alone.
   */
  private Pseudoniem pseudoniem(Persoonsgegevens persoon) {
    if (persoon.bsn().isPresent()) {
      return pseudonimisering.van(persoon.bsn().get());
    }
    return persoon.geboortedatum()
        .map(datum -> pseudonimisering.vanKind(persoon.voornaam(), persoon.achternaam(), datum))
        .orElseGet(() -> pseudonimisering.vanNaam(persoon.voornaam() + " " + persoon.achternaam()));
  }

  /**
   * A band from the source as this export gives it: unchanged, or, in an anonymous export, a band
   * narrower than the minimum widened to the CJG service band that holds it (empty when none does).
   */
  private Optional<Leeftijdsgroep> groepZonderEnkelJaar(Leeftijdsgroep groep) {
    if (!anoniem || Casus.Anonimiteit.isBreedGenoeg(groep)) {
      return Optional.of(groep);
    }
    return Leeftijdsindelingen.CJG_LEEFTIJDSGROEPEN.groepen().stream().filter(groep::ligtBinnen).findFirst();
  }

  /** The age in years on the form's date; empty when the birth date lies after it. */
  private static Optional<Integer> exacteLeeftijd(Casus bron) {
    return bron.leeftijdenKind().map(Leeftijdsgroep::van);
  }
}
