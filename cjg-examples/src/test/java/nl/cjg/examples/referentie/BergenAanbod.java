package nl.cjg.examples.referentie;

import java.util.List;
import java.util.stream.Stream;
import nl.cjg.core.aanbod.Aanbod;
import nl.cjg.core.aanbod.Kengetal;
import nl.cjg.core.aanbod.Kengetal.Percentage;
import nl.cjg.core.aanbod.Uitsplitsing;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.populatie.Doelgroepsoort;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.tijd.Datumbereik;

/**
 * The offerings of the kernorganisaties with their measures, as the Werkplan CJG Bergen 2012
 * prints them (uitwerking 1, aanbod per kernorganisatie); de Wering's offerings have no local
 * figures in the source. JGZ counts are from the Jaarverslag JGZ 2010; Bureau Jeugdzorg counts
 * 2011. Every value the source does not give is marked in the record itself, in its {@code
 * omschrijving}, as an assumption ({@value #AANNAME}) with the reason: the year of the
 * opvoedcursussen, the opvoedspreekuur and the jongerenwerk, age bands the source does not
 * name, and the soort and aard of offerings outside the JGZ's own basis/maatwerk headings.
 */
final class BergenAanbod {
  private static final String GGD = "Jeugdgezondheidszorg (GGD Hollands Noorden)";
  private static final String WELZIJN = "Stichting Welzijn Bergen";
  private static final String BJZ = "Bureau Jeugdzorg Noord-Holland";
  private static final String WERING = "Stichting de Wering";
  private static final Datumbereik JAAR_2010 = Datumbereik.jaar(2010);
  private static final Datumbereik JAAR_2011 = Datumbereik.jaar(2011);

  /** How a record marks a value the source does not give. */
  static final String AANNAME = "Aanname: ";

  private static final String JAAR_2010_AANNAME =
      AANNAME + "het jaar 2010; de bron geeft geen jaar, de cijfers staan bij die van de JGZ over 2010.";

  private BergenAanbod() {}

  static List<Aanbod> all() {
    return Stream.of(
            metBron(prenataleVoorlichting(), "aanbod JGZ, prenatale voorlichting"),
            metBron(screeninghuisbezoek(), "aanbod JGZ, screeninghuisbezoek"),
            metBron(intakehuisbezoek(), "aanbod JGZ, intakehuisbezoek"),
            metBron(contactmomenten0tot4(), "aanbod JGZ, kinderen 0-4 jaar"),
            metBron(contactmomenten5en6(), "aanbod JGZ, kinderen 5-6 jaar"),
            metBron(contactmomenten10en11(), "aanbod JGZ, kinderen 10-11 jaar en 2e klas VO"),
            metBron(inloopspreekuren(), "aanbod JGZ, inloopspreekuren jeugdgezondheidszorg 0-4 jaar"),
            metBron(logopedie(), "aanbod JGZ, logopedie 5-jarigen"),
            metBron(maatwerk(), "aanbod JGZ, flexibel aanbod (maatwerk)"),
            metBron(opvoedcursussen(), "aanbod JGZ, opvoedcursussen"),
            metBron(opvoedspreekuur(), "aanbod JGZ, opvoedspreekuur"),
            metBron(jongerenwerkActiviteiten(), "aanbod Stichting Welzijn Bergen, jongerenwerk"),
            metBron(ambulantJongerenwerk(), "aanbod Stichting Welzijn Bergen, ambulant jongerenwerk en overlastmeldingen"),
            metBron(schoolmaatschappelijkWerk("basisonderwijs", Leeftijdsgroep.of(4, 12)), "aanbod Stichting de Wering"),
            metBron(schoolmaatschappelijkWerk("voortgezet onderwijs", Leeftijdsgroep.of(12, 19)), "aanbod Stichting de Wering"),
            metBron(algemeenMaatschappelijkWerk(), "aanbod Stichting de Wering"),
            metBron(jeugdzorg(), "Bureau Jeugdzorg"))
        .toList();
  }

  /** How a record names its source, in its {@code omschrijving}. */
  static final String BRON = "Bron: Werkplan CJG Bergen 2012, uitwerking 1, ";

  /** The offering with its source and section at the end of its {@code omschrijving}. */
  private static Aanbod metBron(Aanbod aanbod, String sectie) {
    String omschrijving = aanbod.omschrijving().map(tekst -> tekst + " ").orElse("");
    return Aanbod.builder().from(aanbod).omschrijving(omschrijving + BRON + sectie + ".").build();
  }

  /** Prenatale voorlichting: 0 + 6 + 34 = 40 participants (Werkplan CJG Bergen 2012, uitwerking 1, aanbod JGZ, prenatale voorlichting). */
  static Aanbod prenataleVoorlichting() {
    return basis("Prenatale voorlichting", Doelgroepsoort.TOEKOMSTIGE_OUDERS)
        .omschrijving("Preventieve en voorlichtende activiteiten gericht op zwangerschap en bevalling")
        .addKengetallen(
            Kengetal.builder()
                .periode(JAAR_2010)
                .deelnemers(40)
                .addUitsplitsingen(
                    Uitsplitsing.builder()
                        .kenmerk("product")
                        .putAantallen("Informatiebijeenkomst bevalling", 0)
                        .putAantallen("Informatiebijeenkomst borstvoeding", 6)
                        .putAantallen("Zwangerschapscursus", 34)
                        .totaal(40)
                        .build())
                .build())
        .build();
  }

  /** Hielprik and hearing screening at the home visit: 123 heel pricks, reach 73% and 99.4% (Werkplan CJG Bergen 2012, uitwerking 1, aanbod JGZ, screeninghuisbezoek); the band 0 is the source's "4 t/m 7 dagen postnataal". */
  static Aanbod screeninghuisbezoek() {
    return basis("Screeninghuisbezoek", Doelgroepsoort.JEUGDIGEN, Doelgroepsoort.OUDERS)
        .leeftijdsgroep(Leeftijdsgroep.of(0, 1))
        .omschrijving("Neonatale gehoorscreening en hielprik, 4 t/m 7 dagen postnataal tijdens huisbezoek")
        .addKengetallen(
            Kengetal.builder()
                .periode(JAAR_2010)
                .omschrijving("hielprikken")
                .deelnemers(123)
                .addPercentages(Percentage.of("bereik hielprik", Percentage.Soort.BEREIK, "73"))
                .build())
        .addKengetallen(
            Kengetal.builder()
                .periode(JAAR_2010)
                .omschrijving("gehoorscreening")
                .addPercentages(Percentage.of("bereik gehoorscreening", Percentage.Soort.BEREIK, "99.4"))
                .build())
        .build();
  }

  /**
   * Intakehuisbezoek: the nurse's first home visit at about two weeks, reach 100%, no count
   * (Werkplan CJG Bergen 2012, uitwerking 1, GGD Jeugdgezondheidszorg, Intakehuisbezoek).
   */
  static Aanbod intakehuisbezoek() {
    return basis("Intakehuisbezoek", Doelgroepsoort.JEUGDIGEN, Doelgroepsoort.OUDERS)
        .leeftijdsgroep(Leeftijdsgroep.of(0, 1))
        .omschrijving("Kennismakingscontactmoment door jeugdverpleegkundige tijdens huisbezoek (rond 2 weken)")
        .addKengetallen(
            Kengetal.builder()
                .periode(JAAR_2010)
                .addPercentages(Percentage.of("intakehuisbezoek", Percentage.Soort.BEREIK, "100"))
                .build())
        .build();
  }

  /**
   * Inloopspreekuren Jeugdgezondheidszorg 0-4 jaar: two a week, each reachable for half an hour;
   * the number of visitors is "onbekend", a measure without counts (Werkplan CJG Bergen 2012,
   * uitwerking 1, GGD Jeugdgezondheidszorg, Inloopspreekuren).
   */
  static Aanbod inloopspreekuren() {
    return basis("Inloopspreekuren Jeugdgezondheidszorg 0-4 jaar", Doelgroepsoort.OUDERS)
        .leeftijdsgroep(Leeftijdsgroep.of(0, 4))
        .omschrijving("Laagdrempelige vraagbaakfunctie: 2 inloopspreekuren per week, beide half uur bereikbaar")
        .addKengetallen(Kengetal.builder().periode(JAAR_2010).omschrijving("bezoekers: onbekend").build())
        .build();
  }

  /** Contact moments 0–4 by the doctor and the nurse, each against the BTP norm (Werkplan CJG Bergen 2012, uitwerking 1, aanbod JGZ, kinderen 0-4 jaar). */
  static Aanbod contactmomenten0tot4() {
    return basis("Contactmomenten kinderen 0-4 jaar", Doelgroepsoort.JEUGDIGEN, Doelgroepsoort.OUDERS)
        .leeftijdsgroep(Leeftijdsgroep.of(0, 4))
        .omschrijving("Contactmoment uitgevoerd door arts JGZ en verpleegkundige JGZ")
        .addKengetallen(Kengetal.builder().periode(JAAR_2010).omschrijving("arts JGZ").norm(1_385).contacten(1_467).build())
        .addKengetallen(
            Kengetal.builder().periode(JAAR_2010).omschrijving("jeugdverpleegkundige").norm(1_155).contacten(1_467).build())
        .build();
  }

  /** Contact moments at 5–6 years and in special education; attendance 96.9%, 54.5%, 100% (Werkplan CJG Bergen 2012, uitwerking 1, aanbod JGZ, kinderen 5-6 jaar). */
  static Aanbod contactmomenten5en6() {
    return basis("Contactmomenten kinderen 5-6 jaar", Doelgroepsoort.JEUGDIGEN)
        .leeftijdsgroep(Leeftijdsgroep.of(5, 7))
        .omschrijving("Contactmomenten door de arts JGZ, ook voor kinderen in het speciaal basis- en voortgezet onderwijs")
        .addKengetallen(opkomst("5-6 jaar", 286, "96.9"))
        .addKengetallen(opkomst("speciaal basisonderwijs", 6, "54.5"))
        .addKengetallen(opkomst("speciaal voortgezet onderwijs", 8, "100"))
        .build();
  }

  /** Contact moments at 10–11 years and in the 2nd class of secondary school; attendance 97.9% and 98.1% (Werkplan CJG Bergen 2012, uitwerking 1, aanbod JGZ, kinderen 10-11 jaar en 2e klas VO). */
  static Aanbod contactmomenten10en11() {
    return basis("Contactmomenten kinderen 10-11 jaar en 2e klas VO", Doelgroepsoort.JEUGDIGEN)
        .leeftijdsgroep(Leeftijdsgroep.of(10, 15))
        .omschrijving("Contactmoment uitgevoerd door jeugdverpleegkundige. "
            + AANNAME + "leeftijdsgroep 10-14; de bron noemt 10-11 jaar en de 2e klas VO, niet de leeftijd in die klas.")
        .addKengetallen(opkomst("10-11 jarigen", 183, "97.9"))
        .addKengetallen(opkomst("2e klas VO", 312, "98.1"))
        .build();
  }

  /** Contact moments performed with the attendance the source gives beside them, without its base. */
  private static Kengetal opkomst(String omschrijving, int contacten, String opkomstpercentage) {
    return Kengetal.builder()
        .periode(JAAR_2010)
        .omschrijving(omschrijving)
        .contacten(contacten)
        .addPercentages(Percentage.of("opkomstpercentage", Percentage.Soort.OPKOMST, opkomstpercentage))
        .build();
  }

  /** Speech screening of five-year-olds: 209 children; 72% no follow-up, 20% one advice, 8% more (Werkplan CJG Bergen 2012, uitwerking 1, aanbod JGZ, logopedie 5-jarigen). */
  static Aanbod logopedie() {
    return basis("Logopedie 5 jarigen", Doelgroepsoort.JEUGDIGEN)
        .leeftijdsgroep(Leeftijdsgroep.of(5, 6))
        .omschrijving("Screening van 5 jarigen door een logopediste")
        .addKengetallen(
            Kengetal.builder()
                .periode(JAAR_2010)
                .deelnemers(209)
                .addPercentages(
                    Percentage.of("geen vervolgactie nodig", Percentage.Soort.AANDEEL, "72"),
                    Percentage.of("eenmalig adviesgesprek", Percentage.Soort.AANDEEL, "20"),
                    Percentage.of("adviesgesprek en vervolgacties", Percentage.Soort.AANDEEL, "8"))
                .build())
        .build();
  }

  /** JGZ maatwerk: counts per activity (Werkplan CJG Bergen 2012, uitwerking 1, aanbod JGZ, flexibel aanbod (maatwerk)). */
  static Aanbod maatwerk() {
    return Aanbod.builder()
        .partner(GGD)
        .naam("Jeugdgezondheidszorg maatwerk")
        .soort(Aanbod.Soort.FLEXIBEL_AANBOD)
        .aard(Aanbod.Aard.PREVENTIEF)
        .addVoor(Doelgroepsoort.JEUGDIGEN, Doelgroepsoort.OUDERS)
        .leeftijdsgroep(Leeftijdsgroep.of(0, 19))
        .omschrijving("Werkzaamheden als aanvulling op de uniforme werkzaamheden. " + AANNAME
            + "leeftijdsgroep 0-18, die van de uniforme werkzaamheden (\"0 tot 19 jaar\"); de bron noemt er geen voor het maatwerk.")
        .addKengetallen(Kengetal.builder().periode(JAAR_2010).omschrijving("begeleidingscontacten").contacten(125).build())
        .addKengetallen(Kengetal.builder().periode(JAAR_2010).omschrijving("zorgcoördinatie").trajecten(69).build())
        .addKengetallen(Kengetal.builder().periode(JAAR_2010).omschrijving("video hometraining").trajecten(4).build())
        .addKengetallen(Kengetal.builder().periode(JAAR_2010).omschrijving("telefonisch consult").deelnemers(6).build())
        .addKengetallen(
            Kengetal.builder().periode(JAAR_2010).omschrijving("preventief logopedische ondersteuning").deelnemers(5).build())
        .build();
  }

  /** The GGD's parenting courses with their participants from Bergen (Werkplan CJG Bergen 2012, uitwerking 1, aanbod JGZ, opvoedcursussen). */
  static Aanbod opvoedcursussen() {
    return Aanbod.builder()
        .partner(GGD)
        .naam("Opvoedcursussen")
        .soort(Aanbod.Soort.FLEXIBEL_AANBOD)
        .aard(Aanbod.Aard.PREVENTIEF)
        .addVoor(Doelgroepsoort.OUDERS)
        .leeftijdsgroep(Leeftijdsgroep.of(0, 19))
        .omschrijving("Regionale opvoedcursussen, toegankelijk voor inwoners van Bergen. " + AANNAME
            + "leeftijdsgroep 0-18; de bron noemt geen leeftijden, de cursussen gaan over peuters, 0-4 jaar, school en pubers.")
        .addKengetallen(
            Kengetal.builder()
                .periode(JAAR_2010)
                .omschrijving("Bergense deelnemers. " + JAAR_2010_AANNAME)
                .addUitsplitsingen(
                    Uitsplitsing.builder()
                        .kenmerk("cursus")
                        .putAantallen("Peuter in zicht", 22)
                        .putAantallen("Opvoeden & zo", 3)
                        .putAantallen("Beter omgaan met pubers", 1)
                        .putAantallen("Thema bijeenkomst 0-4 jaar", 2)
                        .putAantallen("Plezier op school", 16)
                        .build())
                .build())
        .build();
  }

  /**
   * The opvoedspreekuur in Egmond and Bergen, with contacts by kind and their results (Werkplan CJG Bergen 2012, uitwerking 1, aanbod JGZ, opvoedspreekuur).
   * Egmond's results add up to 30 where the source prints 31 (the table audit names the cell), so the
   * Egmond breakdown is kept without the printed total.
   */
  static Aanbod opvoedspreekuur() {
    Kengetal egmond =
        Kengetal.builder()
            .periode(JAAR_2010)
            .omschrijving("Egmond. " + JAAR_2010_AANNAME)
            .addKernen(BergenKernen.EGMOND_AAN_DEN_HOEF, BergenKernen.EGMOND_BINNEN)
            .contacten(77)
            .addUitsplitsingen(soortContact(21, 24, 19, 13, 77))
            .addUitsplitsingen(resultaat(17, 2, 2, 2, 6, 1).build())
            .build();
    Kengetal bergen =
        Kengetal.builder()
            .periode(JAAR_2010)
            .omschrijving("Bergen. " + JAAR_2010_AANNAME)
            .addKernen(BergenKernen.BERGEN)
            .contacten(47)
            .addUitsplitsingen(soortContact(13, 19, 12, 3, 47))
            .addUitsplitsingen(resultaat(3, 7, 1, 2, 3, 1).totaal(17).build())
            .build();
    return Aanbod.builder()
        .partner(GGD)
        .naam("Opvoedspreekuur")
        .soort(Aanbod.Soort.FLEXIBEL_AANBOD)
        .aard(Aanbod.Aard.PREVENTIEF)
        .addVoor(Doelgroepsoort.OUDERS)
        .leeftijdsgroep(Leeftijdsgroep.of(0, 19))
        .doelgroep("ouders met kinderen in de leeftijd 0 – 19")
        .addKengetallen(egmond, bergen)
        .build();
  }

  /** Jongerenwerk activities with their visitors (Werkplan CJG Bergen 2012, uitwerking 1, aanbod Stichting Welzijn Bergen, jongerenwerk). */
  static Aanbod jongerenwerkActiviteiten() {
    return Aanbod.builder()
        .partner(WELZIJN)
        .naam("Jongerenwerk activiteiten")
        .soort(Aanbod.Soort.BASISAANBOD)
        .aard(Aanbod.Aard.PREVENTIEF)
        .addVoor(Doelgroepsoort.JEUGDIGEN)
        .leeftijdsgroep(Leeftijdsgroep.of(4, 24))
        .omschrijving("Ontmoetings-, ontspannings- en sportactiviteiten. " + AANNAME
            + "leeftijdsgroep 4-23 en soort basisaanbod, aard preventief; de bron noemt 4-12 en 8-12 jaar bij enkele"
            + " activiteiten en deelt het aanbod van Welzijn Bergen niet in.")
        .addKengetallen(
            Kengetal.builder()
                .periode(JAAR_2010)
                .omschrijving("bezoekers. " + JAAR_2010_AANNAME)
                .addUitsplitsingen(
                    Uitsplitsing.builder()
                        .kenmerk("activiteit")
                        .overlappend(true)
                        .putAantallen("Kinderactiviteiten", 1702)
                        .putAantallen("Inloop jongerencentrum 4-12 jaar", 5647)
                        .putAantallen("Tieneractiviteiten", 3322)
                        .putAantallen("Inloop jongerencentrum", 10992)
                        .putAantallen("Vakantiespelen", 2123)
                        .putAantallen("Sportbuurtwerk", 2145)
                        .putAantallen("Jeugd Sport Paspoort", 475)
                        .putAantallen("2be2gether", 111)
                        .build())
                .build())
        .build();
  }

  /** Ambulant jongerenwerk: 79 nuisance reports by category, 3570 young people seen, 198 visits (Werkplan CJG Bergen 2012, uitwerking 1, aanbod Stichting Welzijn Bergen, ambulant jongerenwerk). */
  static Aanbod ambulantJongerenwerk() {
    return Aanbod.builder()
        .partner(WELZIJN)
        .naam("Ambulant jongerenwerk")
        .soort(Aanbod.Soort.FLEXIBEL_AANBOD)
        .aard(Aanbod.Aard.PREVENTIEF)
        .addVoor(Doelgroepsoort.JEUGDIGEN)
        .leeftijdsgroep(Leeftijdsgroep.of(12, 24))
        .omschrijving("Preventief bezoek aan groepen jongeren op openbaar terrein en contact na meldingen van overlast;"
            + " 198 bezoeken aan hangplekken. " + AANNAME + "leeftijdsgroep 12-23 en soort flexibel aanbod; de bron"
            + " spreekt van jongeren zonder leeftijd en deelt het aanbod van Welzijn Bergen niet in.")
        .addKengetallen(
            Kengetal.builder()
                .periode(JAAR_2010)
                .omschrijving("gezien of gesproken. " + JAAR_2010_AANNAME)
                .deelnemers(3570)
                .build())
        .addKengetallen(
            Kengetal.builder()
                .periode(JAAR_2010)
                .omschrijving("overlastmeldingen. " + JAAR_2010_AANNAME)
                .addUitsplitsingen(
                    Uitsplitsing.builder()
                        .kenmerk("overlastmelding")
                        .putAantallen("Vechten", 9)
                        .putAantallen("Overlast door jongeren", 24)
                        .putAantallen("Alcohol / drugsoverlast", 14)
                        .putAantallen("Schoolverzuim", 3)
                        .putAantallen("Diefstal door jongeren", 5)
                        .putAantallen("Vernieling", 9)
                        .putAantallen("Brand", 6)
                        .putAantallen("Social media (Pesten)", 1)
                        .putAantallen("Verwaarlozing", 1)
                        .putAantallen("Graffiti", 1)
                        .putAantallen("Hulpvraag ouders", 4)
                        .putAantallen("Wapens", 1)
                        .putAantallen("Vuil achtergelaten", 1)
                        .totaal(79)
                        .build())
                .build())
        .build();
  }

  /**
   * Schoolmaatschappelijk werk of Stichting de Wering: accounted for regionally, so without local
   * figures (Werkplan CJG Bergen 2012, uitwerking 1, aanbod Stichting de Wering).
   */
  static Aanbod schoolmaatschappelijkWerk(String onderwijs, Leeftijdsgroep leeftijden) {
    return Aanbod.builder()
        .partner(WERING)
        .naam("Schoolmaatschappelijk werk " + onderwijs)
        .soort(Aanbod.Soort.FLEXIBEL_AANBOD)
        .aard(Aanbod.Aard.PREVENTIEF)
        .addVoor(Doelgroepsoort.JEUGDIGEN, Doelgroepsoort.OUDERS)
        .leeftijdsgroep(leeftijden)
        .omschrijving("Trajecten in het " + onderwijs + "; de verantwoording vindt nog regionaal plaats, lokale cijfers zijn"
            + " niet bekend. " + AANNAME + "leeftijdsgroep " + leeftijden.van() + "-" + (leeftijden.tot() - 1)
            + " naar het schooltype, en soort en aard; de bron noemt geen leeftijden en deelt het aanbod van de Wering niet in.")
        .build();
  }

  /**
   * Algemeen maatschappelijk werk of Stichting de Wering: not yet registered as CJG-related, so
   * without figures (Werkplan CJG Bergen 2012, uitwerking 1, aanbod Stichting de Wering).
   */
  static Aanbod algemeenMaatschappelijkWerk() {
    return Aanbod.builder()
        .partner(WERING)
        .naam("Algemeen maatschappelijk werk")
        .soort(Aanbod.Soort.FLEXIBEL_AANBOD)
        .aard(Aanbod.Aard.CURATIEF)
        .addVoor(Doelgroepsoort.OUDERS)
        .leeftijdsgroep(Leeftijdsgroep.of(0, 24))
        .omschrijving("Trajecten maatschappelijk werk; registratie en verantwoording vinden nog niet CJG-gerelateerd plaats. "
            + AANNAME + "leeftijdsgroep 0-23 (ouders van kinderen in de CJG-doelgroep), soort en aard; de bron noemt geen"
            + " leeftijden, de partnerkaart zet de Wering in alle leeftijdskolommen.")
        .build();
  }

  /** Bureau Jeugdzorg 2011: 112 unique clients 0–19 of 6464 young people, by werksoort (overlapping) (Werkplan CJG Bergen 2012, uitwerking 1, Bureau Jeugdzorg, kinderen bij Bureau Jeugdzorg; uitwerking 1, Bureau Jeugdzorg, cliënten per werksoort). */
  static Aanbod jeugdzorg() {
    return Aanbod.builder()
        .partner(BJZ)
        .naam("Jeugdzorg")
        .soort(Aanbod.Soort.FLEXIBEL_AANBOD)
        .aard(Aanbod.Aard.CURATIEF)
        .addVoor(Doelgroepsoort.JEUGDIGEN)
        .leeftijdsgroep(Leeftijdsgroep.of(0, 19))
        .omschrijving("Unieke cliënten in zorg, exclusief eenmalige contacten en AWBZ-cliënten. " + AANNAME
            + "soort flexibel aanbod, aard curatief; de bron deelt het aanbod van Bureau Jeugdzorg niet in.")
        .addKengetallen(
            Kengetal.builder()
                .periode(JAAR_2011)
                .deelnemers(112)
                .doelgroepgrootte(6464)
                .addUitsplitsingen(
                    Uitsplitsing.builder()
                        .kenmerk("werksoort")
                        .overlappend(true)
                        .putAantallen("AMK", 21)
                        .putAantallen("Jeugdbescherming", 29)
                        .putAantallen("Jeugdreclassering", 10)
                        .putAantallen("Toegang", 62)
                        .totaal(112)
                        .build())
                .build())
        .build();
  }

  private static Aanbod.Builder basis(String naam, Doelgroepsoort... voor) {
    return Aanbod.builder()
        .partner(GGD)
        .naam(naam)
        .soort(Aanbod.Soort.BASISAANBOD)
        .aard(Aanbod.Aard.PREVENTIEF)
        .addVoor(voor);
  }

  private static Uitsplitsing soortContact(int eerste, int vervolg, int laatste, int eenmalig, int totaal) {
    return Uitsplitsing.builder()
        .kenmerk("soort contact")
        .putAantallen("Eerste contact", eerste)
        .putAantallen("Vervolg contact", vervolg)
        .putAantallen("Laatste contact", laatste)
        .putAantallen("Eenmalig", eenmalig)
        .totaal(totaal)
        .build();
  }

  private static Uitsplitsing.Builder resultaat(
      int andereAanpak, int hanteerbaar, int opgelost, int ongewijzigd, int doorverwezen, int anders) {
    return Uitsplitsing.builder()
        .kenmerk("resultaat contact")
        .putAantallen("Andere aanpak uitproberen", andereAanpak)
        .putAantallen("Probleem beter hanteerbaar", hanteerbaar)
        .putAantallen("Probleem opgelost", opgelost)
        .putAantallen("Probleem ongewijzigd", ongewijzigd)
        .putAantallen("Doorverwijzing", doorverwezen)
        .putAantallen("Nvt / anders / onbekend", anders);
  }
}
