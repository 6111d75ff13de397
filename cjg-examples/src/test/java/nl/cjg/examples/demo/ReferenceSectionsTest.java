package nl.cjg.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.cjg.core.aanbod.Aanbod;
import nl.cjg.core.aanbod.Kengetal;
import nl.cjg.core.aanbod.Kengetal.Percentage;
import nl.cjg.core.aanbod.Kengetal.Percentage.Soort;
import nl.cjg.core.populatie.Doelgroepsoort;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.tijd.Datumbereik;
import nl.cjg.examples.referentie.BergenDataset;
import nl.cjg.examples.report.Section;
import nl.cjg.examples.report.Texts;
import org.junit.jupiter.api.Test;

/**
 * The published rates of the reference data in the report: each with its audit in the rate's own
 * words, its source, numbers as the language writes them; and the assumptions, one row each.
 */
class ReferenceSectionsTest {
  private static final Texts DUTCH = Texts.of(Texts.DUTCH);
  private static final Texts ENGLISH = Texts.of(Texts.ENGLISH);
  private static final List<Aanbod> BERGEN = BergenDataset.read().of(Aanbod.class);

  private static List<String> row(Section section, String aanbod, String percentage) {
    return section.table().orElseThrow().rows().stream()
        .filter(row -> row.get(0).equals(aanbod) && row.get(2).startsWith(percentage)).findFirst()
        .orElseThrow(() -> new AssertionError(aanbod + " " + percentage));
  }

  @Test
  void everyBergenRateIsShownWithItsAuditAndSource() {
    Section section = ReferenceSections.rates("percentages", BERGEN, DUTCH);
    long rates = BERGEN.stream().flatMap(a -> a.kengetallen().stream()).mapToLong(k -> k.percentages().size()).sum();
    assertEquals(rates, section.table().orElseThrow().rows().size());
    assertEquals(List.of("Screeninghuisbezoek", "hielprikken (2010)", "bereik hielprik: 73% (bereik)",
            "123 deelnemers: past bij een doelgroep van 168 tot en met 169",
            "Werkplan CJG Bergen 2012, uitwerking 1, aanbod JGZ, screeninghuisbezoek"),
        row(section, "Screeninghuisbezoek", "bereik hielprik"));
    assertEquals("niet na te rekenen: de meting heeft geen aantal en geen basis",
        row(section, "Screeninghuisbezoek", "bereik gehoorscreening: 99,4%").get(3));
    assertEquals("past bij 150 tot en met 151 in deze categorie van 209 deelnemers",
        row(section, "Logopedie 5 jarigen", "geen vervolgactie nodig: 72%").get(3));
    assertTrue(section.explanation().stream().anyMatch(p -> p.startsWith("Logopedie 5 jarigen: de aandelen (geen vervolgactie nodig 72%;")
        && p.contains("tellen op tot 100%") && p.contains("tellen op tot 207 tot en met 210, en de meting telt 209 deelnemers. Dat klopt.")),
        section.explanation().toString());
    assertTrue(section.explanation().contains("Geen percentage spreekt de tellingen ernaast tegen."));
  }

  /** The doctor's 108,1% of the BTP is left out of the data; were it published, the report would say what is wrong. */
  @Test
  void aRateThatContradictsItsCountsIsReportedInTheWordsOfItsKind() {
    Kengetal arts = Kengetal.builder().periode(Datumbereik.jaar(2010)).omschrijving("arts JGZ").norm(1385).contacten(1467)
        .addPercentages(Percentage.of("uitgevoerd", Soort.UITVOERING_TOV_NORM, "108.1")).build();
    Aanbod aanbod = Aanbod.builder().partner("GGD Hollands Noorden").naam("Contactmomenten kinderen 0-4 jaar")
        .soort(Aanbod.Soort.BASISAANBOD).aard(Aanbod.Aard.PREVENTIEF).addVoor(Doelgroepsoort.JEUGDIGEN)
        .leeftijdsgroep(Leeftijdsgroep.of(0, 4)).addKengetallen(arts).build();
    Section dutch = ReferenceSections.rates("percentages", List.of(aanbod), DUTCH);
    assertEquals("klopt niet: 1.467 contacten van een norm (BTP) van 1.385 is 105,9%; 108,1% past bij 1.497 contacten van een"
        + " norm (BTP) van 1.385, of bij 1.467 contacten van een norm (BTP) van 1.357", row(dutch, aanbod.naam(), "uitgevoerd").get(3));
    assertTrue(dutch.explanation().contains("Percentages die de tellingen ernaast tegenspreken: 1 (klopt niet, hierboven)."));
    Section english = ReferenceSections.rates("percentages", List.of(aanbod), ENGLISH);
    assertEquals("uitgevoerd: 108.1% (performed against the BTP)", row(english, aanbod.naam(), "uitgevoerd").get(2));
    assertEquals("does not agree: 1,467 contacts of a norm (BTP) of 1,385 is 105.9%; 108.1% fits 1,497 contacts of a norm (BTP)"
        + " of 1,385, or 1,467 contacts of a norm (BTP) of 1,357", row(english, aanbod.naam(), "uitgevoerd").get(3));
  }

  @Test
  void theAssumptionsAreOneRowEachWithTheirSource() {
    List<Aannames.Aanname> aannames = BergenDataset.read().records().stream().flatMap(r -> Aannames.of(r).stream()).toList();
    Section section = ReferenceSections.assumptions("aannames", aannames, ENGLISH);
    assertEquals(aannames.size(), section.table().orElseThrow().rows().size());
    assertEquals(List.of("Record", "Field", "Assumption and reason", "Source and section"), section.table().orElseThrow().headers());
    assertTrue(section.table().orElseThrow().rows().stream()
        .anyMatch(row -> row.get(0).equals("Werkplan 2012") && row.get(3).equals("the record names no source")));
    assertTrue(section.explanation().get(0).contains("all " + aannames.size() + " assumptions"), section.explanation().toString());
  }
}
