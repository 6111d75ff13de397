package nl.cjg.core.referentie;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.tijd.Periode;
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
 * The plans of CJG Bergen as the sources write them: the Werkplan CJG Bergen 2012 (its four
 * onderwerpen, each with its evaluation), the Plan van aanpak CJG Bergen 2008–2010 (stap 1–4) and
 * the Communicatieplan CJG Bergen 2012. What the sources do not give is left out, or marked as an
 * assumption where it is stated (docs/reference-dataset.md lists every assumption).
 * The building blocks (items, phases, steps) are public so that tests and examples can vary one
 * part of a real plan.
 */
public final class BergenPlannen {
  /**
   * The day given to the evaluations of the werkplan 2012, an assumption: the werkplan evaluates
   * in June and in October 2012 and uses the October outcome for the plan of 2013, but dates no
   * evaluation; each evaluation dated so says so in its text ({@link #AANNAME_OKTOBER}).
   */
  public static final LocalDate OKTOBER_2012 = LocalDate.of(2012, 10, 31);

  /** How a record of the Bergen plans marks a value the sources do not give: "Aanname: ", then why. */
  public static final String AANNAME = "Aanname: ";

  /** The note in the text of an evaluation dated {@link #OKTOBER_2012}. */
  static final String AANNAME_OKTOBER =
      " [" + AANNAME + "de datum. Het werkplan evalueert in juni en oktober 2012 en dateert deze evaluatie niet;"
          + " 31 oktober 2012 is de laatste dag van oktober.]";

  /** The note in the text of an evaluation whose outcome is the library's reading of that text. */
  private static String uitkomstGelezen(String waarom) {
    return " [" + AANNAME + "de uitkomst. De bron noemt geen uitkomst; " + waarom + "]";
  }

  /** The day the kernpartners adopted the communicatieplan (Communicatieplan CJG Bergen 2012, 1. inleiding). */
  public static final LocalDate COMMUNICATIEPLAN_VASTGESTELD = LocalDate.of(2012, 4, 25);

  private BergenPlannen() {}

  /** Werkplan 2012 topic 1: the ambition and service level, with its evaluations. */
  public static WerkplanItem ambitieEnVoorzieningenniveau() {
    return WerkplanItem.builder()
        .nummer(1)
        .onderwerp("Vaststellen van het ambitie- en voorzieningenniveau")
        .doel(
            "Het CJG biedt een aanbod aan opvoedondersteuning dat past bij de vraag van ouders en jongeren en dat"
                + " uitgaat van het versterken van eigen kracht.")
        .resultaat(
            "Het CJG heeft aan het einde van 2012 inzicht in het huidige basisaanbod waardoor vastgesteld kan worden"
                + " of het aanbod volledig is en of daar wijzigingen in aangebracht moeten worden.")
        .werkwijze("Het in kaart brengen van de verschillende doelgroepen, het huidige aanbod en het bereik van het aanbod.")
        .gerealiseerdVoor(LocalDate.of(2012, 4, 1))
        .addEvaluaties(
            Evaluatie.builder()
                .datum(OKTOBER_2012)
                .tekst(
                    "De doelgroep en het aanbod zijn in kaart gebracht. Het aanbod kan meer vraaggericht, maar ook meer"
                        + " doelgroepgericht aangeboden worden."
                        + AANNAME_OKTOBER
                        + uitkomstGelezen("gerealiseerd, want de doelgroepen en het aanbod zijn in kaart gebracht, wat de"
                            + " werkwijze van dit onderwerp vraagt."))
                .uitkomst(Evaluatie.Voortgang.GEREALISEERD)
                .build())
        .build();
  }

  /** Werkplan 2012 topic 2: an effective case meeting, with its evaluations. */
  public static WerkplanItem effectiefCasusoverleg() {
    return WerkplanItem.builder()
        .nummer(2)
        .onderwerp("Realiseren van een effectieve vorm van casusbespreking")
        .doel(
            "Het CJG zal, zoveel als mogelijk, samenwerken met ouders, door bij hen aan te sluiten en hen te"
                + " ondersteunen door het opstellen van een gezamenlijk plan waarin de ontwikkeling en veiligheid van"
                + " de kinderen gewaarborgd wordt.")
        .resultaat("Kinderen / jongeren krijgen tijdig passende hulpverlening en ouders participeren in dit traject.")
        .werkwijze(
            "De huidige overlegstructuren worden in kaart gebracht en geëvalueerd. Tevens zal er een"
                + " pilot-casusbespreking gestart worden.")
        .gerealiseerdVoor(LocalDate.of(2012, 10, 1))
        .addEvaluaties(
            Evaluatie.builder()
                .datum(OKTOBER_2012)
                .tekst(
                    "In april 2012 is gestart met een casusoverleg waarbij de specialismen vanuit het CJG in een"
                        + " integraal adviesteam samengebracht zijn."
                        + AANNAME_OKTOBER
                        + uitkomstGelezen("gerealiseerd, want het casusoverleg loopt sinds april 2012 en de pilot is"
                            + " positief geëvalueerd."))
                .uitkomst(Evaluatie.Voortgang.GEREALISEERD)
                .build())
        .build();
  }

  /** Werkplan 2012 topic 3: roles, tasks and cooperation agreements, with its evaluations. */
  public static WerkplanItem rollenTakenEnSamenwerkingsafspraken() {
    return WerkplanItem.builder()
        .nummer(3)
        .onderwerp("Inzichtelijk maken en vastleggen van rollen, taken en samenwerkingsafspraken binnen het CJG")
        .doel(
            "Binnen het CJG-netwerk staat de kracht van samenwerking centraal. Het doel is om deze samenwerking te"
                + " verstevigen, te optimaliseren en effectiever te maken.")
        .resultaat(
            "Heldere beschrijving van taken, rollen en afspraken leiden tot versteviging van de samenwerking.")
        .werkwijze("Het maken van een overzicht met de kern- en ketenpartners van het CJG.")
        .gerealiseerdVoor(LocalDate.of(2012, 11, 1))
        .addEvaluaties(
            Evaluatie.builder()
                .datum(OKTOBER_2012)
                .tekst(
                    "De coördinator van het CJG bemerkt dat de professionals nog niet altijd op de hoogte zijn van de"
                        + " gemaakte afspraken binnen de implementatiegroep."
                        + AANNAME_OKTOBER
                        + uitkomstGelezen("deels gerealiseerd, want er wordt samengewerkt zonder formele beschrijving van"
                            + " rollen en taken, en nadere afspraken zijn een aandachtspunt voor 2013."))
                .uitkomst(Evaluatie.Voortgang.DEELS_GEREALISEERD)
                .build())
        .build();
  }

  /** Werkplan 2012 topic 4: awareness of the CJG, with its evaluations. */
  public static WerkplanItem bekendheid() {
    return WerkplanItem.builder()
        .nummer(4)
        .onderwerp("Realiseren van bekendheid van het CJG")
        .doel("Realiseren van bekendheid van het CJG onder de doelgroep; ouders en jongeren in de gemeente Bergen.")
        .resultaat(
            "Ouders en jongeren kennen het CJG en weten dat zij daar terecht kunnen voor vragen en advies over"
                + " opvoeden en opgroeien.")
        .werkwijze("Met de kernpartners wordt een communicatieplan opgesteld.")
        .gerealiseerdVoor(LocalDate.of(2012, 5, 1))
        .addEvaluaties(
            Evaluatie.builder()
                .datum(COMMUNICATIEPLAN_VASTGESTELD)
                .tekst(
                    "Het communicatieplan is op 25 april 2012 vastgesteld door de kernpartners (Communicatieplan CJG"
                        + " Bergen 2012, 1. inleiding)."
                        + uitkomstGelezen("gerealiseerd, want dit onderwerp vraagt dat communicatieplan, voor 1 mei 2012."))
                .uitkomst(Evaluatie.Voortgang.GEREALISEERD)
                .build(),
            Evaluatie.builder()
                .datum(OKTOBER_2012)
                .tekst(
                    "In 2012 is er een integraal communicatieplan opgesteld met doelstellingen, planning en nog nader te"
                        + " ontwikkelen instrumenten. Dit plan is ten uitvoer gebracht door alle kernpartners."
                        + AANNAME_OKTOBER)
                .build())
        .build();
  }

  /** The werkplan 2012 with its long-term vision and its four topics. */
  public static Werkplan werkplan2012() {
    return Werkplan.builder()
        .jaar(Year.of(2012))
        .visie(
            "Het CJG is een laagdrempelige, herkenbare voorziening voor ouders en jongeren met vragen over opvoeden"
                + " en opgroeien. Het CJG gaat daarbij uit van de eigen kracht van opvoeders en kinderen/jongeren.")
        .addItems(ambitieEnVoorzieningenniveau(), effectiefCasusoverleg(), rollenTakenEnSamenwerkingsafspraken(), bekendheid())
        .addEvaluaties(
            Evaluatie.builder()
                .datum(OKTOBER_2012)
                .tekst(
                    "Het CJG Bergen werkt sinds 2012 met een werkplan. Deze keuze wordt door alle partners als positief"
                        + " ervaren; het geeft richting en het geeft focus."
                        + AANNAME_OKTOBER)
                .build())
        .build();
  }

  /** Step 1 of the plan van aanpak, the oriëntatiefase, closed by the given gate. */
  public static Fase orientatiefase(GoNoGo gate) {
    return Fase.builder()
        .stap(Fase.Stap.ORIENTATIEFASE)
        .beoogdResultaat(
            "Zicht krijgen op wat een CJG is om hiermee (politiek) draagvlak te verkrijgen voor het verdere traject.")
        .addActies(
            actie("Raadsbijeenkomst", "Urgentiebesef voor het realiseren van een CJG is aanwezig bij de raadsleden.",
                "4 december 2008", "Afdeling Welzijn"),
            actie("Krachtenveldanalyse: Onderzoek en draagvlak bepalen binnen de gemeente, bij belanghebbende organisaties.",
                "Diagnose van huidige situatie en analyse van gewenste situatie. Ketenpartners in beeld.",
                "November 2008 – maart 2009", "Afdeling Welzijn"),
            actie("Opstellen startnotitie (proces en kader om te komen tot het realiseren van een CJG).",
                "Bestuurlijk commitment.", "April 2009 – juni 2009", "Afdeling Welzijn"),
            Actie.builder()
                .actie("Vaststellen startnotitie CJG")
                .resultaat("Bestuurlijk commitment")
                .addWie("College van B&W", "ARC", "Gemeenteraad")
                .wanneer(Periode.parse("18 augustus 2009 – 22 september 2009"))
                .addBesluitmomenten(
                    Actie.Besluitmoment.of("College van B&W", LocalDate.of(2009, 8, 18)),
                    Actie.Besluitmoment.of("ARC", LocalDate.of(2009, 9, 8)),
                    Actie.Besluitmoment.of("Gemeenteraad", LocalDate.of(2009, 9, 22)))
                .build())
        .goNoGo(gate)
        .build();
  }

  /** Step 2 of the plan van aanpak, the ontwikkelfase, closed by the given gate. */
  public static Fase ontwikkelfase(GoNoGo gate) {
    return Fase.builder()
        .stap(Fase.Stap.ONTWIKKELFASE)
        .beoogdResultaat(
            "Het verder uitwerken van de taken van een CJG die vervolgens vastgelegd worden in een"
                + " samenwerkingsovereenkomst.")
        .addActies(
            actie("Organiseren van een werkbijeenkomst met ketenpartners.", "Urgentiebesef en draagvlak voor CJG.",
                "23 september 2009", "ketenpartners"),
            actie("Formeren stuurgroep", "Stuurgroep CJG geïnstalleerd", "Oktober 2009", "afdeling Welzijn"),
            actie("Opstellen van een convenant", "Samenwerking geformaliseerd (= netwerkorganisatie).", "Oktober 2009",
                "Stuurgroep onder regie van afdeling Welzijn"),
            Actie.builder()
                .actie("Opstellen van een ontwerp CJG")
                .resultaat("Verdere uitwerking van CJG.")
                .addWie("Stuurgroep onder regie van afdeling Welzijn")
                .wanneer(Periode.parse("10 november 2009 – 15 december 2009"))
                .addBesluitmomenten(
                    Actie.Besluitmoment.of("College", LocalDate.of(2009, 11, 10)),
                    Actie.Besluitmoment.of("ARC", LocalDate.of(2009, 12, 1)),
                    Actie.Besluitmoment.of("Raad", LocalDate.of(2009, 12, 15)))
                .build())
        .goNoGo(gate)
        .build();
  }

  /** Step 3 of the plan van aanpak, the uitvoeringsfase. */
  public static Fase uitvoeringsfase() {
    return Fase.builder()
        .stap(Fase.Stap.UITVOERINGSFASE)
        .beoogdResultaat("Het concreet uitwerken, voorbereiden en implementeren van het CJG.")
        .addActies(
            actie("Onderzoek naar fysiek punt CJG", "Locatie voor fysiek punt.", "Vanaf september 2009", "Afdeling Welzijn"),
            actie("Aanstellen van CJG-coördinator",
                "Aanstellen CJG coördinator voor een periode van 1 jaar vanaf januari 2010", "Vanaf september 2009",
                "Afdeling Welzijn"),
            actie("Sluitende keten realiseren", "Formaliseren van samenwerkingsafspraken in de keten",
                "Vanaf september 2009", "Stuurgroep CJG"),
            Actie.builder()
                .actie("Werken op basis van de multidisciplinaire aanpak vanuit het principe ‘een kind/gezin – een plan’")
                .resultaat(
                    "Implementeren van de verwijsindex bij het melden van risicosignalen, met als doel om signalen bij"
                        + " elkaar te brengen in 2010.")
                .addDeelacties(
                    "Opstellen convenant voor melden van signalen in Verwijsindex en ondertekenen door alle betrokken"
                        + " partijen in 2010",
                    "Organiseren van workshop voor training melding in verwijsindex in 2010.",
                    "Financieren van beheer en systeem van Verwijsindex door de gemeente.",
                    "Opstellen/actualiseren format over afhandelen en doorverwijzing van vraag.",
                    "Model protocol signaleren opstellen en vaststellen.",
                    "Afspraken over terugkoppeling naar betrokkenen worden vastgelegd.",
                    "De doorzettingsmacht van de wethouder Jeugd is geregeld bij stagnatie van hulp aan kinderen.")
                .wanneer(Periode.parse("2010"))
                .build(),
            Actie.builder()
                .actie("Ontwikkelen deskundigheidsbevorderingsaanbod")
                .resultaat("Voorstel opstellen voor deskundigheidsbevordering in de gemeente Bergen")
                .addDeelacties(
                    "Inventariseren behoefte aan deskundigheidsbevordering",
                    "Onderzoek naar inzetten deskundigheidsbevordering rondom signaleren (bv. Triple P en/of Regionale"
                        + " Aanpak Kindermishandeling)",
                    "Voorstel opstellen voor deskundigheidsbevordering in de gemeente Bergen")
                .wanneer(Periode.parse("2010"))
                .build(),
            Actie.builder()
                .actie("Verbeteren en optimaliseren hulpaanbod")
                .resultaat(
                    "De producten sluiten op elkaar aan en als gemeente sturen we op de ketenkwaliteit van het aanbod.")
                .addDeelacties(
                    "Inventarisatie van hulpaanbod en opvoedingsondersteuning",
                    "Dubbelingen en versnipperingen in het aanbod worden er uit gehaald.",
                    "Een behoefteonderzoek onder ouders en jeugdigen doen.",
                    "De producten sluiten op elkaar aan en als gemeente sturen we op de ketenkwaliteit van het aanbod.",
                    "Opzetten van een sociale kaart van gehele aanbod.",
                    "Eventueel een voorstel voor inzetten van nieuwe producten in de gemeente")
                .wanneer(Periode.parse("2010"))
                .build(),
            Actie.builder()
                .actie("Communicatieplan voor een functionerend centrum opstellen")
                .resultaat("Continue PR voor gehele doelgroep, inclusief professionals")
                .wanneer(Periode.parse("2010"))
                .build())
        .build();
  }

  /** Step 4 of the plan van aanpak, the consolidatiefase. */
  public static Fase consolidatiefase() {
    return Fase.builder()
        .stap(Fase.Stap.CONSOLIDATIEFASE)
        .beoogdResultaat("De werking van het CJG optimaliseren")
        .addActies(
            actie("Jaarlijkse evaluatie van de opzet en samenwerking van het CJG.",
                "Behaalde resultaten, successen en flops, actuele ontwikkelingen", "2010 en verder", "Wethouder jeugd"))
        .build();
  }

  /**
   * The Plan van aanpak CJG Bergen 2008–2010 as it was written: its "Go/No Go" gates after stap 1
   * and stap 2 record no decision, so both are not yet decided.
   */
  public static PlanVanAanpak planVanAanpak() {
    return planVanAanpak(GoNoGo.nogNietBesloten(), GoNoGo.nogNietBesloten());
  }

  /** The plan van aanpak 2008–2010 with the given gates after its first two phases. */
  public static PlanVanAanpak planVanAanpak(GoNoGo naOrientatie, GoNoGo naOntwikkeling) {
    return PlanVanAanpak.builder()
        .titel("Plan van aanpak CJG gemeente Bergen")
        .addFasen(orientatiefase(naOrientatie), ontwikkelfase(naOntwikkeling), uitvoeringsfase(), consolidatiefase())
        .build();
  }

  /** One action of the plan van aanpak: what, its result, when (a period as the source writes it) and who. */
  public static Actie actie(String actie, String resultaat, String wanneer, String wie) {
    return Actie.builder().actie(actie).resultaat(resultaat).addWie(wie).wanneer(Periode.parse(wanneer)).build();
  }

  /** The six strategic choices of the communicatieplan 2012. */
  public static List<StrategischeKeuze> strategie() {
    return List.of(
        keuze(1, StrategischeKeuze.Termijn.KORT, "Eenheid in communicatie", "Voor een eenduidig imago is eenheid in communicatie een voorwaarde."),
        keuze(2, StrategischeKeuze.Termijn.KORT, "Onderzoek naar opvoedvragen ouders",
            "Om te achterhalen welke opvoedvragen ouders hebben is het van belang onderzoek te doen."),
        keuze(3, StrategischeKeuze.Termijn.MIDDELLANG, "Informeer ouders",
            "Door onbekendheid van het CJG bij ouders is het actief informeren van belang."),
        keuze(4, StrategischeKeuze.Termijn.MIDDELLANG, "Dialoog met jeugdigen",
            "Sociale media passen beter bij de belevingswereld van de doelgroep."),
        keuze(5, StrategischeKeuze.Termijn.LANG, "0- en 1-meting ouders", "In hoofdstuk 11 wordt dit behandeld."),
        keuze(6, StrategischeKeuze.Termijn.LANG, "Bekendheid onder jongeren - advies op maat",
            "Communicatieadvies op maat is nodig om alle jeugdigen in Bergen te motiveren het CJG te benaderen."));
  }

  /** One strategic choice of the communicatieplan. */
  public static StrategischeKeuze keuze(int nummer, StrategischeKeuze.Termijn termijn, String onderwerp, String toelichting) {
    return StrategischeKeuze.builder().nummer(nummer).termijn(termijn).onderwerp(onderwerp).toelichting(toelichting).build();
  }

  /** Communication step 1: one voice in the CJG's communication. */
  public static Communicatiestap eenheidInCommunicatie() {
    return Communicatiestap.builder()
        .nummer(1)
        .addDoelen(
            Communicatiedoel.of("Kern- en netwerkpartners zorgen voor eenheid in communicatie", Communicatiedoel.Soort.GEDRAG),
            Communicatiedoel.of("Medewerkers dragen een eenduidige identiteit CJG uit", Communicatiedoel.Soort.GEDRAG))
        .addMiddelen(
            Middel.of(Middel.Soort.HANDBOEK),
            Middel.of(Middel.Soort.TOOLKIT),
            Middel.of(Middel.Soort.WERKGROEP_COMMUNICATIE),
            Middel.of(Middel.Soort.WERKOVERLEG),
            Middel.of(Middel.Soort.BIJEENKOMST),
            Middel.of(Middel.Soort.PERSONEELSBLAD),
            Middel.of(Middel.Soort.INTRANET))
        .build();
  }

  /** Communication step 3: informing parents. */
  public static Communicatiestap informeerOuders() {
    return Communicatiestap.builder()
        .nummer(3)
        .addDoelen(
            Communicatiedoel.of(
                "Ouders in Bergen kennen het CJG en weten dat zij daar terecht kunnen voor vragen en advies over"
                    + " opvoeden en opgroeien",
                Communicatiedoel.Soort.KENNIS),
            Communicatiedoel.of(
                "Ouders in Bergen zien het CJG als een betrouwbare organisatie om advies te vragen", Communicatiedoel.Soort.HOUDING),
            Communicatiedoel.of(
                "Ouders in Bergen nemen tijdig contact op met het CJG als ze een vraag hebben", Communicatiedoel.Soort.GEDRAG))
        .addMiddelen(
            Middel.of(Middel.Soort.CJG_WEBSITE),
            Middel.of(Middel.Soort.WEBSITE_PARTNERS),
            Middel.of(Middel.Soort.BRIEF, "brief van wethouder"),
            Middel.of(Middel.Soort.PERSBERICHT, "persberichten (free publicity)"),
            Middel.of(Middel.Soort.GEMEENTEKRANT),
            Middel.of(Middel.Soort.FOLDER),
            Middel.of(Middel.Soort.POSTER),
            Middel.of(Middel.Soort.ABRI),
            Middel.of(Middel.Soort.GEBOORTETAS),
            Middel.of(Middel.Soort.GROEIBOEKJE, "groeiboekje jeugdgezondheidszorg"),
            Middel.of(Middel.Soort.NIEUWSBRIEF),
            Middel.of(Middel.Soort.OUDERAVOND, "ouderavonden onderwijs"),
            Middel.of(Middel.Soort.AMBASSADEURS),
            Middel.of(Middel.Soort.TRAININGSPROGRAMMA),
            Middel.of(Middel.Soort.INTERVISIE))
        .build();
  }

  /** Communication step 4: a dialogue with young people. */
  public static Communicatiestap dialoogMetJeugdigen() {
    return Communicatiestap.builder()
        .nummer(4)
        .addDoelen(
            Communicatiedoel.of("Jeugdigen in Bergen denken actief mee over inrichting Centrum jeugd en gezin", Communicatiedoel.Soort.GEDRAG))
        .addMiddelen(
            Middel.of(Middel.Soort.INTERNETFORUM),
            Middel.of(Middel.Soort.WEBSITE_PARTNERS),
            Middel.of(Middel.Soort.PERSOONLIJK_CONTACT, "persoonlijk contact netwerkpartners"))
        .build();
  }

  /**
   * The 0-meting: 20 percent of parents knew the CJG (Klanttevredenheidsonderzoek Wmo gemeente
   * Bergen, 2011, as the Communicatieplan CJG Bergen 2012 cites it in 1. inleiding). The source
   * gives the share only; the counts 20 of 100 are an assumption that carries it, and the record's
   * {@code bron} says so: its sample size must not be read as the survey's.
   */
  public static Meting nulmeting() {
    return Meting.builder()
        .periode(Periode.jaar(2011))
        .steekproef(100)
        .bekend(20)
        .bron(NULMETING_BRON)
        .build();
  }

  /** The source of the 0-meting, with its assumption. */
  public static final String NULMETING_BRON =
      "Klanttevredenheidsonderzoek Wmo gemeente Bergen, 2011 (Communicatieplan CJG Bergen 2012, 1. inleiding:"
          + " 20 procent van de ouders kent het CJG). " + AANNAME + "steekproef 100 met 20 bekend; de bron geeft"
          + " alleen het percentage, niet de omvang van de steekproef.";

  /** The communicatieplan 2012 with its target groups, strategy, steps, budget and 0-meting. */
  public static Communicatieplan communicatieplan2012() {
    return Communicatieplan.builder()
        .jaar(Year.of(2012))
        .vastgesteldOp(COMMUNICATIEPLAN_VASTGESTELD)
        .probleem(
            "Hoe zorgt het Centrum voor jeugd en gezin Bergen dat ouders en jeugdigen tijdig contact opnemen, als we"
                + " ons tegelijkertijd realiseren dat het CJG geen bekendheid heeft en ouders en jeugdigen zorg- en"
                + " hulpverlening als een drempel ervaren?")
        .doel("Bekendheid genereren en toegankelijk maken van het Centrum voor jeugd en gezin.")
        .addDoelgroepen(
            Communicatiedoelgroep.of("kernpartners", 5),
            Communicatiedoelgroep.of("netwerkpartners", 40),
            Communicatiedoelgroep.of("(toekomstige) ouders in Bergen", 7300),
            Communicatiedoelgroep.builder()
                .naam("jeugdigen in Bergen t/m 23 jaar")
                .aantal(4000)
                .leeftijd(Leeftijdsgroep.builder().van(0).tot(24).naam("t/m 23").build())
                .build())
        .hoofdstrategie(
            "Hoofdstrategieën zijn informeren om bekendheid te genereren en dialogiseren om jongeren te bereiken.")
        .addAllKeuzes(strategie())
        .addStappen(eenheidInCommunicatie(), informeerOuders(), dialoogMetJeugdigen())
        .budget(BigDecimal.valueOf(19_000))
        .nulmeting(nulmeting())
        .build();
  }
}
