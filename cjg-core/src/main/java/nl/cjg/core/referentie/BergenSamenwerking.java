package nl.cjg.core.referentie;

import java.util.List;
import nl.cjg.core.partner.Netwerk.Samenwerkingsafspraak;
import nl.cjg.core.tijd.Periode;

/**
 * The cooperation agreements of CJG Bergen the sources name, with the roles and tasks they give.
 * Where a source does not name the partners, the bron says which are assumed and why.
 */
final class BergenSamenwerking {
  static final String GEMEENTE = "Gemeente Bergen";
  static final String GGD = "GGD Hollands Noorden";
  static final String BJZ = "Bureau Jeugdzorg Noord-Holland";
  static final String WELZIJN = "Stichting Welzijn Bergen";
  static final String WERING = "Stichting de Wering";
  private static final List<String> KERNPARTNERS = List.of(GEMEENTE, GGD, BJZ, WELZIJN, WERING);

  private BergenSamenwerking() {}

  static List<Samenwerkingsafspraak> afspraken() {
    return List.of(
        Samenwerkingsafspraak.builder()
            .wat("Samenwerking geformaliseerd (= netwerkorganisatie)")
            .wie("Stuurgroep CJG onder regie van afdeling Welzijn, in afstemming met de wethouder")
            .sinds(Periode.parse("Oktober 2009"))
            .addAllPartners(KERNPARTNERS)
            .vastgelegdIn("convenant")
            .bron("Plan van aanpak CJG gemeente Bergen 2008–2010, stap 2 (Opstellen van een convenant); aanname: de"
                + " partners zijn de vijf kernpartners, het plan noemt de ketenpartners niet bij naam")
            .build(),
        Samenwerkingsafspraak.builder()
            .wat("Melden van signalen in de Verwijsindex")
            .wie("alle betrokken partijen")
            .sinds(Periode.parse("2010"))
            .addAllPartners(KERNPARTNERS)
            .putTaken(GEMEENTE, "financiert beheer en systeem van de Verwijsindex")
            .vastgelegdIn("convenant voor melden van signalen in Verwijsindex")
            .bron("Plan van aanpak CJG gemeente Bergen 2008–2010, stap 3 (Werken op basis van de multidisciplinaire"
                + " aanpak); aanname: de partners zijn de vijf kernpartners, het plan zegt 'alle betrokken partijen'")
            .build(),
        Samenwerkingsafspraak.builder()
            .wat("Eén casusoverleg voor de gehele gemeente met een vast CJG-team; per casus schuiven andere partijen aan")
            .wie("CJG vergadering")
            .sinds(Periode.parse("23 april 2012"))
            .addPartners(GEMEENTE, WELZIJN, BJZ, WERING)
            .putTaken(GEMEENTE, "coördinator CJG: voorzitter en procesregisseur, zonder inhoudelijke rol")
            .putTaken(WELZIJN, "jongerenwerk in het vaste CJG-team")
            .putTaken(BJZ, "jeugdzorg in het vaste CJG-team")
            .putTaken(WERING, "algemeen en schoolmaatschappelijk werk in het vaste CJG-team")
            .vastgelegdIn("pilotvoorstel casusoverleg")
            .bron("Werkplan CJG Bergen 2012, uitwerking 2 (pilotvoorstel casusbespreking en evaluatie); de coördinator"
                + " CJG telt voor de gemeente, die de coördinator aanstelt (Plan van aanpak CJG gemeente Bergen"
                + " 2008–2010, stap 3)")
            .build(),
        Samenwerkingsafspraak.builder()
            .wat("Eenheid in communicatie over het CJG; een werkgroep communicatie van de communicatieadviseurs van de"
                + " kernpartners")
            .wie("kernpartners")
            .sinds(Periode.parse("25 april 2012"))
            .addAllPartners(KERNPARTNERS)
            .putTaken(GEMEENTE, "voorzitter van de werkgroep communicatie: onpartijdig, met een regierol")
            .vastgelegdIn("Communicatieplan CJG Bergen 2012")
            .bron("Communicatieplan CJG Bergen 2012, situatieschets en hoofdstuk 8 (Organisatie van de communicatie)")
            .build(),
        Samenwerkingsafspraak.builder()
            .wat("Zorg Advies Team van de scholen voor voortgezet onderwijs, met een afvaardiging van het CJG")
            .wie("scholen voor voortgezet onderwijs")
            .sinds(Periode.parse("2012"))
            .addPartners("Voortgezet onderwijs", GGD, WERING, BJZ, "Politie", "Leerplicht")
            .putTaken("Voortgezet onderwijs", "voorzitter: schoolorthopedagoog; afdelingsleiders")
            .putTaken(GGD, "schoolarts")
            .putTaken(WERING, "schoolmaatschappelijk werk")
            .putTaken(BJZ, "Bureau Jeugdzorg")
            .putTaken("Politie", "politie")
            .putTaken("Leerplicht", "leerplichtambtenaar")
            .bron("Werkplan CJG Bergen 2012, uitwerking 2 (Overlegstructuren binnen de gemeente, ZAT's); aanname: sinds"
                + " 2012, het werkplan beschrijft het ZAT als bestaande praktijk zonder datum")
            .build());
  }
}
