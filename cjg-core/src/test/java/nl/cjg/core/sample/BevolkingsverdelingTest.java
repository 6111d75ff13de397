package nl.cjg.core.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import nl.cjg.core.id.GemeenteCode;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Populatie;
import nl.cjg.core.referentie.BergenReferentie;
import org.junit.jupiter.api.Test;

/** The calibration on the Bergen population (Werkplan CJG Bergen 2012, uitwerking 1, bevolking (CBS 2010)). */
class BevolkingsverdelingTest {
  private static final Bevolkingsverdeling BERGEN = new Bevolkingsverdeling(BergenReferentie.populatie());

  /** The municipal weight of one year of age: the five-year band's count over five. */
  private static double perJaar(int leeftijd) {
    int[] banden = {1195, 1692, 1851, 1829, 1186};
    return banden[leeftijd / 5] / 5.0;
  }

  /** The children 0–23 of a kern: its 0–15 count, and the part of its 15–25 count that is 15–23. */
  private static double jeugd(int nul15, int vijftien25) {
    double deel = 0;
    double heel = 0;
    for (int leeftijd = 15; leeftijd < 25; leeftijd++) {
      heel += perJaar(leeftijd);
      deel += leeftijd < 24 ? perJaar(leeftijd) : 0;
    }
    return nul15 + vijftien25 * deel / heel;
  }

  @Test
  void kernenWeighByTheirChildrenAgedZeroToTwentyThree() {
    List<Kern> kernen = BergenKernen.all();
    double[] jeugd = {
      jeugd(1878, 1269), jeugd(48, 40), jeugd(593, 444), jeugd(548, 346), jeugd(754, 452), jeugd(959, 640), jeugd(34, 23)
    };
    double totaal = 0;
    for (double j : jeugd) {
      totaal += j;
    }
    for (int k = 0; k < kernen.size(); k++) {
      assertEquals(jeugd[k] / totaal, kansVan(Optional.of(kernen.get(k))), 1e-9, kernen.get(k).naam());
    }
  }

  @Test
  void withinABandAgesFollowTheMunicipalFiveYearBands() {
    Kern bergen = BergenKernen.BERGEN;
    double drie = kans(Optional.of(bergen), 3);
    double acht = kans(Optional.of(bergen), 8);
    assertEquals(perJaar(8) / perJaar(3), acht / drie, 1e-9);
    assertEquals(0, kans(Optional.of(bergen), 24), "24 is beyond the CJG");
  }

  @Test
  void drawsFollowTheProbabilities() {
    SplittableRandom random = new SplittableRandom(1);
    Map<Optional<Kern>, Integer> geteld = new HashMap<>();
    int trekkingen = 100_000;
    for (int i = 0; i < trekkingen; i++) {
      geteld.merge(BERGEN.trek(random).kern(), 1, Integer::sum);
    }
    for (Kern kern : BergenKernen.all()) {
      double verwacht = kansVan(Optional.of(kern));
      assertEquals(verwacht, geteld.getOrDefault(Optional.of(kern), 0) / (double) trekkingen, 0.006, kern.naam());
    }
  }

  @Test
  void aTableThatCountsNobodyGivesEveryAgeTheSameWeight() {
    Populatie leeg =
        Populatie.builder().gemeente(GemeenteCode.BERGEN_NH).peildatum(LocalDate.of(2010, 1, 1)).bron("leeg").build();
    Bevolkingsverdeling verdeling = new Bevolkingsverdeling(leeg);
    assertEquals(24, verdeling.cellen().size());
    for (int i = 0; i < 24; i++) {
      assertEquals(1 / 24.0, verdeling.kans(i), 1e-12);
      assertTrue(verdeling.cellen().get(i).kern().isEmpty());
    }
  }

  private static double kansVan(Optional<Kern> kern) {
    double som = 0;
    for (int leeftijd = 0; leeftijd < 24; leeftijd++) {
      som += kans(kern, leeftijd);
    }
    return som;
  }

  private static double kans(Optional<Kern> kern, int leeftijd) {
    List<Bevolkingsverdeling.Cel> cellen = BERGEN.cellen();
    for (int i = 0; i < cellen.size(); i++) {
      if (cellen.get(i).kern().equals(kern) && cellen.get(i).leeftijd() == leeftijd) {
        return BERGEN.kans(i);
      }
    }
    return 0;
  }
}
