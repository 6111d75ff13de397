package nl.cjg.core.sample;

import java.util.Optional;
import nl.cjg.core.id.Bsn;

/**
 * The test BSNs one pass over a dataset still has to give: each of {@link SampleBsn}'s numbers at
 * most once, starting where the seed says, so that no two children of a dataset share a number.
 * Once all are given, none is left. Not thread-safe: one per pass.
 */
final class BsnVoorraad {
  private final long begin;
  private int gegeven;

  BsnVoorraad(long begin) {
    this.begin = begin;
  }

  /** The next unused test BSN, or empty when every number of the test range is given. */
  Optional<Bsn> neem() {
    if (gegeven >= SampleBsn.aantal()) {
      return Optional.empty();
    }
    return Optional.of(SampleBsn.nummer(begin + gegeven++));
  }
}
