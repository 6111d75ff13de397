package nl.cjg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import nl.cjg.core.casus.Leefgebied;
import nl.cjg.core.routing.Ernst;
import nl.cjg.core.routing.Omstandigheid;
import nl.cjg.core.routing.Situatie;
import nl.cjg.core.routing.Veiligheidssignaal;

/** Varied routing situations, the same for a given seed: the input of the routing benchmark. */
final class Situaties {
  private Situaties() {}

  /**
   * Makes {@code count} situations: ages 0 to 26, each leefgebied with a random severity, each
   * signal, circumstance and failing cooperation or help with a small chance, and the flags at random.
   *
   * @param count how many
   * @param seed the seed
   * @return the situations
   */
  static List<Situatie> of(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Ernst[] ernsten = Ernst.values();
    List<Situatie> situaties = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Situatie.Builder b =
          Situatie.builder()
              .leeftijd(random.nextInt(27))
              .samenwerkingMetOudersMogelijk(random.nextInt(5) != 0)
              .metToestemming(random.nextBoolean())
              .betrokkenProfessionals(random.nextInt(4))
              .zorgcoordinatorBekend(random.nextBoolean())
              .inVerwijsindex(random.nextInt(4) == 0)
              .samenwerkingProfessionalsOnvoldoende(random.nextInt(8) == 0)
              .hulpverleningStagneert(random.nextInt(8) == 0)
              .herstelGeprobeerd(random.nextBoolean())
              .procesregieZonderResultaat(random.nextInt(4) == 0);
      for (Leefgebied leefgebied : Leefgebied.values()) {
        Ernst ernst = ernsten[random.nextInt(ernsten.length)];
        if (ernst != Ernst.GEEN) {
          b.putZorgen(leefgebied, ernst);
        }
      }
      for (Veiligheidssignaal signaal : Veiligheidssignaal.values()) {
        if (random.nextInt(8) == 0) {
          b.addSignalen(signaal);
        }
      }
      for (Omstandigheid omstandigheid : Omstandigheid.values()) {
        if (random.nextInt(6) == 0) {
          b.addOmstandigheden(omstandigheid);
        }
      }
      if (random.nextInt(10) == 0) {
        b.behandelaar("GGZ Noord-Holland-Noord");
      }
      situaties.add(b.build());
    }
    return situaties;
  }
}
