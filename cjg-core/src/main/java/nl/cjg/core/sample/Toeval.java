package nl.cjg.core.sample;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Reproducible randomness: every record draws from its own {@link SplittableRandom}, seeded from
 * the dataset's seed, a stream number and the record's index by the SplitMix64 finaliser. A
 * record thus depends only on the seed and on its own place in the dataset, never on the order in
 * which others were made. Stateless.
 */
final class Toeval {
  /** The stream of the offerings. */
  static final int AANBOD = 1;
  /** The stream of the cases, with their signals and family plans. */
  static final int CASUS = 2;
  /** The stream of the case meetings. */
  static final int OVERLEG = 3;
  /** The stream of the work plan. */
  static final int WERKPLAN = 4;
  /** The stream of dataset-wide choices. */
  static final int DATASET = 5;

  private Toeval() {}

  /** The random numbers of record {@code index} of stream {@code stroom}. */
  static SplittableRandom voor(long seed, int stroom, long index) {
    return new SplittableRandom(mix(mix(seed ^ (0x9E3779B97F4A7C15L * stroom)) + index));
  }

  /** The SplitMix64 finaliser: a bijection that spreads every input bit over the output. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** One element of a non-empty list, each equally likely. */
  static <T> T kies(List<T> lijst, SplittableRandom random) {
    return lijst.get(random.nextInt(lijst.size()));
  }

  /** One of the texts, each equally likely. */
  static String kies(String[] teksten, SplittableRandom random) {
    return teksten[random.nextInt(teksten.length)];
  }

  /** A day from {@code van} through {@code tot}, each equally likely; {@code tot} not before {@code van}. */
  static LocalDate dag(LocalDate van, LocalDate tot, SplittableRandom random) {
    return van.plusDays(random.nextLong(ChronoUnit.DAYS.between(van, tot) + 1));
  }

  /** Whether an event of probability {@code kans} happens. */
  static boolean kans(double kans, SplittableRandom random) {
    return random.nextDouble() < kans;
  }
}
