package nl.cjg.bench;

import static nl.cjg.core.partner.Discipline.GEHANDICAPTENZORG;
import static nl.cjg.core.partner.Discipline.GGZ;
import static nl.cjg.core.partner.Discipline.JEUGDGEZONDHEIDSZORG;
import static nl.cjg.core.partner.Discipline.JEUGDZORG;
import static nl.cjg.core.partner.Discipline.JONGERENLOKET;
import static nl.cjg.core.partner.Discipline.JONGERENWERK;
import static nl.cjg.core.partner.Discipline.LEERPLICHT;
import static nl.cjg.core.partner.Discipline.MAATSCHAPPELIJK_WERK;
import static nl.cjg.core.partner.Discipline.OPVOEDONDERSTEUNING;
import static nl.cjg.core.partner.Discipline.VERSLAVINGSZORG;
import static nl.cjg.core.partner.Discipline.WELZIJN;
import static nl.cjg.core.partner.Discipline.WERK_EN_INKOMEN;
import static nl.cjg.core.partner.Expertise.AMBULANT_WERKEN;
import static nl.cjg.core.partner.Expertise.EEN_GEZIN_EEN_PLAN;
import static nl.cjg.core.partner.Expertise.KINDEREN_IN_ECHTSCHEIDING;
import static nl.cjg.core.partner.Expertise.MELDCODE_KINDERMISHANDELING;
import static nl.cjg.core.partner.Expertise.POSITIEF_OPVOEDEN;
import static nl.cjg.core.partner.Expertise.SIGNALEREN;
import static nl.cjg.core.partner.Expertise.VERWIJSINDEX;
import static nl.cjg.core.partner.Expertise.ZORGCOORDINATIE;
import static nl.cjg.core.routing.Niveau.BASISAANBOD;
import static nl.cjg.core.routing.Niveau.CASUSOVERLEG;
import static nl.cjg.core.routing.Niveau.SPECIALISTISCHE_HULP;
import static nl.cjg.core.routing.Niveau.VEILIGHEID;
import static nl.cjg.core.routing.Vervolgstap.AANMELDEN_CASUSOVERLEG;
import static nl.cjg.core.routing.Vervolgstap.BEHANDELAAR_INFORMEREN;
import static nl.cjg.core.routing.Vervolgstap.BUITEN_DOELGROEP_VERWIJZEN;
import static nl.cjg.core.routing.Vervolgstap.DOORZETTINGSMACHT_WETHOUDER;
import static nl.cjg.core.routing.Vervolgstap.GEZINSPLAN_MAKEN;
import static nl.cjg.core.routing.Vervolgstap.HERSTEL_DOOR_BETROKKENEN;
import static nl.cjg.core.routing.Vervolgstap.INFORMATIE_GEVEN;
import static nl.cjg.core.routing.Vervolgstap.LAAGDREMPELIG_AANBOD;
import static nl.cjg.core.routing.Vervolgstap.MELDEN_AMK;
import static nl.cjg.core.routing.Vervolgstap.PASSENDE_HULP;
import static nl.cjg.core.routing.Vervolgstap.PLAN_MET_OUDERS;
import static nl.cjg.core.routing.Vervolgstap.PROCESREGISSEUR_INSCHAKELEN;
import static nl.cjg.core.routing.Vervolgstap.TOELEIDING_ONDERSTEUNEN;
import static nl.cjg.core.routing.Vervolgstap.TOESTEMMING_JONGERE_VRAGEN;
import static nl.cjg.core.routing.Vervolgstap.TOESTEMMING_OUDERS_VRAGEN;
import static nl.cjg.core.routing.Vervolgstap.VERWIJSINDEX_OVERWEGEN;
import static nl.cjg.core.routing.Vervolgstap.ZORGCOORDINATOR_AANWIJZEN;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.cjg.core.casus.Leefgebied;
import nl.cjg.core.partner.Discipline;
import nl.cjg.core.partner.Expertise;
import nl.cjg.core.routing.Ernst;
import nl.cjg.core.routing.Niveau;
import nl.cjg.core.routing.Omstandigheid;
import nl.cjg.core.routing.Situatie;
import nl.cjg.core.routing.Veiligheidssignaal;
import nl.cjg.core.routing.Vervolgstap;

/**
 * The baseline of the routing benchmark: the Bergen 2012 rules ({@code bergen-2012.rules})
 * written out by hand as {@code if} statements, in the file's order (highest priority first). It
 * decides what the library's router decides apart from ranking partners: the level, the rules that
 * applied, the next steps, and the disciplines and expertise needed. The two rules that forbid
 * levels (priority 90) outrank every rule that sets those levels, so a rule whose minimum level is
 * forbidden is known before it fires and is set aside. Stateless and thread-safe.
 */
public final class HandRouter {
  private HandRouter() {}

  /**
   * What the hand-written rules decide.
   *
   * @param niveau the level
   * @param toegepast the ids of the rules that applied, in order
   * @param vervolgstappen the next steps, in order
   * @param disciplines the disciplines needed
   * @param expertises the expertise needed
   */
  public record Besluit(
      Niveau niveau,
      List<String> toegepast,
      Set<Vervolgstap> vervolgstappen,
      Set<Discipline> disciplines,
      Set<Expertise> expertises) {}

  /**
   * Routes one situation.
   *
   * @param s the situation
   * @return the decision
   */
  public static Besluit route(Situatie s) {
    int leeftijd = s.leeftijd();
    Ernst thuis = s.ernst(Leefgebied.THUIS);
    Ernst school = s.ernst(Leefgebied.SCHOOL_WERK);
    Ernst vrijeTijd = s.ernst(Leefgebied.VRIJE_TIJD_SOCIALE_CONTACTEN);
    Ernst overig = s.ernst(Leefgebied.OVERIGE);
    int hoogste = Math.max(Math.max(thuis.ordinal(), school.ordinal()), Math.max(vrijeTijd.ordinal(), overig.ordinal()));
    int vanafZorg = atLeast(Ernst.ZORG, thuis, school, vrijeTijd, overig);
    int vanafErnstig = atLeast(Ernst.ERNSTIG, thuis, school, vrijeTijd, overig);
    boolean zorg = hoogste >= Ernst.ZORG.ordinal();
    Set<Veiligheidssignaal> signalen = s.signalen();
    boolean acuut = signalen.contains(Veiligheidssignaal.ACUTE_ONVEILIGHEID);
    boolean structureel = signalen.contains(Veiligheidssignaal.STRUCTURELE_ONVEILIGHEID);
    boolean ontwikkeling = signalen.contains(Veiligheidssignaal.ONTWIKKELING_IN_GEDRANG);
    Set<Omstandigheid> omstandigheden = s.omstandigheden();
    boolean samenwerking = s.samenwerkingMetOudersMogelijk();
    boolean buitenDoelgroep = leeftijd > 23;
    boolean elders = s.inBehandelingElders();
    boolean samenwerkingProfessionals = s.samenwerkingProfessionalsOnvoldoende();
    boolean stagneert = s.hulpverleningStagneert();
    boolean herstel = s.herstelGeprobeerd();
    boolean procesregieZonderResultaat = s.procesregieZonderResultaat();

    Decision d = new Decision(buitenDoelgroep, buitenDoelgroep || elders);
    if (acuut && d.fire("VEILIGHEID-ACUUT", VEILIGHEID)) {
      d.steps.add(MELDEN_AMK);
      d.expertises.add(MELDCODE_KINDERMISHANDELING);
    }
    if (structureel && d.fire("VEILIGHEID-STRUCTUREEL", VEILIGHEID)) {
      d.steps.add(MELDEN_AMK);
      d.expertises.add(MELDCODE_KINDERMISHANDELING);
    }
    if (buitenDoelgroep && d.fire("BUITEN-DOELGROEP", null)) {
      d.steps.add(BUITEN_DOELGROEP_VERWIJZEN);
    }
    if (elders && d.fire("ELDERS-IN-BEHANDELING", null)) {
      d.steps.add(BEHANDELAAR_INFORMEREN);
      d.steps.add(TOELEIDING_ONDERSTEUNEN);
    }
    if (!samenwerking && zorg && d.fire("SAMENWERKING-ONMOGELIJK", SPECIALISTISCHE_HULP)) {
      d.steps.add(PROCESREGISSEUR_INSCHAKELEN);
      d.steps.add(PASSENDE_HULP);
      d.disciplines.add(JEUGDZORG);
    }
    if (ontwikkeling && !samenwerking && d.fire("ONTWIKKELING-ZONDER-SAMENWERKING", SPECIALISTISCHE_HULP)) {
      d.steps.add(PROCESREGISSEUR_INSCHAKELEN);
      d.steps.add(PASSENDE_HULP);
      d.disciplines.add(JEUGDZORG);
    }
    if (ontwikkeling && d.fire("ONTWIKKELING-IN-GEDRANG", CASUSOVERLEG)) {
      d.steps.add(AANMELDEN_CASUSOVERLEG);
      d.expertises.add(SIGNALEREN);
      d.disciplines.add(JEUGDZORG);
    }
    if (ontwikkeling && !s.inVerwijsindex() && leeftijd < 23 && d.fire("VERWIJSINDEX", null)) {
      d.steps.add(VERWIJSINDEX_OVERWEGEN);
      d.expertises.add(VERWIJSINDEX);
    }
    if (!s.metToestemming() && leeftijd < 16 && zorg && d.fire("TOESTEMMING-OUDERS", null)) {
      d.steps.add(TOESTEMMING_OUDERS_VRAGEN);
    }
    if (!s.metToestemming() && leeftijd >= 12 && leeftijd <= 23 && zorg && d.fire("TOESTEMMING-JONGERE", null)) {
      d.steps.add(TOESTEMMING_JONGERE_VRAGEN);
    }
    if (samenwerkingProfessionals && !herstel && d.fire("HERSTEL-SAMENWERKING", null)) {
      d.steps.add(HERSTEL_DOOR_BETROKKENEN);
      d.expertises.add(ZORGCOORDINATIE);
    }
    if (stagneert && !herstel && d.fire("HERSTEL-HULPVERLENING", null)) {
      d.steps.add(HERSTEL_DOOR_BETROKKENEN);
      d.expertises.add(ZORGCOORDINATIE);
    }
    if (samenwerkingProfessionals && herstel && d.fire("PROCESREGIE-SAMENWERKING", null)) {
      d.steps.add(PROCESREGISSEUR_INSCHAKELEN);
    }
    if (stagneert && herstel && d.fire("PROCESREGIE-HULPVERLENING", null)) {
      d.steps.add(PROCESREGISSEUR_INSCHAKELEN);
    }
    if (samenwerkingProfessionals && herstel && procesregieZonderResultaat
        && d.fire("DOORZETTINGSMACHT-SAMENWERKING", SPECIALISTISCHE_HULP)) {
      d.steps.add(DOORZETTINGSMACHT_WETHOUDER);
    }
    if (stagneert && herstel && procesregieZonderResultaat && d.fire("DOORZETTINGSMACHT-HULPVERLENING", SPECIALISTISCHE_HULP)) {
      d.steps.add(DOORZETTINGSMACHT_WETHOUDER);
    }
    if (vanafZorg >= 2 && d.fire("MEER-LEEFGEBIEDEN", CASUSOVERLEG)) {
      d.steps.add(AANMELDEN_CASUSOVERLEG);
      d.steps.add(GEZINSPLAN_MAKEN);
      d.expertises.add(EEN_GEZIN_EEN_PLAN);
      d.expertises.add(ZORGCOORDINATIE);
    }
    if (s.betrokkenProfessionals() >= 2 && zorg && d.fire("MEER-PROFESSIONALS", CASUSOVERLEG)) {
      d.steps.add(AANMELDEN_CASUSOVERLEG);
      d.steps.add(GEZINSPLAN_MAKEN);
      d.expertises.add(EEN_GEZIN_EEN_PLAN);
      d.expertises.add(ZORGCOORDINATIE);
    }
    if (s.betrokkenProfessionals() >= 2 && !s.zorgcoordinatorBekend() && zorg && d.fire("ZORGCOORDINATOR", null)) {
      d.steps.add(ZORGCOORDINATOR_AANWIJZEN);
    }
    if (hoogste >= Ernst.ERNSTIG.ordinal() && d.fire("ERNSTIGE-ZORG", CASUSOVERLEG)) {
      d.steps.add(AANMELDEN_CASUSOVERLEG);
      d.disciplines.add(JEUGDZORG);
    }
    if (vanafErnstig >= 2 && d.fire("MEERVOUDIG-ERNSTIG", SPECIALISTISCHE_HULP)) {
      d.steps.add(PASSENDE_HULP);
      d.disciplines.add(JEUGDZORG);
    }
    if (samenwerking && zorg && d.fire("OUDERS-AAN-ZET", null)) {
      d.steps.add(PLAN_MET_OUDERS);
    }
    if (thuis.compareTo(Ernst.ZORG) >= 0 && d.fire("ZORG-THUIS", BASISAANBOD)) {
      d.disciplines.add(OPVOEDONDERSTEUNING);
      d.disciplines.add(MAATSCHAPPELIJK_WERK);
      d.expertises.add(POSITIEF_OPVOEDEN);
    }
    if (school.compareTo(Ernst.ZORG) >= 0 && d.fire("ZORG-SCHOOL", BASISAANBOD)) {
      d.disciplines.add(MAATSCHAPPELIJK_WERK);
      d.disciplines.add(JEUGDGEZONDHEIDSZORG);
    }
    if (vrijeTijd.compareTo(Ernst.ZORG) >= 0 && d.fire("ZORG-VRIJE-TIJD", BASISAANBOD)) {
      d.disciplines.add(JONGERENWERK);
      d.disciplines.add(WELZIJN);
    }
    if (overig.compareTo(Ernst.ZORG) >= 0 && d.fire("ZORG-OVERIG", BASISAANBOD)) {
      d.disciplines.add(MAATSCHAPPELIJK_WERK);
    }
    if (hoogste == Ernst.VRAAG.ordinal() && leeftijd <= 23 && d.fire("VRAAG-VROEG", null)) {
      d.steps.add(LAAGDREMPELIG_AANBOD);
      d.disciplines.add(JEUGDGEZONDHEIDSZORG);
      d.disciplines.add(OPVOEDONDERSTEUNING);
    }
    if (hoogste <= Ernst.VRAAG.ordinal() && !acuut && !structureel && !ontwikkeling && !samenwerkingProfessionals
        && !stagneert && d.fire("EIGEN-KRACHT", null)) {
      d.steps.add(INFORMATIE_GEVEN);
    }
    if (omstandigheden.contains(Omstandigheid.SCHEIDING) && d.fire("SCHEIDING", null)) {
      d.expertises.add(KINDEREN_IN_ECHTSCHEIDING);
    }
    if (omstandigheden.contains(Omstandigheid.BEPERKING) && d.fire("BEPERKING", null)) {
      d.disciplines.add(GEHANDICAPTENZORG);
    }
    if (omstandigheden.contains(Omstandigheid.SCHOOLVERZUIM) && leeftijd >= 5 && leeftijd < 18
        && d.fire("SCHOOLVERZUIM", null)) {
      d.disciplines.add(LEERPLICHT);
    }
    if (omstandigheden.contains(Omstandigheid.OVERLAST) && leeftijd >= 12 && d.fire("OVERLAST", null)) {
      d.disciplines.add(JONGERENWERK);
      d.expertises.add(AMBULANT_WERKEN);
    }
    if (omstandigheden.contains(Omstandigheid.MIDDELENGEBRUIK) && d.fire("MIDDELENGEBRUIK", null)) {
      d.disciplines.add(VERSLAVINGSZORG);
    }
    if (omstandigheden.contains(Omstandigheid.PSYCHISCHE_PROBLEMEN) && d.fire("PSYCHISCHE-PROBLEMEN", null)) {
      d.disciplines.add(GGZ);
    }
    if (omstandigheden.contains(Omstandigheid.ZONDER_WERK_OF_OPLEIDING) && leeftijd >= 16
        && d.fire("WERK-EN-OPLEIDING", null)) {
      d.disciplines.add(JONGERENLOKET);
      d.disciplines.add(WERK_EN_INKOMEN);
    }
    return new Besluit(d.level(), d.applied, d.steps, d.disciplines, d.expertises);
  }

  private static int atLeast(Ernst drempel, Ernst a, Ernst b, Ernst c, Ernst e) {
    int count = 0;
    count += a.compareTo(drempel) >= 0 ? 1 : 0;
    count += b.compareTo(drempel) >= 0 ? 1 : 0;
    count += c.compareTo(drempel) >= 0 ? 1 : 0;
    count += e.compareTo(drempel) >= 0 ? 1 : 0;
    return count;
  }

  /** The decision being made: the candidate level and what the applied rules ask for. */
  private static final class Decision {
    private final boolean basisaanbodVerboden;
    private final boolean casusoverlegVerboden;
    private final List<String> applied = new ArrayList<>();
    private final Set<Vervolgstap> steps = new LinkedHashSet<>();
    private final Set<Discipline> disciplines = EnumSet.noneOf(Discipline.class);
    private final Set<Expertise> expertises = EnumSet.noneOf(Expertise.class);
    private Niveau candidate = Niveau.INFORMATIE_EN_EIGEN_KRACHT;

    Decision(boolean basisaanbodVerboden, boolean casusoverlegVerboden) {
      this.basisaanbodVerboden = basisaanbodVerboden;
      this.casusoverlegVerboden = casusoverlegVerboden;
    }

    /** A rule fired with {@code minimum} (or none); whether it applies rather than being set aside. */
    boolean fire(String id, Niveau minimum) {
      if (minimum != null && minimum.compareTo(candidate) > 0) {
        candidate = minimum;
      }
      if (minimum != null && verboden(minimum)) {
        return false;
      }
      applied.add(id);
      return true;
    }

    private boolean verboden(Niveau niveau) {
      return niveau == BASISAANBOD && basisaanbodVerboden || niveau == CASUSOVERLEG && casusoverlegVerboden;
    }

    Niveau level() {
      Niveau level = candidate;
      while (verboden(level)) {
        level = Niveau.values()[level.ordinal() + 1];
      }
      return level;
    }
  }
}
