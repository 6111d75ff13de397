package nl.cjg.core.verwijsindex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.cjg.core.id.Bsn;
import nl.cjg.core.populatie.Leeftijd;

/** Properties of matching and expiry; BSNs from the test range 9999xxxxx. */
class VerwijsindexProperties {
  private static final LocalDate START = LocalDate.of(2010, 1, 1);

  @Property
  void aMatchIsSymmetricAndNeverPairsAnOrganisationWithItself(
      @ForAll("signalen") List<Signaal> signalen, @ForAll("datums") LocalDate datum) {
    for (Match match : Verwijsindex.matches(signalen, datum)) {
      for (String organisatie : match.organisaties()) {
        List<String> anderen = match.anderen(organisatie);
        assertFalse(anderen.stream().anyMatch(ander -> Match.key(ander).equals(Match.key(organisatie))));
        assertEquals(match.organisaties().size() - 1, anderen.size());
        for (String ander : anderen) {
          assertTrue(match.anderen(ander).contains(organisatie), "told of each other");
        }
      }
    }
  }

  @Property
  void noExpiredOrWithdrawnSignalEverMatches(@ForAll("signalen") List<Signaal> signalen, @ForAll("datums") LocalDate datum) {
    List<Match> matches = Verwijsindex.matches(signalen, datum);
    for (Match match : matches) {
      for (String organisatie : match.organisaties()) {
        assertTrue(signalen.stream().anyMatch(s -> s.bsn().equals(match.bsn())
            && Match.key(s.organisatie()).equals(Match.key(organisatie))
            && s.datumIntrekking().map(datum::isBefore).orElse(true)
            && Verwijsindex.isActief(s, datum)));
      }
    }
    assertEquals(matches, Verwijsindex.matches(Verwijsindex.actieveSignalen(signalen, datum), datum),
        "inactive signals change nothing");
  }

  @Property
  void everyYoungPersonWithActiveSignalsOfTwoOrganisationsHasAMatch(
      @ForAll("signalen") List<Signaal> signalen, @ForAll("datums") LocalDate datum) {
    List<Signaal> actief = Verwijsindex.actieveSignalen(signalen, datum);
    Set<Bsn> expected = actief.stream().map(Signaal::bsn).distinct()
        .filter(bsn -> actief.stream().filter(s -> s.bsn().equals(bsn)).map(s -> Match.key(s.organisatie())).distinct()
            .count() >= 2)
        .collect(Collectors.toSet());
    assertEquals(expected, Verwijsindex.matches(signalen, datum).stream().map(Match::bsn).collect(Collectors.toSet()));
  }

  @Property
  void aSignalIsActiveFromRegistrationUntilTheFirstOfWithdrawalTwoYearsAndTheTwentyThirdBirthday(
      @ForAll("signaal") Signaal signaal, @ForAll("datums") LocalDate datum) {
    LocalDate tweeJaar = signaal.datumRegistratie().plusYears(2);
    LocalDate verjaardag = Leeftijd.verjaardag(signaal.geboortedatum(), 23);
    LocalDate eerste = tweeJaar.isBefore(verjaardag) ? tweeJaar : verjaardag;
    if (signaal.datumIntrekking().isPresent() && signaal.datumIntrekking().get().isBefore(eerste)) {
      eerste = signaal.datumIntrekking().get();
    }
    assertEquals(eerste, Verwijsindex.verval(signaal).datum());
    boolean actief = !datum.isBefore(signaal.datumRegistratie()) && datum.isBefore(eerste);
    assertEquals(actief, Verwijsindex.isActief(signaal, datum));
    assertTrue(!actief || datum.isBefore(signaal.geboortedatum()) || Leeftijd.opDatum(signaal.geboortedatum(), datum) < 23);
  }

  @Provide
  Arbitrary<LocalDate> datums() {
    return Arbitraries.integers().between(0, 7 * 365).map(START::plusDays);
  }

  @Provide
  Arbitrary<List<Signaal>> signalen() {
    return signaal().list().ofMaxSize(8);
  }

  @Provide
  Arbitrary<Signaal> signaal() {
    Arbitrary<Bsn> bsns = Arbitraries.of("999900006", "999900018", "999900031").map(Bsn::parse);
    Arbitrary<String> organisaties =
        Arbitraries.of("GGD Hollands Noorden", "ggd hollands noorden ", "Bureau Jeugdzorg", "Stichting de Wering");
    Arbitrary<LocalDate> registratie = datums();
    Arbitrary<LocalDate> geboren = Arbitraries.integers().between(0, 25 * 365).map(LocalDate.of(1988, 2, 29)::plusDays);
    Arbitrary<Integer> intrekkingNa = Arbitraries.integers().between(0, 1000).injectNull(0.5);
    return Combinators.combine(bsns, organisaties, registratie, geboren, intrekkingNa)
        .as((bsn, organisatie, op, geboortedatum, na) -> {
          Signaal.Builder builder =
              Signaal.builder().bsn(bsn).organisatie(organisatie).datumRegistratie(op).geboortedatum(geboortedatum);
          if (na != null) {
            builder.datumIntrekking(op.plusDays(na));
          }
          return builder.build();
        });
  }
}
