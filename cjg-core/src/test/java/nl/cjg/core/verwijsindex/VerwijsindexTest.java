package nl.cjg.core.verwijsindex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.id.Bsn;
import org.junit.jupiter.api.Test;

/** Activity, expiry and matches of Verwijsindex signals; BSNs from the test range 9999xxxxx. */
class VerwijsindexTest {
  private static final Bsn FENNA = Bsn.parse("999900006");
  private static final Bsn DAAN = Bsn.parse("999900018");
  private static final Bsn SEM = Bsn.parse("999900031");
  private static final LocalDate REGISTRATIE = LocalDate.of(2012, 5, 7);

  private static Signaal signaal(Bsn bsn, String organisatie, LocalDate registratie, LocalDate geboren) {
    return Signaal.builder().bsn(bsn).organisatie(organisatie).datumRegistratie(registratie).geboortedatum(geboren).build();
  }

  private static Signaal signaal(Bsn bsn, String organisatie) {
    return signaal(bsn, organisatie, REGISTRATIE, LocalDate.of(2003, 2, 14));
  }

  @Test
  void aSignalIsKeptAtMostTwoYears() {
    Signaal signaal = signaal(FENNA, "GGD Hollands Noorden");
    assertEquals(Verval.of(LocalDate.of(2014, 5, 7), Verval.Reden.TWEE_JAAR_NA_REGISTRATIE), Verwijsindex.verval(signaal));
    assertFalse(Verwijsindex.isActief(signaal, REGISTRATIE.minusDays(1)));
    assertTrue(Verwijsindex.isActief(signaal, REGISTRATIE));
    assertTrue(Verwijsindex.isActief(signaal, LocalDate.of(2014, 5, 6)));
    assertFalse(Verwijsindex.isActief(signaal, LocalDate.of(2014, 5, 7)));
  }

  @Test
  void aSignalRegisteredOnALeapDayIsNotKeptLongerThanTwoYears() {
    Signaal signaal = signaal(FENNA, "GGD Hollands Noorden", LocalDate.of(2012, 2, 29), LocalDate.of(2003, 2, 14));
    assertEquals(LocalDate.of(2014, 2, 28), Verwijsindex.verval(signaal).datum());
  }

  @Test
  void aSignalEndsOnTheTwentyThirdBirthday() {
    Signaal signaal = signaal(DAAN, "Stichting de Wering", REGISTRATIE, LocalDate.of(1990, 3, 1));
    assertEquals(Verval.of(LocalDate.of(2013, 3, 1), Verval.Reden.DRIEENTWINTIGSTE_VERJAARDAG), Verwijsindex.verval(signaal));
    assertTrue(Verwijsindex.isActief(signaal, LocalDate.of(2013, 2, 28)));
    assertFalse(Verwijsindex.isActief(signaal, LocalDate.of(2013, 3, 1)));
  }

  @Test
  void someoneBornOnALeapDayTurnsTwentyThreeOnTheFirstOfMarch() {
    Signaal signaal = signaal(DAAN, "Stichting de Wering", LocalDate.of(2014, 1, 10), LocalDate.of(1992, 2, 29));
    assertEquals(LocalDate.of(2015, 3, 1), Verwijsindex.verval(signaal).datum());
    assertTrue(Verwijsindex.isActief(signaal, LocalDate.of(2015, 2, 28)));
  }

  @Test
  void aWithdrawnSignalIsNoLongerActiveOnTheDayOfWithdrawal() {
    Signaal signaal =
        Signaal.builder().from(signaal(SEM, "Bureau Jeugdzorg")).datumIntrekking(LocalDate.of(2013, 1, 1)).build();
    assertEquals(Verval.of(LocalDate.of(2013, 1, 1), Verval.Reden.INGETROKKEN), Verwijsindex.verval(signaal));
    assertTrue(Verwijsindex.isActief(signaal, LocalDate.of(2012, 12, 31)));
    assertFalse(Verwijsindex.isActief(signaal, LocalDate.of(2013, 1, 1)));

    Signaal zelfdeDag = Signaal.builder().from(signaal).datumIntrekking(REGISTRATIE).build();
    assertFalse(Verwijsindex.isActief(zelfdeDag, REGISTRATIE), "withdrawn on the day of registration: never active");
  }

  @Test
  void onATieTheFirstReasonIsGiven() {
    Signaal signaal =
        Signaal.builder().from(signaal(SEM, "Bureau Jeugdzorg")).datumIntrekking(LocalDate.of(2014, 5, 7)).build();
    assertEquals(Verval.Reden.INGETROKKEN, Verwijsindex.verval(signaal).reden());
    Signaal beide = signaal(SEM, "Bureau Jeugdzorg", LocalDate.of(2011, 3, 1), LocalDate.of(1990, 3, 1));
    assertEquals(Verval.of(LocalDate.of(2013, 3, 1), Verval.Reden.DRIEENTWINTIGSTE_VERJAARDAG), Verwijsindex.verval(beide));
  }

  @Test
  void twoOrMoreDifferentOrganisationsWithActiveSignalsForOneYoungPersonMatch() {
    LocalDate vandaag = LocalDate.of(2012, 9, 1);
    Signaal ggd = signaal(FENNA, "GGD Hollands Noorden");
    Signaal bjz = signaal(FENNA, "Bureau Jeugdzorg");
    Signaal ggdNogmaals = signaal(FENNA, " ggd hollands noorden ");
    Signaal alleen = signaal(DAAN, "GGD Hollands Noorden");
    Signaal wering = signaal(SEM, "Stichting de Wering");
    Signaal ingetrokken = Signaal.builder().from(signaal(SEM, "Bureau Jeugdzorg")).datumIntrekking(vandaag).build();
    List<Signaal> signalen = List.of(ggd, alleen, bjz, wering, ggdNogmaals, ingetrokken);

    assertEquals(List.of(ggd, alleen, bjz, wering, ggdNogmaals), Verwijsindex.actieveSignalen(signalen, vandaag));
    List<Match> matches = Verwijsindex.matches(signalen, vandaag);
    assertEquals(1, matches.size());
    Match match = matches.get(0);
    assertEquals(FENNA, match.bsn());
    assertEquals(List.of("GGD Hollands Noorden", "Bureau Jeugdzorg"), match.organisaties());
    assertEquals(
        Map.of("GGD Hollands Noorden", List.of("Bureau Jeugdzorg"), "Bureau Jeugdzorg", List.of("GGD Hollands Noorden")),
        match.meldingen());
    assertEquals(List.of("Bureau Jeugdzorg"), match.anderen("ggd hollands noorden"));
    assertEquals(List.of(), match.anderen("Politie"));

    assertEquals(List.of(), Verwijsindex.matches(signalen, vandaag.plusYears(2)), "all expired");
    assertEquals(List.of(), Verwijsindex.matches(signalen, REGISTRATIE.minusDays(1)), "none registered yet");
  }

  @Test
  void aMatchNeverShowsTheBsn() {
    Match match = Match.builder().bsn(FENNA).addOrganisaties("GGD Hollands Noorden", "Bureau Jeugdzorg").build();
    assertFalse(match.toString().contains(FENNA.value()));
    assertFalse(Verwijsindex.verval(signaal(FENNA, "GGD")).toString().contains(FENNA.value()));
  }

  @Test
  void aMatchHoldsTwoOrMoreDifferentOrganisations() {
    InvalidValueException een =
        assertThrows(InvalidValueException.class, () -> Match.builder().bsn(FENNA).addOrganisaties("GGD").build());
    assertEquals(Match.ORGANISATIONS_CODE, een.code());
    InvalidValueException zelfde =
        assertThrows(InvalidValueException.class, () -> Match.builder().bsn(FENNA).addOrganisaties("GGD", " ggd").build());
    assertEquals("MATCH-S01", zelfde.code());
  }
}
