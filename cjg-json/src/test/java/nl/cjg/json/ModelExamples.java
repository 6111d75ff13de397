package nl.cjg.json;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import nl.cjg.core.aanbod.Aanbod;
import nl.cjg.core.aanbod.Kengetal;
import nl.cjg.core.aanbod.Uitsplitsing;
import nl.cjg.core.casus.Afspraak;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Doel;
import nl.cjg.core.casus.Gezinsplan;
import nl.cjg.core.casus.Professional;
import nl.cjg.core.id.AgbCode;
import nl.cjg.core.id.Bsn;
import nl.cjg.core.id.GemeenteCode;
import nl.cjg.core.overleg.Casusoverleg;
import nl.cjg.core.overleg.Voorzitter;
import nl.cjg.core.partner.Discipline;
import nl.cjg.core.partner.Expertise;
import nl.cjg.core.partner.Netwerk;
import nl.cjg.core.partner.Partner;
import nl.cjg.core.partner.Rol;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.populatie.Doelgroepsoort;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.populatie.Populatie;
import nl.cjg.core.testkit.Bespreekformulieren;
import nl.cjg.core.tijd.Datumbereik;
import nl.cjg.core.tijd.Periode;
import nl.cjg.core.verwijsindex.Signaal;
import nl.cjg.core.werkplan.Actie;
import nl.cjg.core.werkplan.Communicatiedoel;
import nl.cjg.core.werkplan.Communicatiedoelgroep;
import nl.cjg.core.werkplan.Communicatieplan;
import nl.cjg.core.werkplan.Communicatiestap;
import nl.cjg.core.werkplan.Evaluatie;
import nl.cjg.core.werkplan.Fase;
import nl.cjg.core.werkplan.GoNoGo;
import nl.cjg.core.werkplan.Meting;
import nl.cjg.core.werkplan.Middel;
import nl.cjg.core.werkplan.PlanVanAanpak;
import nl.cjg.core.werkplan.StrategischeKeuze;
import nl.cjg.core.werkplan.Werkplan;
import nl.cjg.core.werkplan.WerkplanItem;

/**
 * Values of the model as the sources describe them, shortened: the Werkplan CJG Bergen 2012, the
 * Plan van aanpak CJG Bergen 2008–2010, the Communicatieplan CJG Bergen 2012, partners of its
 * partner map (bijlage 1), the population by kern (Werkplan CJG Bergen 2012, uitwerking 1,
 * bevolking per kern) and the opvoedspreekuur (uitwerking 1, aanbod JGZ). Where a round trip
 * needs a value the sources do not give, such as a decided go/no-go gate, the value is made up.
 */
final class ModelExamples {
  private ModelExamples() {}

  static Werkplan werkplan2012() {
    return Werkplan.builder()
        .jaar(Year.of(2012))
        .visie("Het CJG is een laagdrempelige, herkenbare voorziening voor ouders en jongeren met vragen over opvoeden en opgroeien.")
        .addItems(
            WerkplanItem.builder()
                .nummer(1)
                .onderwerp("Vaststellen van het ambitie- en voorzieningenniveau")
                .doel("Het CJG biedt een aanbod aan opvoedondersteuning dat past bij de vraag van ouders en jongeren.")
                .resultaat("Het CJG heeft aan het einde van 2012 inzicht in het huidige basisaanbod.")
                .werkwijze("Het in kaart brengen van de verschillende doelgroepen, het huidige aanbod en het bereik van het aanbod.")
                .gerealiseerdVoor(LocalDate.of(2012, 4, 1))
                .addEvaluaties(
                    Evaluatie.builder()
                        .datum(LocalDate.of(2012, 10, 31))
                        .tekst("De doelgroep en het aanbod zijn in kaart gebracht.")
                        .uitkomst(Evaluatie.Voortgang.GEREALISEERD)
                        .build())
                .build(),
            WerkplanItem.builder()
                .nummer(2)
                .onderwerp("Realiseren van een effectieve vorm van casusbespreking")
                .doel("Het CJG zal, zoveel als mogelijk, samenwerken met ouders.")
                .resultaat("Kinderen / jongeren krijgen tijdig passende hulpverlening en ouders participeren in dit traject.")
                .werkwijze("De huidige overlegstructuren worden in kaart gebracht en geëvalueerd.")
                .gerealiseerdVoor(LocalDate.of(2012, 10, 1))
                .build())
        .build();
  }

  static PlanVanAanpak planVanAanpak() {
    Fase orientatie =
        Fase.builder()
            .stap(Fase.Stap.ORIENTATIEFASE)
            .beoogdResultaat("Zicht krijgen op wat een CJG is om hiermee (politiek) draagvlak te verkrijgen.")
            .addActies(
                nl.cjg.core.werkplan.Actie.builder()
                    .actie("Krachtenveldanalyse")
                    .resultaat("Diagnose van huidige situatie en analyse van gewenste situatie.")
                    .addWie("Afdeling Welzijn")
                    .wanneer(Periode.parse("November 2008 – maart 2009"))
                    .build(),
                nl.cjg.core.werkplan.Actie.builder()
                    .actie("Vaststellen startnotitie CJG")
                    .resultaat("Bestuurlijk commitment")
                    .addWie("College van B&W", "Gemeenteraad")
                    .wanneer(Periode.parse("18 augustus 2009 – 22 september 2009"))
                    .addBesluitmomenten(
                        Actie.Besluitmoment.of("College van B&W", LocalDate.of(2009, 8, 18)),
                        Actie.Besluitmoment.of("Gemeenteraad", LocalDate.of(2009, 9, 22)))
                    .build())
            .goNoGo(GoNoGo.go(LocalDate.of(2009, 9, 22)))
            .build();
    Fase consolidatie =
        Fase.builder()
            .stap(Fase.Stap.CONSOLIDATIEFASE)
            .beoogdResultaat("Het CJG is een vast onderdeel van het lokale jeugdbeleid.")
            .addActies(
                nl.cjg.core.werkplan.Actie.builder()
                    .actie("Borgen van de werkwijze")
                    .resultaat("Het CJG werkt volgens afspraak.")
                    .addWie("Stuurgroep CJG")
                    .wanneer(Periode.parse("vanaf september 2010"))
                    .build())
            .build();
    return PlanVanAanpak.builder().titel("Plan van aanpak CJG gemeente Bergen").addFasen(orientatie, consolidatie).build();
  }

  static Communicatieplan communicatieplan2012() {
    return Communicatieplan.builder()
        .jaar(Year.of(2012))
        .vastgesteldOp(LocalDate.of(2012, 4, 25))
        .probleem("Het CJG heeft geen bekendheid en ouders en jeugdigen ervaren hulpverlening als een drempel.")
        .doel("Bekendheid genereren en toegankelijk maken van het Centrum voor jeugd en gezin.")
        .addDoelgroepen(
            Communicatiedoelgroep.of("kernpartners", 5),
            Communicatiedoelgroep.of("(toekomstige) ouders in Bergen", 7300),
            Communicatiedoelgroep.builder()
                .naam("jeugdigen in Bergen t/m 23 jaar")
                .aantal(4000)
                .leeftijd(Leeftijdsgroep.builder().van(0).tot(24).naam("t/m 23").build())
                .build())
        .addKeuzes(
            StrategischeKeuze.builder()
                .nummer(1)
                .termijn(StrategischeKeuze.Termijn.KORT)
                .onderwerp("Eenheid in communicatie")
                .toelichting("Voor een eenduidig imago is eenheid in communicatie een voorwaarde.")
                .build())
        .addStappen(
            Communicatiestap.builder()
                .nummer(1)
                .addDoelen(Communicatiedoel.of("Kern- en netwerkpartners zorgen voor eenheid in communicatie", Communicatiedoel.Soort.GEDRAG))
                .addMiddelen(Middel.of(Middel.Soort.HANDBOEK), Middel.of(Middel.Soort.BRIEF, "brief van wethouder"))
                .build())
        .budget(new BigDecimal("19000.00"))
        .nulmeting(
            Meting.builder()
                .periode(Periode.jaar(2011))
                .steekproef(100)
                .bekend(20)
                .bron("Klanttevredenheidsonderzoek Wmo gemeente Bergen, 2011")
                .build())
        .build();
  }

  static Partner ggd() {
    return Partner.builder()
        .naam("Jeugdgezondheidszorg (GGD Hollands Noorden)")
        .rol(Rol.KERNPARTNER)
        .addDisciplines(Discipline.JEUGDGEZONDHEIDSZORG)
        .addLeeftijdsgroepen(Leeftijdsgroep.of(0, 4), Leeftijdsgroep.of(4, 19))
        .addKernen(BergenKernen.BERGEN, BergenKernen.SCHOORL, BergenKernen.EGMOND_AAN_ZEE)
        .addExpertises(Expertise.POSITIEF_OPVOEDEN, Expertise.MELDCODE_KINDERMISHANDELING)
        .website(URI.create("https://www.ggdhn.nl/"))
        .build();
  }

  static Partner welzijn() {
    return Partner.builder()
        .naam("Stichting Welzijn Bergen")
        .rol(Rol.KERNPARTNER)
        .addDisciplines(Discipline.WELZIJN, Discipline.JONGERENWERK)
        .addLeeftijdsgroepen(Leeftijdsgroep.of(12, 24))
        .addAllKernen(BergenKernen.all())
        .build();
  }

  static Netwerk netwerk() {
    return Netwerk.builder().addPartners(ggd(), welzijn()).build();
  }

  static Populatie populatie() {
    return Populatie.builder()
        .gemeente(GemeenteCode.BERGEN_NH)
        .peildatum(LocalDate.of(2010, 1, 1))
        .bron("CBS, Gemeente op maat 2010")
        .addTellingen(
            Populatie.Telling.of(BergenKernen.BERGEN, Leeftijdsgroep.of(0, 5), 340),
            Populatie.Telling.of(BergenKernen.BERGEN, Leeftijdsgroep.of(5, 10), 410),
            Populatie.Telling.of(BergenKernen.SCHOORL, Leeftijdsgroep.of(0, 5), 250),
            Populatie.Telling.of(BergenKernen.SCHOORL, Leeftijdsgroep.of(5, 10), 300))
        .build();
  }

  static Aanbod opvoedspreekuur() {
    return Aanbod.builder()
        .partner("Jeugdgezondheidszorg (GGD Hollands Noorden)")
        .naam("Opvoedspreekuur")
        .soort(Aanbod.Soort.FLEXIBEL_AANBOD)
        .aard(Aanbod.Aard.PREVENTIEF)
        .addVoor(Doelgroepsoort.OUDERS)
        .leeftijdsgroep(Leeftijdsgroep.of(0, 19))
        .addKengetallen(
            Kengetal.builder()
                .periode(Datumbereik.jaar(2011))
                .addKernen(BergenKernen.EGMOND_AAN_ZEE)
                .contacten(33)
                .addUitsplitsingen(
                    Uitsplitsing.builder()
                        .kenmerk("soort contact")
                        .putAantallen("eerste contact", 14)
                        .putAantallen("vervolgcontact", 12)
                        .putAantallen("laatste contact", 4)
                        .putAantallen("eenmalig contact", 3)
                        .totaal(33)
                        .build())
                .build())
        .build();
  }

  /** The shared complete case of the bespreekformulier with consent (fictitious personal data, a test BSN). */
  static Casus casus() {
    return Bespreekformulieren.metToestemming().build();
  }

  static Gezinsplan gezinsplan() {
    return Gezinsplan.builder()
        .addCasussen("CJG-2012-007")
        .datumOpgesteld(LocalDate.of(2012, 6, 11))
        .zorgcoordinator(Professional.builder().naam("Ilse Proefstra").organisatie("Bureau Jeugdzorg Noord-Holland").build())
        .oudersBetrokken(true)
        .addDoel(Doel.builder().omschrijving("vaste structuur in de week").build())
        .addAfspraken(afspraak("CJG-2012-007", LocalDate.of(2012, 7, 23)))
        .build();
  }

  static Casusoverleg casusoverleg() {
    LocalDate datum = LocalDate.of(2012, 5, 21);
    return Casusoverleg.builder()
        .datum(datum)
        .voorzitter(Voorzitter.of("Hanna Proefmeester", Voorzitter.Rol.PROCESREGISSEUR))
        .addVastTeam(
            Professional.builder().organisatie("Stichting Welzijn Bergen").functie("jongerenwerker").build(),
            Professional.builder().organisatie("Bureau Jeugdzorg").functie("jeugdzorgwerker").build())
        .addCasussen("CJG-2012-007", "CJG-2012-008")
        .putAanschuivendePartner(
            "CJG-2012-007", List.of(Professional.builder().organisatie("Jeugdgezondheidszorg").functie("jeugdverpleegkundige").build()))
        .putOudersAanwezig("CJG-2012-007", true)
        .bestedeMinuten(150)
        .addAfsprakenlijst(afspraak("CJG-2012-007", datum.plusWeeks(2)))
        .build();
  }

  static Signaal signaal() {
    return Signaal.builder()
        .bsn(Bsn.parse("999990020"))
        .organisatie("Bureau Jeugdzorg Noord-Holland")
        .agbCode(AgbCode.parse("12345678"))
        .datumRegistratie(LocalDate.of(2012, 3, 12))
        .geboortedatum(LocalDate.of(1998, 7, 4))
        .build();
  }

  private static Afspraak afspraak(String casus, LocalDate uiterlijk) {
    return Afspraak.builder()
        .wie(Professional.builder().organisatie("Bureau Jeugdzorg").functie("jeugdzorgwerker").build())
        .wat("contact opnemen met de ouders over een gezamenlijk gesprek")
        .uiterlijk(uiterlijk)
        .casus(casus)
        .build();
  }
}
