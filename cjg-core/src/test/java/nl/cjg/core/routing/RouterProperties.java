package nl.cjg.core.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.cjg.core.casus.Leefgebied;
import nl.cjg.core.partner.Discipline;
import nl.cjg.core.partner.Expertise;
import nl.cjg.core.partner.Netwerk;
import nl.cjg.core.partner.Partner;
import nl.cjg.core.partner.Rol;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijdsgroep;

/** Properties of the router with the Bergen 2012 rules. */
class RouterProperties {
  private static final RoutingRules BERGEN = RoutingRules.bergen2012();

  @Property(tries = 500)
  void everySituationGetsAnAdviceAndOlderThanTwentyThreeIsOutsideTheTargetGroup(
      @ForAll("situaties") Situatie situatie, @ForAll("netwerken") Netwerk netwerk) {
    Advies advies = Router.route(situatie, netwerk, BERGEN);
    boolean buiten = situatie.leeftijd() > 23;
    assertEquals(buiten, advies.buitenDoelgroep());
    assertEquals(buiten, advies.vervolgstappen().contains(Vervolgstap.BUITEN_DOELGROEP_VERWIJZEN));
    assertFalse(advies.toelichtingen().isEmpty() && advies.niveau() != Niveau.INFORMATIE_EN_EIGEN_KRACHT,
        "a level above the lowest is explained");
  }

  @Property(tries = 500)
  void theSameSituationAlwaysGetsTheSameAdvice(@ForAll("situaties") Situatie situatie, @ForAll("netwerken") Netwerk netwerk) {
    Situatie copy = Situatie.builder().from(situatie).build();
    assertEquals(Router.route(situatie, netwerk, BERGEN), Router.route(copy, netwerk, BERGEN));
  }

  @Property
  void aMoreSevereSituationNeverGetsALowerLevel(
      @ForAll("situaties") Situatie situatie, @ForAll Leefgebied leefgebied, @ForAll Ernst ernst,
      @ForAll Veiligheidssignaal signaal) {
    Niveau before = Router.route(situatie, BergenNetwerk.NETWERK, BERGEN).niveau();
    Ernst raised = ernst.compareTo(situatie.ernst(leefgebied)) > 0 ? ernst : situatie.ernst(leefgebied);
    Situatie severer = Situatie.builder().from(situatie).putZorgen(leefgebied, raised).build();
    assertTrue(Router.route(severer, BergenNetwerk.NETWERK, BERGEN).niveau().compareTo(before) >= 0);
    Situatie signalled = Situatie.builder().from(situatie).addSignalen(signaal).build();
    assertTrue(Router.route(signalled, BergenNetwerk.NETWERK, BERGEN).niveau().compareTo(before) >= 0);
  }

  @Property(tries = 500)
  void acuteUnsafetyAlwaysReachesTheSafetyLevelWhateverTheConsent(
      @ForAll("situaties") Situatie situatie, @ForAll boolean toestemming, @ForAll("netwerken") Netwerk netwerk) {
    Situatie acuut =
        Situatie.builder().from(situatie).addSignalen(Veiligheidssignaal.ACUTE_ONVEILIGHEID).metToestemming(toestemming)
            .build();
    Advies advies = Router.route(acuut, netwerk, BERGEN);
    assertEquals(Niveau.VEILIGHEID, advies.niveau());
    assertTrue(advies.vervolgstappen().contains(Vervolgstap.MELDEN_AMK));
  }

  @Property
  void aCaseTreatedElsewhereNeverGetsCaseMeetingAdvice(@ForAll("situaties") Situatie situatie) {
    Situatie elders = Situatie.builder().from(situatie).behandelaar("Triversum").build();
    Advies advies = Router.route(elders, BergenNetwerk.NETWERK, BERGEN);
    assertNotEquals(Niveau.CASUSOVERLEG, advies.niveau());
    assertFalse(advies.vervolgstappen().contains(Vervolgstap.AANMELDEN_CASUSOVERLEG));
    assertFalse(advies.vervolgstappen().contains(Vervolgstap.GEZINSPLAN_MAKEN));
  }

  @Property(tries = 500)
  void everyRecommendedPartnerServesTheChildsAgeAndKernAndBringsWhatIsNeeded(
      @ForAll("situaties") Situatie situatie, @ForAll("netwerken") Netwerk netwerk) {
    Advies advies = Router.route(situatie, netwerk, BERGEN);
    Set<Discipline> disciplines = EnumSet.noneOf(Discipline.class);
    Set<Expertise> expertises = EnumSet.noneOf(Expertise.class);
    for (RoutingRule rule : BERGEN.rules()) {
      if (advies.toegepasteRegels().contains(rule.id())) {
        disciplines.addAll(rule.disciplines());
        expertises.addAll(rule.expertises());
      }
    }
    int previous = Integer.MAX_VALUE;
    for (Partner partner : advies.partners()) {
      assertTrue(partner.bedientLeeftijd(situatie.leeftijd()));
      situatie.kern().ifPresent(kern -> assertTrue(partner.bedientKern(kern)));
      int brought = (int) (disciplines.stream().filter(partner::heeftDiscipline).count()
          + expertises.stream().filter(partner::heeftExpertise).count());
      assertTrue(brought > 0 && brought <= previous, "ranked by what it brings");
      previous = brought;
    }
    for (Discipline discipline : advies.disciplinesZonderPartner()) {
      assertTrue(disciplines.contains(discipline));
      assertTrue(advies.partners().stream().noneMatch(partner -> partner.heeftDiscipline(discipline)));
    }
  }

  @Provide
  Arbitrary<Situatie> situaties() {
    Arbitrary<Kern> kernen = Arbitraries.of(BergenKernen.all());
    return Builders.withBuilder(Situatie::builder)
        .use(Arbitraries.integers().between(0, 30)).in(Situatie.Builder::leeftijd)
        .use(kernen).withProbability(0.7).in(Situatie.Builder::kern)
        .use(Arbitraries.maps(Arbitraries.of(Leefgebied.class), Arbitraries.of(Ernst.class)).ofMaxSize(4))
        .in(Situatie.Builder::putAllZorgen)
        .use(Arbitraries.of(Veiligheidssignaal.class).set()).withProbability(0.3).in(Situatie.Builder::addAllSignalen)
        .use(Arbitraries.of(false)).withProbability(0.2).in(Situatie.Builder::samenwerkingMetOudersMogelijk)
        .use(Arbitraries.of(true, false)).in(Situatie.Builder::metToestemming)
        .use(Arbitraries.of("Triversum", "Bureau Jeugdzorg")).withProbability(0.2).in(Situatie.Builder::behandelaar)
        .use(Arbitraries.of(Omstandigheid.class).set().ofMaxSize(3)).in(Situatie.Builder::addAllOmstandigheden)
        .use(Arbitraries.integers().between(0, 4)).in(Situatie.Builder::betrokkenProfessionals)
        .use(Arbitraries.of(true, false)).in(Situatie.Builder::zorgcoordinatorBekend)
        .use(Arbitraries.of(true, false)).in(Situatie.Builder::inVerwijsindex)
        .use(Arbitraries.of(false, true)).in(Situatie.Builder::samenwerkingProfessionalsOnvoldoende)
        .use(Arbitraries.of(false, true)).in(Situatie.Builder::hulpverleningStagneert)
        .use(Arbitraries.of(false, true)).in(Situatie.Builder::herstelGeprobeerd)
        .use(Arbitraries.of(false, true)).in(Situatie.Builder::procesregieZonderResultaat)
        .build(Situatie.Builder::build);
  }

  @Provide
  Arbitrary<Netwerk> netwerken() {
    Arbitrary<Netwerk> random = partnerShapes().list().ofMaxSize(6).map(RouterProperties::network);
    return Arbitraries.oneOf(random, Arbitraries.just(BergenNetwerk.NETWERK));
  }

  /** A partner without its name; names are given by position so that they are unique. */
  private static Arbitrary<PartnerShape> partnerShapes() {
    Arbitrary<Leeftijdsgroep> band =
        Combinators.combine(Arbitraries.integers().between(0, 24), Arbitraries.integers().between(1, 12))
            .as((van, breedte) -> Leeftijdsgroep.of(van, van + breedte));
    return Combinators.combine(
            band.list().ofMinSize(1).ofMaxSize(2),
            Arbitraries.of(BergenKernen.all()).set().ofMinSize(1).ofMaxSize(4),
            Arbitraries.of(Discipline.class).set().ofMinSize(1).ofMaxSize(3),
            Arbitraries.of(Expertise.class).set().ofMaxSize(3),
            Arbitraries.of(Rol.class))
        .as(PartnerShape::new);
  }

  private record PartnerShape(
      List<Leeftijdsgroep> bands, Set<Kern> kernen, Set<Discipline> disciplines, Set<Expertise> expertises, Rol rol) {}

  private static Netwerk network(List<PartnerShape> shapes) {
    List<Partner> partners = new ArrayList<>();
    for (int i = 0; i < shapes.size(); i++) {
      PartnerShape shape = shapes.get(i);
      partners.add(Partner.builder().naam("Partner " + i).rol(shape.rol()).leeftijdsgroepen(shape.bands())
          .kernen(shape.kernen()).disciplines(shape.disciplines()).expertises(shape.expertises()).build());
    }
    return Netwerk.builder().partners(partners).build();
  }
}
