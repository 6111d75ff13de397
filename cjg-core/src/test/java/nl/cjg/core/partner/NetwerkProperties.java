package nl.cjg.core.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijdsgroep;

class NetwerkProperties {
  @Property(tries = 500)
  void aLookupByAgeFindsExactlyThePartnersServingIt(@ForAll("netwerken") Netwerk netwerk) {
    for (int age = -1; age <= 32; age++) {
      int leeftijd = age;
      assertEquals(serving(netwerk, partner -> partner.bedientLeeftijd(leeftijd)), netwerk.bedienenLeeftijd(age));
    }
  }

  @Property(tries = 500)
  void lookupsByKernDisciplineExpertiseAndRoleFindExactlyThePartnersThatHaveIt(@ForAll("netwerken") Netwerk netwerk) {
    for (Kern kern : BergenKernen.all()) {
      assertEquals(serving(netwerk, partner -> partner.bedientKern(kern)), netwerk.bedienenKern(kern));
    }
    for (Discipline discipline : Discipline.values()) {
      assertEquals(serving(netwerk, partner -> partner.heeftDiscipline(discipline)), netwerk.metDiscipline(discipline));
    }
    for (Expertise expertise : Expertise.values()) {
      assertEquals(serving(netwerk, partner -> partner.heeftExpertise(expertise)), netwerk.metExpertise(expertise));
    }
    for (Rol rol : Rol.values()) {
      assertEquals(serving(netwerk, partner -> partner.rol() == rol), netwerk.metRol(rol));
    }
  }

  @Property(tries = 500)
  void everyPartnerIsFoundByItsName(@ForAll("netwerken") Netwerk netwerk) {
    for (Partner partner : netwerk.partners()) {
      assertEquals(Optional.of(partner), netwerk.partner(partner.naam().toUpperCase(Locale.ROOT)));
    }
    assertEquals(Optional.empty(), netwerk.partner("niet in het netwerk"));
  }

  @Property(tries = 500)
  void theGapsAreExactlyTheUnservedAges(@ForAll("netwerken") Netwerk netwerk, @ForAll("bereiken") Leeftijdsgroep bereik) {
    List<Integer> unserved =
        IntStream.range(bereik.van(), bereik.tot()).filter(age -> netwerk.bedienenLeeftijd(age).isEmpty()).boxed().toList();
    List<Leeftijdsgroep> hiaten = netwerk.hiaten(bereik);
    assertEquals(unserved, hiaten.stream().flatMap(gap -> IntStream.range(gap.van(), gap.tot()).boxed()).toList());
    for (int i = 1; i < hiaten.size(); i++) {
      assertEquals(true, hiaten.get(i).van() > hiaten.get(i - 1).tot(), "gaps are maximal");
    }
  }

  private static List<Partner> serving(Netwerk netwerk, Predicate<Partner> test) {
    return netwerk.partners().stream().filter(test).toList();
  }

  @Provide
  Arbitrary<Leeftijdsgroep> bereiken() {
    return Combinators.combine(Arbitraries.integers().between(0, 25), Arbitraries.integers().between(1, 10))
        .as((van, breedte) -> Leeftijdsgroep.of(van, van + breedte));
  }

  @Provide
  Arbitrary<Netwerk> netwerken() {
    return partnerShapes().list().ofMaxSize(8).map(NetwerkProperties::network);
  }

  /** A partner without its name; names are given by position so that they are unique. */
  private static Arbitrary<Partner.Builder> partnerShapes() {
    Arbitrary<Leeftijdsgroep> band =
        Combinators.combine(Arbitraries.integers().between(0, 28), Arbitraries.integers().between(1, 8))
            .as((van, breedte) -> Leeftijdsgroep.of(van, van + breedte));
    Arbitrary<List<Leeftijdsgroep>> bands = band.list().ofMinSize(0).ofMaxSize(3);
    // Edge cases only from the bands and the list of partners: all combinations would outnumber the tries.
    Arbitrary<Set<Kern>> kernen = Arbitraries.of(BergenKernen.all()).set().ofMaxSize(4).withoutEdgeCases();
    Arbitrary<Set<Discipline>> disciplines = Arbitraries.of(Discipline.class).set().ofMaxSize(3).withoutEdgeCases();
    Arbitrary<Set<Expertise>> expertises = Arbitraries.of(Expertise.class).set().ofMaxSize(3).withoutEdgeCases();
    Arbitrary<Rol> rol = Arbitraries.of(Rol.class).withoutEdgeCases();
    return Combinators.combine(bands, kernen, disciplines, expertises, rol)
        .as((b, k, d, e, r) ->
            Partner.builder().leeftijdsgroepen(b).kernen(k).disciplines(d).expertises(e).rol(r));
  }

  private static Netwerk network(List<Partner.Builder> shapes) {
    List<Partner> partners = new ArrayList<>();
    for (int i = 0; i < shapes.size(); i++) {
      partners.add(shapes.get(i).naam("Partner " + i).build());
    }
    return Netwerk.builder().partners(partners).build();
  }
}
