package nl.cjg.examples.cli;

import java.util.Map;
import nl.cjg.core.casus.Leefgebied;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.routing.Ernst;
import nl.cjg.core.routing.Omstandigheid;
import nl.cjg.core.routing.Situatie;
import nl.cjg.core.routing.Veiligheidssignaal;

/**
 * A situation as {@link Procesregie} remembers it until a family plan may come: every attribute of
 * a {@link Situatie} in five fields instead of a graph of maps, sets, optionals and the case's own
 * kern, so that the situations of a million cases take tens of megabytes instead of hundreds.
 * {@link #situatie()} builds exactly the situation it was made from. The enumerated attributes (the
 * severity per leefgebied, the safety signals, the circumstances) and the yes/no attributes are bits
 * of one {@code long}; the kern is shared with every other remembered situation in the same kern.
 * Immutable.
 */
final class CompactSituatie {
  private static final Leefgebied[] LEEFGEBIEDEN = Leefgebied.values();
  private static final Ernst[] ERNST = Ernst.values();
  private static final Veiligheidssignaal[] SIGNALEN = Veiligheidssignaal.values();
  private static final Omstandigheid[] OMSTANDIGHEDEN = Omstandigheid.values();

  /** Bits per leefgebied: 0 when the situation gives it no severity, else the severity's ordinal + 1. */
  private static final int ERNST_BITS = Integer.SIZE - Integer.numberOfLeadingZeros(ERNST.length);
  private static final int SIGNALEN_SHIFT = LEEFGEBIEDEN.length * ERNST_BITS;
  private static final int OMSTANDIGHEDEN_SHIFT = SIGNALEN_SHIFT + SIGNALEN.length;
  private static final int FLAGS_SHIFT = OMSTANDIGHEDEN_SHIFT + OMSTANDIGHEDEN.length;

  private static final long SAMENWERKING_MET_OUDERS_MOGELIJK = 1L << FLAGS_SHIFT;
  private static final long MET_TOESTEMMING = 1L << (FLAGS_SHIFT + 1);
  private static final long ZORGCOORDINATOR_BEKEND = 1L << (FLAGS_SHIFT + 2);
  private static final long IN_VERWIJSINDEX = 1L << (FLAGS_SHIFT + 3);
  private static final long SAMENWERKING_PROFESSIONALS_ONVOLDOENDE = 1L << (FLAGS_SHIFT + 4);
  private static final long HULPVERLENING_STAGNEERT = 1L << (FLAGS_SHIFT + 5);
  private static final long HERSTEL_GEPROBEERD = 1L << (FLAGS_SHIFT + 6);
  private static final long PROCESREGIE_ZONDER_RESULTAAT = 1L << (FLAGS_SHIFT + 7);

  static {
    if (FLAGS_SHIFT + 8 > Long.SIZE) {
      throw new IllegalStateException("the enumerated attributes of a situation no longer fit in 64 bits");
    }
  }

  private final long bits;
  private final int leeftijd;
  private final int betrokkenProfessionals;
  private final Kern kern;
  private final String behandelaar;

  private CompactSituatie(long bits, int leeftijd, int betrokkenProfessionals, Kern kern, String behandelaar) {
    this.bits = bits;
    this.leeftijd = leeftijd;
    this.betrokkenProfessionals = betrokkenProfessionals;
    this.kern = kern;
    this.behandelaar = behandelaar;
  }

  /**
   * The compact form of a situation.
   *
   * @param situatie the situation
   * @param kernen the kernen of the situations remembered before, each once; the situation's kern is
   *     added when it is new, and the one kept is used
   * @return its compact form
   */
  static CompactSituatie of(Situatie situatie, Map<Kern, Kern> kernen) {
    long bits = 0;
    for (Map.Entry<Leefgebied, Ernst> zorg : situatie.zorgen().entrySet()) {
      bits |= (long) (zorg.getValue().ordinal() + 1) << (zorg.getKey().ordinal() * ERNST_BITS);
    }
    for (Veiligheidssignaal signaal : situatie.signalen()) {
      bits |= 1L << (SIGNALEN_SHIFT + signaal.ordinal());
    }
    for (Omstandigheid omstandigheid : situatie.omstandigheden()) {
      bits |= 1L << (OMSTANDIGHEDEN_SHIFT + omstandigheid.ordinal());
    }
    bits |= flag(situatie.samenwerkingMetOudersMogelijk(), SAMENWERKING_MET_OUDERS_MOGELIJK)
        | flag(situatie.metToestemming(), MET_TOESTEMMING)
        | flag(situatie.zorgcoordinatorBekend(), ZORGCOORDINATOR_BEKEND)
        | flag(situatie.inVerwijsindex(), IN_VERWIJSINDEX)
        | flag(situatie.samenwerkingProfessionalsOnvoldoende(), SAMENWERKING_PROFESSIONALS_ONVOLDOENDE)
        | flag(situatie.hulpverleningStagneert(), HULPVERLENING_STAGNEERT)
        | flag(situatie.herstelGeprobeerd(), HERSTEL_GEPROBEERD)
        | flag(situatie.procesregieZonderResultaat(), PROCESREGIE_ZONDER_RESULTAAT);
    Kern kern = situatie.kern().map(eigen -> kernen.computeIfAbsent(eigen, nieuw -> nieuw)).orElse(null);
    return new CompactSituatie(
        bits, situatie.leeftijd(), situatie.betrokkenProfessionals(), kern, situatie.behandelaar().orElse(null));
  }

  /** The situation this was made from, equal to it in every attribute. */
  Situatie situatie() {
    Situatie.Builder situatie = Situatie.builder()
        .leeftijd(leeftijd)
        .betrokkenProfessionals(betrokkenProfessionals)
        .samenwerkingMetOudersMogelijk(has(SAMENWERKING_MET_OUDERS_MOGELIJK))
        .metToestemming(has(MET_TOESTEMMING))
        .zorgcoordinatorBekend(has(ZORGCOORDINATOR_BEKEND))
        .inVerwijsindex(has(IN_VERWIJSINDEX))
        .samenwerkingProfessionalsOnvoldoende(has(SAMENWERKING_PROFESSIONALS_ONVOLDOENDE))
        .hulpverleningStagneert(has(HULPVERLENING_STAGNEERT))
        .herstelGeprobeerd(has(HERSTEL_GEPROBEERD))
        .procesregieZonderResultaat(has(PROCESREGIE_ZONDER_RESULTAAT));
    long ernstMask = (1L << ERNST_BITS) - 1;
    for (Leefgebied leefgebied : LEEFGEBIEDEN) {
      int ernst = (int) ((bits >>> (leefgebied.ordinal() * ERNST_BITS)) & ernstMask);
      if (ernst > 0) {
        situatie.putZorgen(leefgebied, ERNST[ernst - 1]);
      }
    }
    for (Veiligheidssignaal signaal : SIGNALEN) {
      if (has(1L << (SIGNALEN_SHIFT + signaal.ordinal()))) {
        situatie.addSignalen(signaal);
      }
    }
    for (Omstandigheid omstandigheid : OMSTANDIGHEDEN) {
      if (has(1L << (OMSTANDIGHEDEN_SHIFT + omstandigheid.ordinal()))) {
        situatie.addOmstandigheden(omstandigheid);
      }
    }
    if (kern != null) {
      situatie.kern(kern);
    }
    if (behandelaar != null) {
      situatie.behandelaar(behandelaar);
    }
    return situatie.build();
  }

  private boolean has(long bit) {
    return (bits & bit) != 0;
  }

  private static long flag(boolean value, long bit) {
    return value ? bit : 0;
  }
}
