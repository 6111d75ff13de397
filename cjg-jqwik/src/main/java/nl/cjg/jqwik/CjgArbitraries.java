package nl.cjg.jqwik;

import java.time.LocalDate;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import nl.cjg.core.aanbod.Aanbod;
import nl.cjg.core.aanbod.Kengetal;
import nl.cjg.core.aanbod.Uitsplitsing;
import nl.cjg.core.casus.Aanmelder;
import nl.cjg.core.casus.Afspraak;
import nl.cjg.core.casus.BetrokkenInstantie;
import nl.cjg.core.casus.Doel;
import nl.cjg.core.casus.Gezinsplan;
import nl.cjg.core.casus.Kind;
import nl.cjg.core.casus.OndernomenActie;
import nl.cjg.core.casus.Persoonsgegevens;
import nl.cjg.core.casus.Professional;
import nl.cjg.core.casus.Statusgeschiedenis;
import nl.cjg.core.casus.Toestemming;
import nl.cjg.core.id.AgbCode;
import nl.cjg.core.id.Bsn;
import nl.cjg.core.id.BuurtCode;
import nl.cjg.core.id.GemeenteCode;
import nl.cjg.core.id.KvkNummer;
import nl.cjg.core.id.Postcode;
import nl.cjg.core.id.Pseudoniem;
import nl.cjg.core.id.WijkCode;
import nl.cjg.core.overleg.Aanvraag;
import nl.cjg.core.overleg.Agenda;
import nl.cjg.core.overleg.Agendaplanning;
import nl.cjg.core.overleg.Casusoverleg;
import nl.cjg.core.overleg.Doorverwijzing;
import nl.cjg.core.overleg.Planningsregels;
import nl.cjg.core.overleg.Vergaderschema;
import nl.cjg.core.overleg.Voorzitter;
import nl.cjg.core.partner.Netwerk;
import nl.cjg.core.partner.Partner;
import nl.cjg.core.populatie.Doelgroep;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.populatie.Leeftijdsindeling;
import nl.cjg.core.populatie.Omvang;
import nl.cjg.core.populatie.Populatie;
import nl.cjg.core.routing.Advies;
import nl.cjg.core.routing.RoutingRule;
import nl.cjg.core.routing.Situatie;
import nl.cjg.core.sample.SampleDataset;
import nl.cjg.core.tijd.Datumbereik;
import nl.cjg.core.tijd.Periode;
import nl.cjg.core.tijd.Tijdvak;
import nl.cjg.core.verwijsindex.Match;
import nl.cjg.core.verwijsindex.Signaal;
import nl.cjg.core.verwijsindex.Verval;
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
 * jqwik arbitraries for the CJG domain, one static factory per type. Every value passes {@code
 * CjgValidator} and its structural invariants; {@link #invalid(String)} gives values that break
 * exactly one named rule. The arbitraries are built from jqwik combinators, so a failing property
 * shrinks towards simple values: the first kern, the youngest age, empty optional fields, short
 * texts, the lowest test BSN.
 *
 * <p>Personal data are synthetic: names are letters, BSNs come only from the test range of
 * {@link nl.cjg.core.sample.SampleBsn} (with {@code 000009921}, a test number with leading zeros,
 * as an edge case), e-mail addresses end in the reserved domain {@code .example}.
 *
 * <p>{@link CjgArbitraryProvider} makes the same arbitraries the default for {@code @ForAll}
 * parameters of these types. Stateless and thread-safe.
 */
public final class CjgArbitraries {
  /**
   * The reference date (peildatum) with which the datasets of {@link #invalid(String)} for a
   * dataset rule are checked: the end of the werkplan year 2012.
   */
  public static final LocalDate DATASET_PEILDATUM = LocalDate.of(2012, 12, 31);
  private CjgArbitraries() {}

  /** Cases, valid by default; narrow them with {@link CasusArbitrary#anoniem()} and the like. */
  public static CasusArbitrary casus() {
    return new CasusArbitrary();
  }

  /** Test-range BSNs that pass the eleven-test; edge case {@code 000009921} (leading zeros). */
  public static Arbitrary<Bsn> bsn() {
    return Identificatie.bsn();
  }

  /** Postcodes: 1000 to 9999 and two capitals other than SA, SD, SS. */
  public static Arbitrary<Postcode> postcode() {
    return Identificatie.postcode();
  }

  /** AGB-codes: eight digits. */
  public static Arbitrary<AgbCode> agbCode() {
    return Identificatie.agbCode();
  }

  /** KvK-nummers: eight digits. */
  public static Arbitrary<KvkNummer> kvkNummer() {
    return Identificatie.kvkNummer();
  }

  /** Municipality codes; Bergen's {@code GM0373} is an edge case. */
  public static Arbitrary<GemeenteCode> gemeenteCode() {
    return Identificatie.gemeenteCode();
  }

  /** District codes. */
  public static Arbitrary<WijkCode> wijkCode() {
    return Identificatie.wijkCode();
  }

  /** Neighbourhood codes. */
  public static Arbitrary<BuurtCode> buurtCode() {
    return Identificatie.buurtCode();
  }

  /** The seven kernen of Bergen. */
  public static Arbitrary<Kern> kern() {
    return Bevolking.kern();
  }

  /** Age bands within the CJG target group, 0 t/m 23; the CJG service bands are edge cases. */
  public static Arbitrary<Leeftijdsgroep> leeftijdsgroep() {
    return Bevolking.leeftijdsgroep();
  }

  /** The named band sets in use. */
  public static Arbitrary<Leeftijdsindeling> leeftijdsindeling() {
    return Bevolking.leeftijdsindeling();
  }

  /** Cells of a population table. */
  public static Arbitrary<Populatie.Telling> telling() {
    return Bevolking.telling();
  }

  /** Population tables of Bergen whose parts fit their wholes; the CBS 2010 table is an edge case. */
  public static Arbitrary<Populatie> populatie() {
    return Bevolking.populatie();
  }

  /** Sizes of target groups with their source. */
  public static Arbitrary<Omvang> omvang() {
    return Bevolking.omvang();
  }

  /** Target groups. */
  public static Arbitrary<Doelgroep> doelgroep() {
    return Bevolking.doelgroep();
  }

  /** Partners serving at least one age group and kern, with at least one discipline. */
  public static Arbitrary<Partner> partner() {
    return Netwerken.partner();
  }

  /** Networks that serve every age 0–23; the Bergen partner map is an edge case. */
  public static Arbitrary<Netwerk> netwerk() {
    return Netwerken.netwerk();
  }

  /** Offerings. */
  public static Arbitrary<Aanbod> aanbod() {
    return Aanbiedingen.aanbod();
  }

  /** Measures of an offering. */
  public static Arbitrary<Kengetal> kengetal() {
    return Aanbiedingen.kengetal();
  }

  /** Breakdowns of a measure, partitions and overlaps. */
  public static Arbitrary<Uitsplitsing> uitsplitsing() {
    return Aanbiedingen.uitsplitsing();
  }

  /** Consent on its own: with consent of some parties, or anonymous with a reason. */
  public static Arbitrary<Toestemming> toestemming() {
    return Casussen.toestemming();
  }

  /** Referrers. */
  public static Arbitrary<Aanmelder> aanmelder() {
    return Casussen.aanmelder();
  }

  /** Professionals and organisations acting in a case. */
  public static Arbitrary<Professional> professional() {
    return Casussen.professional();
  }

  /** Identifying data of a child, without a birth date. */
  public static Arbitrary<Persoonsgegevens> persoonsgegevens() {
    return Casussen.persoonsgegevens();
  }

  /** Actions tried before a case was brought in. */
  public static Arbitrary<OndernomenActie> ondernomenActie() {
    return Casussen.actie();
  }

  /** Agencies involved with a child. */
  public static Arbitrary<BetrokkenInstantie> betrokkenInstantie() {
    return Casussen.betrokkenInstantie();
  }

  /** Agreements. */
  public static Arbitrary<Afspraak> afspraak() {
    return Casussen.afspraak();
  }

  /** Goals of a family plan. */
  public static Arbitrary<Doel> doel() {
    return Casussen.doel();
  }

  /** Family plans made with the parents, with agreements about their own cases. */
  public static Arbitrary<Gezinsplan> gezinsplan() {
    return Casussen.gezinsplan();
  }

  /** Status histories along the allowed transitions. */
  public static Arbitrary<Statusgeschiedenis> statusgeschiedenis() {
    return Casussen.statusgeschiedenis();
  }

  /** Chairs in the role of procesregisseur. */
  public static Arbitrary<Voorzitter> voorzitter() {
    return Overleggen.voorzitter();
  }

  /** Case meetings with their afsprakenlijst. */
  public static Arbitrary<Casusoverleg> casusoverleg() {
    return Overleggen.casusoverleg();
  }

  /** Requests for the case meeting. */
  public static Arbitrary<Aanvraag> aanvraag() {
    return Overleggen.aanvraag();
  }

  /** Planning rules. */
  public static Arbitrary<Planningsregels> planningsregels() {
    return Overleggen.planningsregels();
  }

  /** Meeting schedules; every three weeks is an edge case. */
  public static Arbitrary<Vergaderschema> vergaderschema() {
    return Overleggen.vergaderschema();
  }

  /** Verwijsindex signals registered before the 23rd birthday; the day before it is an edge case. */
  public static Arbitrary<Signaal> signaal() {
    return Signalen.signaal();
  }

  /** Verwijsindex matches of two or more organisations. */
  public static Arbitrary<Match> match() {
    return Routering.match();
  }

  /** Situations the router advises on. */
  public static Arbitrary<Situatie> situatie() {
    return Routering.situatie();
  }

  /** Work plans. */
  public static Arbitrary<Werkplan> werkplan() {
    return Plannen.werkplan();
  }

  /** Topics of a work plan. */
  public static Arbitrary<WerkplanItem> werkplanItem() {
    return Plannen.werkplanItem();
  }

  /** Evaluations. */
  public static Arbitrary<Evaluatie> evaluatie() {
    return Plannen.evaluatie();
  }

  /** Plans of approach with gates decided in order. */
  public static Arbitrary<PlanVanAanpak> planVanAanpak() {
    return Plannen.planVanAanpak();
  }

  /** Phases of a plan of approach. */
  public static Arbitrary<Fase> fase() {
    return Plannen.fase();
  }

  /** Actions of a plan of approach, decided within their month. */
  public static Arbitrary<nl.cjg.core.werkplan.Actie> planActie() {
    return Plannen.actie();
  }

  /** Go/no-go gates. */
  public static Arbitrary<GoNoGo> goNoGo() {
    return Plannen.goNoGo();
  }

  /** Decisions of a deciding body. */
  public static Arbitrary<Actie.Besluitmoment> besluitmoment() {
    return Plannen.besluitmoment();
  }

  /** Communication plans. */
  public static Arbitrary<Communicatieplan> communicatieplan() {
    return Plannen.communicatieplan();
  }

  /** Goals of a communication step. */
  public static Arbitrary<Communicatiedoel> communicatiedoel() {
    return Plannen.communicatiedoel();
  }

  /** Target groups of a communication plan. */
  public static Arbitrary<Communicatiedoelgroep> communicatiedoelgroep() {
    return Plannen.communicatiedoelgroep();
  }

  /** Means of communication. */
  public static Arbitrary<Middel> middel() {
    return Plannen.middel();
  }

  /** Measurements of awareness. */
  public static Arbitrary<Meting> meting() {
    return Plannen.meting();
  }

  /** Periods as plans write them: a piece, a range of months, open-ended. */
  public static Arbitrary<Periode> periode() {
    return Tijd.periode();
  }

  /** Calendar pieces: a day, a month, a year. */
  public static Arbitrary<Tijdvak> tijdvak() {
    return Tijd.tijdvak();
  }

  /** Exact day ranges of up to two years. */
  public static Arbitrary<Datumbereik> datumbereik() {
    return Tijd.datumbereik();
  }

  /** Children of valid cases: identified (with consent) or only by age or band. */
  public static Arbitrary<Kind> kind() {
    return Casussen.kind();
  }

  /** Steps of a case's status history. */
  public static Arbitrary<Statusgeschiedenis.Wijziging> statuswijziging() {
    return Casussen.statuswijziging();
  }

  /** Agendas of a case meeting. */
  public static Arbitrary<Agenda> agenda() {
    return Overleggen.agenda();
  }

  /** Requests redirected within the network. */
  public static Arbitrary<Doorverwijzing> doorverwijzing() {
    return Overleggen.doorverwijzing();
  }

  /** Plans that the {@code Agendaplanner} makes of arbitrary requests and meeting dates. */
  public static Arbitrary<Agendaplanning> agendaplanning() {
    return Overleggen.agendaplanning();
  }

  /** When and why a Verwijsindex signal ends. */
  public static Arbitrary<Verval> verval() {
    return Signalen.verval();
  }

  /** Advice of the Bergen 2012 routing rules for arbitrary situations. */
  public static Arbitrary<Advies> advies() {
    return Routering.advies();
  }

  /** Well-formed routing rules, each accepted on its own by {@code RoutingRules.of}. */
  public static Arbitrary<RoutingRule> routingRule() {
    return Routering.routingRule();
  }

  /** Pseudonyms of 64 hexadecimal digits. */
  public static Arbitrary<Pseudoniem> pseudoniem() {
    return Identificatie.pseudoniem();
  }

  /** Strategic choices of a communication plan. */
  public static Arbitrary<StrategischeKeuze> strategischeKeuze() {
    return Plannen.strategischeKeuze();
  }

  /** Steps of a communication plan. */
  public static Arbitrary<Communicatiestap> communicatiestap() {
    return Plannen.communicatiestap();
  }

  /**
   * Whole, connected datasets: a {@link SampleDataset} of an arbitrary seed with 0 to 200 cases,
   * whose meetings, agreements, family plans and signals refer to its own cases and partners.
   * Every record passes {@code CjgValidator}; iterate it for the records.
   */
  public static Arbitrary<SampleDataset> dataset() {
    return Datasets.dataset();
  }

  /**
   * Values that break exactly the business rule {@code ruleId} of {@code docs/validation-rules.md}
   * and no other: for example {@code invalid("CASUS-004")} gives cases discussed before their form
   * was filled in. The value's type is that of the rule ({@code BSN-001}: a {@link Signaal}). For a
   * dataset rule ({@code DATASET-nnn}) it is the records of a small connected dataset, a {@code
   * List<Object>}, to check with {@code CjgValidator.validateDataset(DATASET_PEILDATUM, records)};
   * the result does not depend on their order.
   *
   * @param ruleId a rule id of {@link #invalidRuleIds()}
   * @return the arbitrary
   * @throws IllegalArgumentException for a rule without a variant
   */
  public static Arbitrary<?> invalid(String ruleId) {
    return Ongeldig.voor(ruleId);
  }

  /** The rule ids {@link #invalid(String)} knows, in the order of the rule catalogue. */
  public static Set<String> invalidRuleIds() {
    return Ongeldig.regelIds();
  }
}
