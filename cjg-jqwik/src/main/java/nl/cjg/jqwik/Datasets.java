package nl.cjg.jqwik;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import nl.cjg.core.sample.SampleDataset;
import nl.cjg.core.sample.SampleOptions;

/** Arbitraries of whole, connected sample datasets. Stateless. */
final class Datasets {
  /** The most cases an arbitrary dataset holds, so that a property stays fast. */
  static final int MAX_CASUSSEN = 200;

  private Datasets() {}

  /**
   * Datasets of {@link SampleDataset} with an arbitrary seed and 0 to {@value #MAX_CASUSSEN}
   * cases, in the Bergen population and network, with the generator's documented shares. A
   * failing property shrinks towards fewer cases and seed 0.
   */
  static Arbitrary<SampleDataset> dataset() {
    return Combinators.combine(
            Arbitraries.longs(), Basis.metRanden(Arbitraries.integers().between(0, MAX_CASUSSEN), 0, 1))
        .as((seed, aantal) -> SampleDataset.of(SampleOptions.builder().seed(seed).aantalCasussen(aantal).build()));
  }
}
