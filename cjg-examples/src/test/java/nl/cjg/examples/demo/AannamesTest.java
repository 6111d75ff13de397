package nl.cjg.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.cjg.core.casus.Casus;
import nl.cjg.examples.referentie.BergenDataset;
import org.junit.jupiter.api.Test;

/** The assumptions of the Bergen reference dataset, read from its records. */
class AannamesTest {
  private static final List<Aannames.Aanname> ALL =
      BergenDataset.read().records().stream().flatMap(record -> Aannames.of(record).stream()).toList();

  private static Aannames.Aanname find(String record, String veld) {
    return ALL.stream().filter(a -> a.record().equals(record) && a.veld().equals(veld)).findFirst()
        .orElseThrow(() -> new AssertionError(record + " " + veld + " in " + ALL));
  }

  /** Counted independently in the bundled file's text: every mark is found once, none is invented. */
  @Test
  void everyMarkOfTheReferenceDatasetIsFoundOnce() throws IOException {
    String text;
    try (InputStream in = BergenDataset.stream()) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    }
    Matcher marks = Pattern.compile("aanname:").matcher(text);
    long count = 0;
    while (marks.find()) {
      count++;
    }
    assertTrue(count >= 20, "the dataset marks its assumptions: " + count);
    assertEquals(count, ALL.size());
    assertTrue(ALL.stream().allMatch(a -> !a.aanname().isBlank() && !a.aanname().toLowerCase(Locale.ROOT).contains("aanname:")));
    assertTrue(ALL.stream().noneMatch(a -> a.aanname().contains("Bron:") || a.bron().contains("Aanname")), ALL.toString());
  }

  @Test
  void aMeasuresAssumptionHasItsReasonAndTheSourceSectionItsOfferingCites() {
    Aannames.Aanname jaar = find("Aanbod Opvoedcursussen", "kengetallen[0].omschrijving");
    assertEquals("het jaar 2010; de bron geeft geen jaar, de cijfers staan bij die van de JGZ over 2010", jaar.aanname());
    assertEquals("Werkplan CJG Bergen 2012, uitwerking 1, aanbod JGZ, opvoedcursussen", jaar.bron());
    Aannames.Aanname leeftijd = find("Aanbod Opvoedcursussen", "omschrijving");
    assertTrue(leeftijd.aanname().startsWith("leeftijdsgroep 0-18; de bron noemt geen leeftijden"), leeftijd.aanname());
  }

  @Test
  void twoMarksInOneTextAreTwoAssumptionsAndASourceFieldIsItsOwnSource() {
    List<Aannames.Aanname> evaluatie = ALL.stream()
        .filter(a -> a.record().equals("Werkplan 2012") && a.veld().equals("items[0].evaluaties[0].tekst")).toList();
    assertEquals(2, evaluatie.size());
    assertTrue(evaluatie.get(0).aanname().startsWith("de datum. Het werkplan evalueert in juni en oktober 2012"));
    assertTrue(evaluatie.get(1).aanname().startsWith("de uitkomst. De bron noemt geen uitkomst; gerealiseerd"));
    assertEquals("", evaluatie.get(0).bron(), "the werkplan record cites no source");
    Aannames.Aanname steekproef = find("Communicatieplan 2012", "nulmeting.bron");
    assertEquals("steekproef 100 met 20 bekend; de bron geeft alleen het percentage, niet de omvang van de steekproef",
        steekproef.aanname());
    assertTrue(steekproef.bron().startsWith("Klanttevredenheidsonderzoek Wmo gemeente Bergen, 2011 (Communicatieplan CJG Bergen 2012"),
        steekproef.bron());
  }

  /** A case's free text may be about a person: it is never read, whatever it holds. */
  @Test
  void aCaseIsNeverRead() {
    Casus casus = BergenDataset.read().of(Casus.class).get(0);
    Casus gemarkeerd = Casus.builder().from(casus).bijzonderheden("Aanname: dit staat in een casus").build();
    assertEquals(List.of(), Aannames.of(gemarkeerd));
  }
}
