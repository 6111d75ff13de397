package nl.cjg.core.sample;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Leefgebied;
import nl.cjg.core.partner.Partner;
import nl.cjg.core.routing.Ernst;
import nl.cjg.core.routing.Omstandigheid;
import nl.cjg.core.routing.Veiligheidssignaal;

/**
 * What a generated case records for routing: the severity per leefgebied, the safety signals,
 * whether cooperation with the parents is possible, who treats the case elsewhere, and special
 * circumstances. The shares that are options come from {@link SampleOptions}; the others are
 * assumptions of this generator, listed in {@code docs/sample-data.md} with why. Every profile
 * keeps the case rules: a graded leefgebied is sketched, a safety signal goes with a concern.
 */
record Zorgprofiel(
    Map<Leefgebied, Ernst> zorgen,
    Set<Veiligheidssignaal> signalen,
    boolean samenwerkingMogelijk,
    Optional<String> behandelaar,
    Set<Omstandigheid> omstandigheden) {

  /** The chance that a leefgebied holds a concern (assumption). */
  static final double KANS_LEEFGEBIED = 0.45;
  /** The chance that a concern is a question only, {@link Ernst#VRAAG} (assumption). */
  static final double KANS_VRAAG = 0.4;
  /** The chance that a concern is serious, {@link Ernst#ERNSTIG} (assumption). */
  static final double KANS_ERNSTIG = 0.15;
  /** The chance that the child's development is at stake (assumption). */
  static final double KANS_ONTWIKKELING_IN_GEDRANG = 0.15;
  /** Of the unsafe cases, the share whose unsafety is acute rather than structural (assumption). */
  static final double KANS_ACUUT = 0.4;

  /** Draws a profile for a child of {@code leeftijd}, whose referrer is {@code aanmelder}. */
  static Zorgprofiel trek(
      SampleOptions options, int leeftijd, List<Partner> bedienen, Partner aanmelder, SplittableRandom random) {
    Map<Leefgebied, Ernst> zorgen = new EnumMap<>(Leefgebied.class);
    for (Leefgebied leefgebied : Leefgebied.values()) {
      if (Toeval.kans(KANS_LEEFGEBIED, random)) {
        zorgen.put(leefgebied, ernst(random));
      }
    }
    if (zorgen.isEmpty()) {
      zorgen.put(Leefgebied.THUIS, ernst(random));
    }
    Set<Veiligheidssignaal> signalen = EnumSet.noneOf(Veiligheidssignaal.class);
    if (Toeval.kans(KANS_ONTWIKKELING_IN_GEDRANG, random)) {
      signalen.add(Veiligheidssignaal.ONTWIKKELING_IN_GEDRANG);
    }
    if (Toeval.kans(options.aandeelOnveilig(), random)) {
      signalen.add(
          Toeval.kans(KANS_ACUUT, random) ? Veiligheidssignaal.ACUTE_ONVEILIGHEID : Veiligheidssignaal.STRUCTURELE_ONVEILIGHEID);
    }
    boolean hoogsteMinstensZorg = zorgen.values().stream().anyMatch(ernst -> ernst.compareTo(Ernst.ZORG) >= 0);
    if (!signalen.isEmpty() && !hoogsteMinstensZorg) {
      zorgen.put(Leefgebied.THUIS, Ernst.ZORG);
    }
    boolean samenwerkingMogelijk = !Toeval.kans(options.aandeelSamenwerkingOnmogelijk(), random);
    Optional<String> behandelaar = Optional.empty();
    if (Toeval.kans(options.aandeelInBehandelingElders(), random)) {
      List<Partner> anderen = bedienen.stream().filter(partner -> !partner.naam().equals(aanmelder.naam())).toList();
      behandelaar = Optional.of(Toeval.kies(anderen.isEmpty() ? bedienen : anderen, random).naam());
    }
    return new Zorgprofiel(zorgen, signalen, samenwerkingMogelijk, behandelaar, omstandigheden(leeftijd, random));
  }

  /** Writes the profile into {@code casus}, with a sketch for every graded leefgebied. */
  void vul(Casus.Builder casus, SplittableRandom random) {
    zorgen.forEach((leefgebied, ernst) -> casus.putSchets(leefgebied, Toeval.kies(Teksten.SCHETSEN, random)));
    casus.putAllZorgen(zorgen)
        .addAllVeiligheidssignalen(signalen)
        .samenwerkingMetOudersMogelijk(samenwerkingMogelijk)
        .behandelaar(behandelaar)
        .addAllOmstandigheden(omstandigheden);
  }

  private static Ernst ernst(SplittableRandom random) {
    double kans = random.nextDouble();
    if (kans < KANS_VRAAG) {
      return Ernst.VRAAG;
    }
    return kans < 1 - KANS_ERNSTIG ? Ernst.ZORG : Ernst.ERNSTIG;
  }

  /** Special circumstances, each at its own chance and only at the ages it applies to (assumptions). */
  private static Set<Omstandigheid> omstandigheden(int leeftijd, SplittableRandom random) {
    Set<Omstandigheid> omstandigheden = EnumSet.noneOf(Omstandigheid.class);
    voegToe(omstandigheden, Omstandigheid.SCHEIDING, 0.15, true, random);
    voegToe(omstandigheden, Omstandigheid.BEPERKING, 0.05, true, random);
    voegToe(omstandigheden, Omstandigheid.SCHOOLVERZUIM, 0.08, leeftijd >= 5 && leeftijd < 18, random);
    voegToe(omstandigheden, Omstandigheid.OVERLAST, 0.08, leeftijd >= 12, random);
    voegToe(omstandigheden, Omstandigheid.MIDDELENGEBRUIK, 0.05, leeftijd >= 12, random);
    voegToe(omstandigheden, Omstandigheid.PSYCHISCHE_PROBLEMEN, 0.08, true, random);
    voegToe(omstandigheden, Omstandigheid.ZONDER_WERK_OF_OPLEIDING, 0.05, leeftijd >= 16, random);
    return omstandigheden;
  }

  private static void voegToe(
      Set<Omstandigheid> omstandigheden, Omstandigheid omstandigheid, double kans, boolean past, SplittableRandom random) {
    if (Toeval.kans(kans, random) && past) {
      omstandigheden.add(omstandigheid);
    }
  }
}
