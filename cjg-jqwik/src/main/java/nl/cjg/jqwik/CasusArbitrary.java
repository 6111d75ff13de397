package nl.cjg.jqwik;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import nl.cjg.core.casus.Aanmelder;
import nl.cjg.core.casus.BetrokkenInstantie;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Casusstatus;
import nl.cjg.core.casus.Kind;
import nl.cjg.core.casus.Leefgebied;
import nl.cjg.core.casus.OndernomenActie;
import nl.cjg.core.casus.Persoonsgegevens;
import nl.cjg.core.casus.Professional;
import nl.cjg.core.casus.Statusgeschiedenis;
import nl.cjg.core.casus.Toestemming.Toestemmingsleeftijd;
import nl.cjg.core.casus.Toestemming;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijd;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.populatie.Leeftijdsindelingen;
import nl.cjg.core.routing.Ernst;
import nl.cjg.core.routing.Omstandigheid;
import nl.cjg.core.routing.Veiligheidssignaal;

/**
 * Cases (bespreekformulieren) that pass {@code CjgValidator}, narrowed fluently:
 * {@code CjgArbitraries.casus().anoniem().leeftijd(12, 16).kern(BergenKernen.SCHOORL)}.
 *
 * <p>By default a case is anonymous or discussed with consent, of a child aged 0 to 23 on the
 * form's date, living in one of Bergen's kernen. A case with consent identifies the child by a
 * birth date and, sometimes, a BSN from the test range; its consent is exactly what the WGBO asks
 * at that age. An anonymous case gives the age as a CJG band and a reason, and keeps no
 * quasi-identifier (rules {@code ANONIEM-001} to {@code ANONIEM-003}): no school, and no kern when
 * the kern is small, even if {@link #kern} asked for it. Edge cases
 * include ages at band borders (0, 4, 12, 16, 19, 23), a form filled in on a birthday or on the
 * day before the next one, a birth date of 29 February, and cases with every optional field
 * empty. A case grades every sketched leefgebied and names safety signals only beside a concern of
 * at least {@code zorg}, so that it keeps rules CASUS-010 and CASUS-011. Each narrowing returns a new arbitrary; this one is immutable.
 */
public final class CasusArbitrary extends ArbitraryDecorator<Casus> {
  /** The highest age the CJG serves: "t/m 23 jaar". */
  public static final int MAX_LEEFTIJD = 23;

  private static final LocalDate SCHRIKKELDAG = LocalDate.of(2004, 2, 29);

  /** The borders of the CJG service bands and of the consent ages. */
  private static final List<Integer> GRENZEN = List.of(0, 4, 12, 16, 19, 23);

  private final Optional<Boolean> anoniem;
  private final int minLeeftijd;
  private final int maxLeeftijd;
  private final List<Kern> kernen;

  CasusArbitrary() {
    this(Optional.empty(), 0, MAX_LEEFTIJD, BergenKernen.all());
  }

  private CasusArbitrary(Optional<Boolean> anoniem, int minLeeftijd, int maxLeeftijd, List<Kern> kernen) {
    this.anoniem = anoniem;
    this.minLeeftijd = minLeeftijd;
    this.maxLeeftijd = maxLeeftijd;
    this.kernen = List.copyOf(kernen);
  }

  /** Only cases discussed without consent: anonymous, without identifying data. */
  public CasusArbitrary anoniem() {
    return new CasusArbitrary(Optional.of(true), minLeeftijd, maxLeeftijd, kernen);
  }

  /** Only cases discussed with consent, which identify the child. */
  public CasusArbitrary metToestemming() {
    return new CasusArbitrary(Optional.of(false), minLeeftijd, maxLeeftijd, kernen);
  }

  /**
   * Only children aged {@code min} to {@code max} (both included) on the form's date.
   *
   * @param min the lowest age, at least 0
   * @param max the highest age, from {@code min} to {@value #MAX_LEEFTIJD}
   * @return the narrowed arbitrary
   * @throws IllegalArgumentException when not {@code 0 <= min <= max <= 23}
   */
  public CasusArbitrary leeftijd(int min, int max) {
    if (min < 0 || min > max || max > MAX_LEEFTIJD) {
      throw new IllegalArgumentException("ages must satisfy 0 <= min <= max <= " + MAX_LEEFTIJD);
    }
    return new CasusArbitrary(anoniem, min, max, kernen);
  }

  /**
   * Only children living in one of these kernen.
   *
   * @param kernen at least one kern
   * @return the narrowed arbitrary
   */
  public CasusArbitrary kern(Kern... kernen) {
    if (kernen.length == 0) {
      throw new IllegalArgumentException("name at least one kern");
    }
    return new CasusArbitrary(anoniem, minLeeftijd, maxLeeftijd, List.of(kernen));
  }

  @Override
  protected Arbitrary<Casus> arbitrary() {
    Arbitrary<Boolean> zonderToestemming = anoniem.map(Arbitraries::just).orElse(Arbitraries.of(false, true));
    Integer[] grenzen = GRENZEN.stream().filter(a -> a >= minLeeftijd && a <= maxLeeftijd).toArray(Integer[]::new);
    Arbitrary<Integer> leeftijd = Basis.metRanden(Arbitraries.integers().between(minLeeftijd, maxLeeftijd), grenzen);
    Arbitrary<LocalDate> geboren = Basis.metRanden(Basis.dag(LocalDate.of(1990, 1, 1), LocalDate.of(2015, 12, 31)), SCHRIKKELDAG);
    return Builders.withBuilder(Ontwerp::new)
        .use(zonderToestemming).inSetter((o, v) -> o.anoniem = v)
        .use(leeftijd).inSetter((o, v) -> o.leeftijd = v)
        .use(geboren).inSetter((o, v) -> o.geboren = v)
        .use(Arbitraries.integers().between(0, 365)).inSetter((o, v) -> o.dagNaVerjaardag = v)
        .use(Arbitraries.of(kernen)).inSetter((o, v) -> o.kern = v)
        .use(Casussen.kenmerk()).inSetter((o, v) -> o.kenmerk = v)
        .use(Casussen.aanmelder()).inSetter((o, v) -> o.aanmelder = v)
        .use(Casussen.persoonsgegevens()).inSetter((o, v) -> o.persoonsgegevens = v)
        .use(Basis.tekst()).inSetter((o, v) -> o.reden = v)
        .use(Arbitraries.of(false, true)).inSetter((o, v) -> o.besprokenMetOuders = v)
        .use(Arbitraries.of(false, true)).inSetter((o, v) -> o.inVerwijsindex = v)
        .use(Arbitraries.integers().between(0, 60)).withProbability(0.5).inSetter((o, v) -> o.dagenTotOverleg = Optional.of(v))
        .use(Basis.tekst().list().ofMaxSize(3)).inSetter((o, v) -> o.vragen = v)
        .use(Basis.tekst()).withProbability(0.5).inSetter((o, v) -> o.doel = Optional.of(v))
        .use(Casussen.actie().list().ofMaxSize(3)).inSetter((o, v) -> o.acties = v)
        .use(Casussen.betrokkenInstantie().list().ofMaxSize(2)).inSetter((o, v) -> o.instanties = v)
        .use(Arbitraries.maps(Arbitraries.of(Leefgebied.class), Basis.tekst()).ofMaxSize(4)).inSetter((o, v) -> o.schets = v)
        .use(Basis.tekst()).withProbability(0.3).inSetter((o, v) -> o.bijzonderheden = Optional.of(v))
        .use(Casussen.professional()).withProbability(0.4).inSetter((o, v) -> o.zorgcoordinator = Optional.of(v))
        .use(Basis.naam()).withProbability(0.5).inSetter((o, v) -> o.school = Optional.of(v))
        .use(Arbitraries.of(Ernst.class).list().ofSize(Leefgebied.values().length)).inSetter((o, v) -> o.ernsten = v)
        .use(Arbitraries.of(Veiligheidssignaal.class).set().ofMaxSize(2)).inSetter((o, v) -> o.signalen = v)
        .use(Arbitraries.of(false, true)).withProbability(0.5).inSetter((o, v) -> o.samenwerking = Optional.of(v))
        .use(Basis.naam()).withProbability(0.2).inSetter((o, v) -> o.behandelaar = Optional.of(v))
        .use(Arbitraries.of(Omstandigheid.class).set().ofMaxSize(2)).inSetter((o, v) -> o.omstandigheden = v)
        .build(Ontwerp::casus);
  }

  /** The choices one case is made from; every field is set before {@link #casus()}. */
  private static final class Ontwerp {
    boolean anoniem;
    int leeftijd;
    LocalDate geboren;
    int dagNaVerjaardag;
    Kern kern;
    String kenmerk;
    Aanmelder aanmelder;
    Persoonsgegevens persoonsgegevens;
    String reden;
    boolean besprokenMetOuders;
    boolean inVerwijsindex;
    Optional<Integer> dagenTotOverleg = Optional.empty();
    List<String> vragen;
    Optional<String> doel = Optional.empty();
    List<OndernomenActie> acties;
    List<BetrokkenInstantie> instanties;
    Map<Leefgebied, String> schets;
    Optional<String> bijzonderheden = Optional.empty();
    Optional<Professional> zorgcoordinator = Optional.empty();
    Optional<String> school = Optional.empty();
    List<Ernst> ernsten = List.of();
    Set<Veiligheidssignaal> signalen = Set.of();
    Optional<Boolean> samenwerking = Optional.empty();
    Optional<String> behandelaar = Optional.empty();
    Set<Omstandigheid> omstandigheden = Set.of();

    /** A severity for every sketched leefgebied (CASUS-010). */
    Map<Leefgebied, Ernst> zorgen() {
      return schets.keySet().stream().collect(Collectors.toMap(l -> l, l -> ernsten.get(l.ordinal()), (a, b) -> a, () -> new EnumMap<>(Leefgebied.class)));
    }

    /** The safety signals, kept only when some leefgebied has at least a concern (CASUS-011). */
    Set<Veiligheidssignaal> signalen(Map<Leefgebied, Ernst> zorgen) {
      boolean zorg = zorgen.values().stream().anyMatch(ernst -> ernst.compareTo(Ernst.ZORG) >= 0);
      return zorg ? signalen : Set.of();
    }

    Casus casus() {
      LocalDate verjaardag = Leeftijd.verjaardag(geboren, leeftijd);
      long totVolgende = ChronoUnit.DAYS.between(verjaardag, Leeftijd.verjaardag(geboren, leeftijd + 1));
      LocalDate invulling = verjaardag.plusDays(Math.min(dagNaVerjaardag, totVolgende - 1));
      Kind.Builder kind = Kind.builder().kern(kern).school(school);
      Toestemming toestemming;
      boolean gemeld = inVerwijsindex;
      if (anoniem) {
        kind.school(Optional.empty())
            .kern(Optional.of(kern).filter(k -> !Casus.Anonimiteit.isKleineKern(k)))
            .leeftijdsgroep(Leeftijdsindelingen.CJG_LEEFTIJDSGROEPEN.groepVoor(leeftijd).orElseThrow());
        toestemming =
            Toestemming.builder().metToestemming(false).besprokenMetOuders(besprokenMetOuders).redenAnoniem(reden).build();
      } else {
        Persoonsgegevens gegevens = Persoonsgegevens.builder().from(persoonsgegevens).geboortedatum(geboren).build();
        gemeld = inVerwijsindex && gegevens.bsn().isPresent();
        kind.persoonsgegevens(gegevens);
        toestemming =
            Toestemming.builder()
                .metToestemming(true)
                .besprokenMetOuders(besprokenMetOuders)
                .gegevenDoor(Toestemmingsleeftijd.vereistVoor(Leeftijdsgroep.of(leeftijd, leeftijd + 1)))
                .build();
      }
      Casus.Builder casus =
          Casus.builder()
              .kenmerk(kenmerk)
              .datumInvulling(invulling)
              .aanmelder(aanmelder)
              .kind(kind.build())
              .toestemming(toestemming)
              .inVerwijsindexGemeld(gemeld)
              .vragen(vragen)
              .doel(doel)
              .acties(acties)
              .betrokkenInstanties(instanties)
              .schets(schets)
              .bijzonderheden(bijzonderheden)
              .zorgcoordinator(zorgcoordinator);
      Map<Leefgebied, Ernst> zorgen = zorgen();
      casus.zorgen(zorgen)
          .veiligheidssignalen(signalen(zorgen))
          .samenwerkingMetOudersMogelijk(samenwerking)
          .behandelaar(behandelaar)
          .omstandigheden(omstandigheden);
      if (dagenTotOverleg.isPresent()) {
        LocalDate overleg = invulling.plusDays(dagenTotOverleg.get());
        casus.datumOverleg(overleg)
            .statusgeschiedenis(
                Statusgeschiedenis.aangemeld(invulling).met(Casusstatus.GEAGENDEERD, invulling).met(Casusstatus.BESPROKEN, overleg));
      }
      return casus.build();
    }
  }

  /** The narrowings, for reports. */
  @Override
  public String toString() {
    return "CasusArbitrary[anoniem=" + anoniem + ", leeftijd=" + minLeeftijd + ".." + maxLeeftijd + ", kernen=" + kernen.size() + "]";
  }
}
