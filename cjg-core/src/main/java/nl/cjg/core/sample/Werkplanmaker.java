package nl.cjg.core.sample;

import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.SplittableRandom;
import nl.cjg.core.werkplan.Evaluatie;
import nl.cjg.core.werkplan.Werkplan;
import nl.cjg.core.werkplan.WerkplanItem;

/**
 * Makes the work plan of the peildatum's year after the werkplan 2012 (Werkplan CJG Bergen 2012, onderwerpen 1–4): its four
 * topics with their deadlines on the same days of the year, evaluated in June and October as far
 * as the peildatum reaches. Immutable and thread-safe.
 */
final class Werkplanmaker {
  private static final String[] ONDERWERPEN = {
    "Vaststellen van het ambitie- en voorzieningenniveau",
    "Realiseren van een effectieve vorm van casusbespreking",
    "Inzichtelijk maken en vastleggen van rollen, taken en samenwerkingsafspraken binnen het CJG",
    "Realiseren van bekendheid van het CJG"
  };

  /** Month and day of each topic's deadline, as in the Werkplan CJG Bergen 2012 (planning of onderwerpen 1–4). */
  private static final int[][] DEADLINES = {{4, 1}, {10, 1}, {11, 1}, {5, 1}};

  private static final Evaluatie.Voortgang[] UITKOMSTEN = {
    Evaluatie.Voortgang.IN_UITVOERING, Evaluatie.Voortgang.DEELS_GEREALISEERD, Evaluatie.Voortgang.GEREALISEERD
  };

  private final Context context;

  Werkplanmaker(Context context) {
    this.context = context;
  }

  Werkplan maak() {
    SampleOptions options = context.options();
    SplittableRandom random = Toeval.voor(options.seed(), Toeval.WERKPLAN, 0);
    int jaar = options.peildatum().getYear();
    Werkplan.Builder plan =
        Werkplan.builder()
            .jaar(Year.of(jaar))
            .visie("Ouders en jeugdigen vinden in het CJG laagdrempelig antwoord op vragen over opvoeden en opgroeien; "
                + "het CJG versterkt hun eigen kracht.");
    for (int i = 0; i < ONDERWERPEN.length; i++) {
      WerkplanItem.Builder item =
          WerkplanItem.builder()
              .nummer(i + 1)
              .onderwerp(ONDERWERPEN[i])
              .doel("Het CJG werkt aan: " + ONDERWERPEN[i].toLowerCase(Locale.ROOT) + ".")
              .resultaat("Afspraken zijn vastgelegd en bekend bij de kernpartners.")
              .werkwijze("Uitwerking door de implementatiegroep met de kernpartners.")
              .gerealiseerdVoor(LocalDate.of(jaar, DEADLINES[i][0], DEADLINES[i][1]));
      for (LocalDate moment : new LocalDate[] {LocalDate.of(jaar, 6, 30), LocalDate.of(jaar, 10, 31)}) {
        if (!moment.isAfter(options.peildatum())) {
          item.addEvaluaties(
              Evaluatie.builder()
                  .datum(moment)
                  .tekst("Tussentijdse evaluatie van de implementatiegroep.")
                  .uitkomst(UITKOMSTEN[random.nextInt(UITKOMSTEN.length)])
                  .build());
        }
      }
      plan.addItems(item.build());
    }
    return plan.build();
  }
}
