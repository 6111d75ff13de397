package nl.cjg.core.referentie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.cjg.core.id.GemeenteCode;
import nl.cjg.core.partner.Discipline;
import nl.cjg.core.partner.Expertise;
import nl.cjg.core.partner.Netwerk;
import nl.cjg.core.partner.Partner;
import nl.cjg.core.partner.Rol;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.populatie.Leeftijdsindelingen;
import nl.cjg.core.populatie.Populatie;
import nl.cjg.core.validation.CjgValidator;
import org.junit.jupiter.api.Test;

/** The bundled Bergen facts against the sources' numbers (Werkplan CJG Bergen 2012, uitwerking 1, bevolking (CBS 2010) and Bijlage 1 Communicatieplan CJG Bergen 2012, bijlage 1 (partners)). */
class BergenReferentieTest {
  private static final Populatie POPULATIE = BergenReferentie.populatie();
  private static final Netwerk NETWERK = BergenReferentie.netwerk();

  @Test
  void populationHasTheSourceAndDateOfCbsGemeenteOpMaat2010() {
    assertEquals(GemeenteCode.BERGEN_NH, POPULATIE.gemeente());
    assertEquals(LocalDate.of(2010, 1, 1), POPULATIE.peildatum());
    assertEquals("CBS, Gemeente op maat, Bergen NH (2010)", POPULATIE.bron());
  }

  @Test
  void municipalFiguresAreThoseOfTheSeed() {
    assertEquals(Optional.of(30985), POPULATIE.inwonersGemeente());
    assertEquals(Optional.of(7753), POPULATIE.aantalGemeente(Leeftijdsgroep.of(0, 25)));
    List<Leeftijdsgroep> banden = Leeftijdsindelingen.CBS_VIJFJAARSGROEPEN.groepen();
    List<Integer> aantallen = banden.stream().map(band -> POPULATIE.aantalGemeente(band).orElseThrow()).toList();
    assertEquals(List.of(1195, 1692, 1851, 1829, 1186), aantallen);
  }

  @Test
  void everyKernHasItsTotalAndItsYouthBands() {
    int[][] perKern = {
      {12590, 3147, 1269, 1878}, {405, 88, 40, 48}, {4940, 1037, 444, 593}, {2885, 894, 346, 548},
      {3770, 1206, 452, 754}, {6395, 1599, 640, 959}, {1990, 57, 23, 34}
    };
    List<Kern> kernen = BergenKernen.all();
    assertEquals(kernen, List.copyOf(POPULATIE.kernen()));
    for (int i = 0; i < kernen.size(); i++) {
      Kern kern = kernen.get(i);
      assertEquals(Optional.of(perKern[i][0]), POPULATIE.inwoners(kern), kern.naam());
      assertEquals(Optional.of(perKern[i][1]), POPULATIE.aantal(kern, Leeftijdsgroep.of(0, 25)), kern.naam());
      assertEquals(Optional.of(perKern[i][2]), POPULATIE.aantal(kern, Leeftijdsgroep.of(15, 25)), kern.naam());
      assertEquals(Optional.of(perKern[i][3]), POPULATIE.aantal(kern, Leeftijdsgroep.of(0, 15)), kern.naam());
    }
  }

  @Test
  void theSeedsFiguresAreKeptEvenWhereTheyDoNotAddUp() {
    assertEquals(32975, POPULATIE.totaal());
    assertEquals(8028L, POPULATIE.totaalPerLeeftijdsgroep().get(Leeftijdsgroep.of(0, 25)));
  }

  @Test
  void theReferenceDataBreakNoBusinessRule() {
    CjgValidator validator = CjgValidator.create();
    assertEquals(List.of(), validator.validate(POPULATIE).violations());
    assertEquals(List.of(), validator.validate(NETWERK).violations());
  }

  @Test
  void theFiveKernpartnersAreThoseOfTheWerkplan() {
    Set<String> kernpartners = namen(NETWERK.metRol(Rol.KERNPARTNER));
    assertEquals(
        Set.of("Gemeente Bergen", "GGD Hollands Noorden", "Bureau Jeugdzorg Noord-Holland", "Stichting Welzijn Bergen",
            "Stichting de Wering"),
        kernpartners);
    assertEquals(29, NETWERK.partners().size());
  }

  @Test
  void eachColumnOfThePartnerMapHoldsThePartnersTheSeedListsThere() {
    assertEquals(
        Set.of("Gemeente Bergen", "Verloskunde", "Kraamzorg", "GGD Hollands Noorden", "Huisartsen", "Opvoedspreekuur",
            "Stichting de Wering", "Politie", "Bureau Jeugdzorg Noord-Holland", "Triversum", "Parlan", "Opvoedpoli", "MEE",
            "Raad voor de Kinderbescherming", "Brijderstichting", "Peuterspeelzalen", "Kinderdagverblijven"),
        namen(NETWERK.bedienenLeeftijd(2)));
    assertEquals(
        Set.of("Gemeente Bergen", "GGD Hollands Noorden", "Huisartsen", "Opvoedspreekuur", "Stichting de Wering",
            "Stichting Welzijn Bergen", "Leerplicht", "Politie", "Bureau Jeugdzorg Noord-Holland", "Triversum", "Parlan",
            "Opvoedpoli", "MEE", "Raad voor de Kinderbescherming", "Brijderstichting", "Gesprek in Bergen", "KIES Coach",
            "Basisonderwijs", "Buitenschoolse opvang"),
        namen(NETWERK.bedienenLeeftijd(8)));
    assertEquals(
        Set.of("Gemeente Bergen", "GGD Hollands Noorden", "Huisartsen", "Opvoedspreekuur", "Stichting Welzijn Bergen",
            "Leerplicht", "Stichting de Wering", "Politie", "Bureau Jeugdzorg Noord-Holland", "Triversum", "Parlan",
            "Opvoedpoli", "MEE", "Raad voor de Kinderbescherming", "Jongerenloket", "Veiligheidshuis", "Brijderstichting",
            "Gesprek in Bergen", "KIES Coach", "Family Coach", "Voortgezet onderwijs"),
        namen(NETWERK.bedienenLeeftijd(15)));
    assertEquals(
        Set.of("Gemeente Bergen", "Huisartsen", "Stichting de Wering", "Stichting Welzijn Bergen", "Politie",
            "Jongerenloket", "Werk en Inkomen", "MEE", "Veiligheidshuis", "Brijderstichting", "GGZ Noord-Holland-Noord",
            "Family Coach"),
        namen(NETWERK.bedienenLeeftijd(23)));
    assertEquals(List.of(), NETWERK.bedienenLeeftijd(24));
  }

  @Test
  void partnersCarryDisciplineExpertiseKernenAndTheMapsLink() {
    Partner ggd = NETWERK.partner("GGD Hollands Noorden").orElseThrow();
    assertEquals(Set.of(Discipline.JEUGDGEZONDHEIDSZORG), ggd.disciplines());
    assertEquals(
        Set.of(Expertise.POSITIEF_OPVOEDEN, Expertise.VIDEO_HOMETRAINING, Expertise.ZORGCOORDINATIE), ggd.expertises());
    assertEquals(Optional.of(URI.create("http://www.cjgbergen-nh.nl/local/jeugdgezondheidszorg")), ggd.website());
    assertEquals(Set.copyOf(BergenKernen.all()), ggd.kernen());
    assertEquals(Leeftijdsindelingen.CJG_LEEFTIJDSGROEPEN.groepen().subList(0, 3), ggd.leeftijdsgroepen());
    assertEquals("19 – 23 jaar", NETWERK.partner("Werk en Inkomen").orElseThrow().leeftijdsgroepen().get(0).naam());
    assertEquals(List.of(NETWERK.partner("Stichting Welzijn Bergen").orElseThrow()), NETWERK.metExpertise(Expertise.AMBULANT_WERKEN));
    assertEquals(Optional.empty(), NETWERK.partner("Gemeente Bergen").orElseThrow().website());
    long metWebsite = NETWERK.partners().stream().filter(partner -> partner.website().isPresent()).count();
    assertEquals(28, metWebsite);
  }

  private static Set<String> namen(List<Partner> partners) {
    return partners.stream().map(Partner::naam).collect(Collectors.toSet());
  }
}
