package nl.cjg.core.overleg;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.casus.Afspraak;
import nl.cjg.core.casus.Professional;
import nl.cjg.core.validation.internal.Rules;
import org.immutables.value.Value;

/**
 * One CJG case meeting: its date and chair, the fixed CJG team, the partners who joined per case,
 * the cases discussed (by kenmerk), the time planned and spent, whether the parents were present
 * per case, and the afsprakenlijst.
 *
 * <p>The sources plan a meeting at one and a half hours ({@value #STANDAARD_GEPLANDE_MINUTEN}
 * minutes); in the pilot every meeting ran half an hour to an hour over. Invariant (code
 * {@value #MINUTES_CODE}): minutes are not negative. Everything recorded per case is keyed by the
 * case's kenmerk, which is not personal data. Immutable and thread-safe.
 */
@Value.Immutable
@Rules(OverlegRules.class)
public abstract class Casusoverleg {
  Casusoverleg() {}

  /** The code of the rule that minutes are not negative. */
  public static final String MINUTES_CODE = "OVERLEG-S01";

  /** The planned length of a meeting in the sources: anderhalf uur. */
  public static final int STANDAARD_GEPLANDE_MINUTEN = 90;

  /** The date of the meeting. */
  public abstract LocalDate datum();

  /** The chair; rule {@code OVERLEG-001} asks for the procesregisseur. */
  @Valid
  public abstract Voorzitter voorzitter();

  /** The fixed CJG team present: organisation and function, names optional and never shown. */
  public abstract List<@Valid Professional> vastTeam();

  /** The partners who joined for one case, by the case's kenmerk. */
  public abstract Map<String, List<@Valid Professional>> aanschuivendePartners();

  /** The kenmerken of the cases on the agenda, in the order discussed. */
  public abstract Set<String> casussen();

  /** The planned length in minutes; {@value #STANDAARD_GEPLANDE_MINUTEN} unless set. */
  @Value.Default
  public int geplandeMinuten() {
    return STANDAARD_GEPLANDE_MINUTEN;
  }

  /** The length the meeting actually took, in minutes, once it was held. */
  public abstract Optional<Integer> bestedeMinuten();

  /** Per case kenmerk, whether the parents (or the young person) were present; absent when not recorded. */
  public abstract Map<String, Boolean> oudersAanwezig();

  /** The afsprakenlijst: who does what by when, for which case. */
  public abstract List<@Valid Afspraak> afsprakenlijst();

  /**
   * A builder for a case meeting.
   *
   * <p>Required: {@link #datum()}, {@link #voorzitter()}; every other attribute is optional, a
   * collection that may stay empty, or has a default. {@code build()} throws an {@link
   * IllegalStateException} that names every required attribute not set, and an {@link
   * InvalidValueException} with the rule's code when the value would break an invariant.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Casusoverleg}; {@link #builder()} names the required attributes. A list or
   * set attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code
   * xs(Iterable)}; a map attribute {@code putX} and {@code putAllX}; an optional attribute takes
   * the value itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableCasusoverleg.Builder {
    Builder() {}
  }

  @Value.Check
  void checkMinutes() {
    InvalidValueException.require(
        geplandeMinuten() >= 0, MINUTES_CODE, "planned minutes (geplandeMinuten) cannot be negative");
    InvalidValueException.require(
        bestedeMinuten().map(minuten -> minuten >= 0).orElse(true),
        MINUTES_CODE,
        "minutes spent (bestedeMinuten) cannot be negative");
  }

  /**
   * The forms of case meeting in gemeente Bergen, as the werkplan maps them (Werkplan CJG Bergen
   * 2012, uitwerking 2, "Overlegstructuren binnen de gemeente" and evaluatie van het
   * pilotvoorstel): who sits at the table, how often, and until when. Each constant carries what the
   * source says and nothing more; where it says nothing the value is empty.
   */
  public enum Overlegvorm {
    /**
     * The CJG casusoverleg: one meeting for the whole municipality with a fixed CJG team of the
     * kernorganisaties, partners joining per case, chaired by the coördinator CJG who is also
     * procesregisseur; every three weeks, 1.5 hours planned. From 2013 proposed to be called
     * Planbespreking, with one member taking the next step together with the parents.
     */
    CASUSOVERLEG_CJG(
        "casusoverleg CJG",
        "één overleg voor de gehele gemeente: een vast CJG-team van de kernorganisaties, met per casus aanschuivende partijen",
        "eens per drie weken",
        "coördinator CJG, tevens procesregisseur",
        Optional.empty()),
    /**
     * The buurtnetwerken, ended in 2012: Bergen, Schoorl and Groet before the summer holiday of
     * 2012, the Egmonden at the end of 2012. Valued for meeting each other, multidisciplinarity and
     * short lines; another form is sought for that and for deskundigheidsbevordering.
     */
    BUURTNETWERK(
        "buurtnetwerk",
        "deelnemers uit de kern, met een treffunctie en deskundigheidsbevordering",
        "",
        "",
        Optional.of(LocalDate.of(2012, 12, 31))),
    /**
     * Het Zorg Advies Team (ZAT) of a secondary school (all but the Europese School): chaired by
     * the schoolorthopedagoog, with the afdelingsleiders, Bureau Jeugdzorg, schoolmaatschappelijk
     * werk, the schoolarts, the police and the leerplichtambtenaar; 5 to 6 times a year, 1 to 1.5
     * hours. The CJG is represented (JGZ, SMW and BJZ).
     */
    ZORG_ADVIES_TEAM_VO(
        "Zorg Advies Team (ZAT) voortgezet onderwijs",
        "schoolorthopedagoog, afdelingsleiders, Bureau Jeugdzorg, schoolmaatschappelijk werk, schoolarts, politie,"
            + " leerplichtambtenaar",
        "5 tot 6 keer per jaar, 1 tot 1,5 uur",
        "schoolorthopedagoog",
        Optional.empty()),
    /** The Bovenschools Zorgadvies Team for primary schools, organised regionally per school board. */
    BOVENSCHOOLS_ZAT("Bovenschools Zorgadvies Team", "regionaal georganiseerd, afhankelijk van het schoolbestuur", "", "", Optional.empty()),
    /** A school's intern zorgteam: in primary school often the director and the intern begeleider, with the teacher. */
    INTERN_ZORGTEAM("intern zorgteam", "directeur en intern begeleider, aangevuld met de betreffende leerkracht", "", "", Optional.empty());

    /** From this year the proposal calls the CJG casusoverleg Planbespreking. */
    public static final int JAAR_PLANBESPREKING = 2013;

    private final String naam;
    private final String deelnemers;
    private final String frequentie;
    private final String voorzitter;
    private final Optional<LocalDate> beeindigdUiterlijk;

    Overlegvorm(String naam, String deelnemers, String frequentie, String voorzitter, Optional<LocalDate> beeindigdUiterlijk) {
      this.naam = naam;
      this.deelnemers = deelnemers;
      this.frequentie = frequentie;
      this.voorzitter = voorzitter;
      this.beeindigdUiterlijk = beeindigdUiterlijk;
    }

    /**
     * The name of the meeting form in a year: the CJG casusoverleg is the Planbespreking from
     * {@value #JAAR_PLANBESPREKING}.
     *
     * @param jaar the year
     * @return the name
     */
    public String naam(int jaar) {
      return this == CASUSOVERLEG_CJG && jaar >= JAAR_PLANBESPREKING ? "Planbespreking" : naam;
    }

    /** Who sits at the table, in the source's words. */
    public String deelnemers() {
      return deelnemers;
    }

    /** How often it meets, in the source's words; empty where the source does not say. */
    public String frequentie() {
      return frequentie;
    }

    /** Who chairs it; empty where the source does not say. */
    public String voorzitter() {
      return voorzitter;
    }

    /** The last day it existed at the latest, for a form that ended: the buurtnetwerken by the end of 2012. */
    public Optional<LocalDate> beeindigdUiterlijk() {
      return beeindigdUiterlijk;
    }
  }
}
