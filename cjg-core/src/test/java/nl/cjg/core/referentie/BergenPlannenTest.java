package nl.cjg.core.referentie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.cjg.core.tijd.Periode;
import nl.cjg.core.werkplan.Actie;
import nl.cjg.core.werkplan.Fase;
import org.junit.jupiter.api.Test;

/** The actions of the uitvoeringsfase as Plan van aanpak CJG gemeente Bergen 2008–2010, stap 3, lists them. */
class BergenPlannenTest {
  private static final Fase STAP_3 = BergenPlannen.uitvoeringsfase();

  @Test
  void stap3HasTheSevenGoalsOfThePlanInItsOrder() {
    assertEquals(
        List.of(
            "Onderzoek naar fysiek punt CJG",
            "Aanstellen van CJG-coördinator",
            "Sluitende keten realiseren",
            "Werken op basis van de multidisciplinaire aanpak vanuit het principe ‘een kind/gezin – een plan’",
            "Ontwikkelen deskundigheidsbevorderingsaanbod",
            "Verbeteren en optimaliseren hulpaanbod",
            "Communicatieplan voor een functionerend centrum opstellen"),
        STAP_3.acties().stream().map(Actie::actie).toList());
  }

  @Test
  void theVerwijsindexActionEndsWithTheDoorzettingsmachtOfTheWethouder() {
    Actie verwijsindex = actie("Werken op basis");
    assertEquals(7, verwijsindex.deelacties().size());
    assertEquals(
        "De doorzettingsmacht van de wethouder Jeugd is geregeld bij stagnatie van hulp aan kinderen.",
        verwijsindex.deelacties().get(6));
    assertEquals(Periode.parse("2010"), verwijsindex.wanneer());
  }

  @Test
  void deskundigheidsbevorderingAndHulpaanbodHaveTheirSubActionsIn2010() {
    Actie deskundigheid = actie("Ontwikkelen deskundigheidsbevorderingsaanbod");
    assertEquals(3, deskundigheid.deelacties().size());
    assertTrue(deskundigheid.deelacties().get(1).contains("Triple P"));
    Actie hulpaanbod = actie("Verbeteren en optimaliseren hulpaanbod");
    assertEquals(6, hulpaanbod.deelacties().size());
    assertEquals("Opzetten van een sociale kaart van gehele aanbod.", hulpaanbod.deelacties().get(4));
    assertTrue(deskundigheid.wie().isEmpty() && hulpaanbod.wie().isEmpty(), "the plan names nobody for them");
  }

  private static Actie actie(String begin) {
    return STAP_3.acties().stream().filter(a -> a.actie().startsWith(begin)).findFirst().orElseThrow();
  }
}
