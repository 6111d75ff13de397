package nl.cjg.examples.embedding;

import java.io.PrintStream;
import java.util.Locale;
import nl.cjg.core.casus.Leefgebied;
import nl.cjg.core.partner.Netwerk;
import nl.cjg.core.partner.Partner;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.routing.Advies;
import nl.cjg.core.routing.Ernst;
import nl.cjg.core.routing.Omstandigheid;
import nl.cjg.core.routing.Router;
import nl.cjg.core.routing.RoutingRules;
import nl.cjg.core.routing.Situatie;
import nl.cjg.core.routing.Vervolgstap;
import nl.cjg.examples.referentie.BergenDataset;

/**
 * Embedding example: route a case and print the explanation. A nine-year-old in Schoorl whose
 * parents are divorcing, with concerns at home and at school, discussed with the parents' consent:
 * the Bergen 2012 rules advise a level, the partners of the Bergen network that serve the child,
 * the next steps, and say which rules weighed — in Dutch and in English.
 */
public final class RouteerCasus {
  private RouteerCasus() {}

  /**
   * Prints the advice.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Routes the example case and prints the advice.
   *
   * @param out where to print
   * @return the advice
   */
  public static Advies run(PrintStream out) {
    Situatie situatie =
        Situatie.builder()
            .leeftijd(9)
            .kern(BergenKernen.SCHOORL)
            .putZorgen(Leefgebied.THUIS, Ernst.ZORG)
            .putZorgen(Leefgebied.SCHOOL_WERK, Ernst.ZORG)
            .addOmstandigheden(Omstandigheid.SCHEIDING)
            .metToestemming(true)
            .betrokkenProfessionals(2)
            .build();
    Netwerk bergen = Netwerk.builder().addAllPartners(BergenDataset.read().of(Partner.class)).build();
    Advies advies = Router.route(situatie, bergen, RoutingRules.bergen2012());

    out.println("Niveau: " + advies.niveau().code());
    out.println("Partners: " + String.join(", ", advies.partners().stream().map(Partner::naam).toList()));
    out.println("Stappen: " + String.join(", ", advies.vervolgstappen().stream().map(Vervolgstap::code).toList()));
    out.println("Waarom:");
    advies.uitleg(Locale.forLanguageTag("nl")).forEach(line -> out.println("  " + line));
    out.println("Why:");
    advies.uitleg(Locale.ENGLISH).forEach(line -> out.println("  " + line));
    return advies;
  }
}
