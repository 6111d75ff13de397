package nl.cjg.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.cjg.core.casus.Aanmelder;
import nl.cjg.core.casus.BetrokkenInstantie;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Toestemming;
import nl.cjg.core.casus.Toestemming.Toestemmingsleeftijd;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.routing.Situatie;
import nl.cjg.jqwik.CjgArbitraries;

/**
 * {@link Situatie#builder(Casus)} gives the situation a straightforward derivation from the case
 * gives: for arbitrary cases, and for cases whose referrer and agencies name organisations that
 * differ only in case, surrounding white space or letters outside ASCII, few and many of them.
 */
class SituatieUitCasusProperties {
  private static final int LEEFTIJD = 7;

  @Property(tries = 300)
  void takesWhatTheCaseRecords(@ForAll("casussen") Casus casus) {
    assertSameSituation(casus);
  }

  @Property(tries = 500)
  void countsEveryDifferentOrganisationOnce(
      @ForAll("casussen") Casus casus, @ForAll("organisatie") Optional<String> aanmelder, @ForAll("instanties") List<String> instanties) {
    Casus metOrganisaties = Casus.builder()
        .from(casus)
        .aanmelder(Aanmelder.builder().from(casus.aanmelder()).organisatie(aanmelder).build())
        .betrokkenInstanties(instanties.stream().map(naam -> BetrokkenInstantie.builder().instantie(naam).build()).toList())
        .build();
    assertSameSituation(metOrganisaties);
  }

  private static void assertSameSituation(Casus casus) {
    Situatie expected = complete(reference(casus), casus);
    Situatie actual = complete(Situatie.builder(casus), casus);
    assertEquals(expected, actual);
    assertEquals(expected.zorgen().toString(), actual.zorgen().toString());
    assertEquals(expected.signalen().toString(), actual.signalen().toString());
    assertEquals(expected.omstandigheden().toString(), actual.omstandigheden().toString());
  }

  /** Builds the situation, with an age set only when the case does not give the age in years. */
  private static Situatie complete(Situatie.Builder builder, Casus casus) {
    boolean exact = casus.leeftijdenKind().filter(band -> band.tot() - band.van() == 1).isPresent();
    return exact ? builder.build() : builder.leeftijd(LEEFTIJD).build();
  }

  /** What {@link Situatie#builder(Casus)} documents, derived the plain way. */
  private static Situatie.Builder reference(Casus casus) {
    Situatie.Builder builder = Situatie.builder();
    Optional<Leeftijdsgroep> leeftijden = casus.leeftijdenKind();
    leeftijden.filter(band -> band.tot() - band.van() == 1).ifPresent(band -> builder.leeftijd(band.van()));
    casus.kind().kern().ifPresent(builder::kern);
    Toestemming toestemming = casus.toestemming();
    boolean toestemmingPast =
        leeftijden.map(band -> toestemming.gegevenDoor().containsAll(Toestemmingsleeftijd.vereistVoor(band))).orElse(true);
    int professionals = Stream.concat(
            casus.aanmelder().organisatie().stream(),
            casus.betrokkenInstanties().stream().map(BetrokkenInstantie::instantie))
        .map(naam -> naam.strip().toLowerCase(Locale.ROOT))
        .collect(Collectors.toSet())
        .size();
    return builder
        .metToestemming(toestemming.metToestemming() && toestemmingPast)
        .betrokkenProfessionals(professionals)
        .zorgcoordinatorBekend(casus.zorgcoordinator().isPresent())
        .inVerwijsindex(casus.inVerwijsindexGemeld())
        .putAllZorgen(casus.zorgen())
        .addAllSignalen(casus.veiligheidssignalen())
        .samenwerkingMetOudersMogelijk(casus.samenwerkingMetOudersMogelijk().orElse(true))
        .behandelaar(casus.behandelaar())
        .addAllOmstandigheden(casus.omstandigheden());
  }

  @Provide
  Arbitrary<Casus> casussen() {
    return CjgArbitraries.casus();
  }

  @Provide
  Arbitrary<Optional<String>> organisatie() {
    return namen().optional();
  }

  @Provide
  Arbitrary<List<String>> instanties() {
    return namen().list().ofMaxSize(14);
  }

  /**
   * Names that are the same organisation written differently, or that only look alike: case, white
   * space around, the Kelvin sign and the dotted capital I (whose lower case is two characters), ß.
   */
  private static Arbitrary<String> namen() {
    return Arbitraries.of(
        "GGD", "ggd", " GGD ", "Ggd\t", "Bureau Jeugdzorg", "bureau jeugdzorg", "BUREAU  JEUGDZORG",
        "Kinderopvang", "\u212Ainderopvang", "kinderopvang", "İJsselgroep", "i\u0307jsselgroep", "IJsselgroep",
        "Straße", "STRASSE", "strasse", "Zorgteam", "zorgteam ");
  }
}
