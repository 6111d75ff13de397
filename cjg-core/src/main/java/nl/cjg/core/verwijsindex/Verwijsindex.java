package nl.cjg.core.verwijsindex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.cjg.core.id.Bsn;
import nl.cjg.core.populatie.Leeftijd;

/**
 * The functions of the Verwijsindex over a list of {@link Signaal}s and a date: which signals are
 * active, when each expires, and the matches that tell organisations of each other.
 *
 * <p>A signal is active from its registration up to, not including, its expiry date
 * ({@link #verval(Signaal)}): the first of
 * <ul>
 *   <li>the day of withdrawal (a signal withdrawn on a day is no longer active that day);
 *   <li>the 23rd birthday, from {@link Leeftijd#verjaardag} (someone born on 29 February turns 23
 *       on 1 March in a year without leap day);
 *   <li>two years after registration, by the calendar ({@link LocalDate#plusYears}): a signal
 *       registered on 29 February expires on 28 February two years later, so it is never kept
 *       longer than two years.
 * </ul>
 * Death also ends a signal; a signal does not record it, so a withdrawn signal stands for it.
 *
 * <p>Pure functions: "today" is an argument. Nothing here logs, and no result shows a BSN in its
 * {@code toString}. This class is stateless and thread-safe.
 */
public final class Verwijsindex {
  /** The years a signal is kept at most. */
  public static final int BEWAARTERMIJN_JAREN = 2;

  /** The birthday on which the Verwijsindex stops serving a young person. */
  public static final int EINDLEEFTIJD = 23;

  private Verwijsindex() {}

  /**
   * When and why {@code signaal} stops being active; on a tie, the first reason in the order of
   * {@link Verval.Reden}.
   *
   * @param signaal the signal
   * @return the first day it is no longer active, with the reason
   */
  public static Verval verval(Signaal signaal) {
    LocalDate verjaardag = Leeftijd.verjaardag(signaal.geboortedatum(), EINDLEEFTIJD);
    Verval verval = Verval.of(verjaardag, Verval.Reden.DRIEENTWINTIGSTE_VERJAARDAG);
    LocalDate tweeJaar = signaal.datumRegistratie().plusYears(BEWAARTERMIJN_JAREN);
    if (tweeJaar.isBefore(verval.datum())) {
      verval = Verval.of(tweeJaar, Verval.Reden.TWEE_JAAR_NA_REGISTRATIE);
    }
    if (signaal.datumIntrekking().isPresent() && !signaal.datumIntrekking().get().isAfter(verval.datum())) {
      verval = Verval.of(signaal.datumIntrekking().get(), Verval.Reden.INGETROKKEN);
    }
    return verval;
  }

  /**
   * Whether {@code signaal} is active on {@code datum}: registered on or before it, and
   * {@code datum} before its expiry date.
   *
   * @param signaal the signal
   * @param datum the day of interest, "today"
   * @return whether the signal is active that day
   */
  public static boolean isActief(Signaal signaal, LocalDate datum) {
    Objects.requireNonNull(datum, "datum");
    return !datum.isBefore(signaal.datumRegistratie()) && datum.isBefore(verval(signaal).datum());
  }

  /**
   * The signals active on {@code datum}, in the order of {@code signalen}.
   *
   * @param signalen the signals of the index
   * @param datum the day of interest, "today"
   * @return the active ones
   */
  public static List<Signaal> actieveSignalen(List<Signaal> signalen, LocalDate datum) {
    Objects.requireNonNull(datum, "datum");
    return signalen.stream().filter(signaal -> isActief(signaal, datum)).toList();
  }

  /**
   * The matches on {@code datum}: for every young person (BSN) with active signals of two or more
   * different organisations, one match naming them, in the order of their first active signal;
   * matches in the order of the first active signal for each BSN. Expired and withdrawn signals
   * never match; several signals of one organisation count once.
   *
   * @param signalen the signals of the index
   * @param datum the day of interest, "today"
   * @return the matches
   */
  public static List<Match> matches(List<Signaal> signalen, LocalDate datum) {
    Map<Bsn, Map<String, String>> organisatiesPerBsn = new LinkedHashMap<>();
    for (Signaal signaal : actieveSignalen(signalen, datum)) {
      organisatiesPerBsn
          .computeIfAbsent(signaal.bsn(), bsn -> new LinkedHashMap<>())
          .putIfAbsent(Match.key(signaal.organisatie()), signaal.organisatie().strip());
    }
    List<Match> matches = new ArrayList<>();
    organisatiesPerBsn.forEach((bsn, organisaties) -> {
      if (organisaties.size() >= 2) {
        matches.add(Match.builder().bsn(bsn).addAllOrganisaties(organisaties.values()).build());
      }
    });
    return List.copyOf(matches);
  }
}
