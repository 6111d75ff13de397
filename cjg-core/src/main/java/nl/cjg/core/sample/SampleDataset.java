package nl.cjg.core.sample;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import nl.cjg.core.id.GemeenteCode;

/**
 * A seeded sample dataset: realistic, valid and privacy-safe model values for tests, demos and
 * benchmarks, made lazily so that a dataset of any size streams in constant memory.
 *
 * <p>In order, the records are: the {@link SampleRecord.Kind#POPULATIE population}; every {@link
 * SampleRecord.Kind#PARTNER partner} of the network and one {@link SampleRecord.Kind#AANBOD offering} per
 * partner; then per case meeting (every three weeks from {@link SampleOptions#startdatumOverleg()}
 * to {@link SampleOptions#peildatum()}) the {@link SampleRecord.Kind#CASUS cases} requested for it, each
 * followed by its {@link SampleRecord.Kind#SIGNAAL Verwijsindex signals}, then the {@link
 * SampleRecord.Kind#CASUSOVERLEG meeting} with its afsprakenlijst and the {@link SampleRecord.Kind#GEZINSPLAN
 * family plans} made there; last the {@link SampleRecord.Kind#WERKPLAN work plan} of the peildatum's
 * year. Every record passes {@code CjgValidator}.
 *
 * <p>The same options, and so the same {@link #seed()}, give the same records, for the same
 * {@link #VERSIE generator version}: a writer puts both in the dataset's header. Children and
 * cases spread over kernen and ages in the population's proportions; names come from bundled lists
 * of common names, addresses from real streets with synthetic postcode letters and house numbers,
 * BSNs only from {@link SampleBsn}'s test range. See {@code docs/sample-data.md}.
 *
 * <p>Immutable and thread-safe; each {@link #iterator()} or {@link #records()} is a fresh pass.
 */
public final class SampleDataset implements Iterable<SampleRecord> {
  /**
   * The version of the generator. It changes whenever the same options would give other records,
   * so that a dataset is reproduced from its header's seed and version.
   */
  public static final int VERSIE = 2;

  private final SampleOptions options;

  private SampleDataset(SampleOptions options) {
    this.options = options;
  }

  /**
   * The dataset these options describe.
   *
   * @param options the options
   * @return the dataset; nothing is generated until it is iterated
   */
  public static SampleDataset of(SampleOptions options) {
    return new SampleDataset(Objects.requireNonNull(options, "options"));
  }

  /** The options the dataset is made with. */
  public SampleOptions options() {
    return options;
  }

  /** The seed of the pseudo-random numbers, for the dataset's header. */
  public long seed() {
    return options.seed();
  }

  /** The municipality the data are about, that of the population, for the dataset's header. */
  public GemeenteCode gemeente() {
    return options.populatie().gemeente();
  }

  /** The day the data describe, for the dataset's header. */
  public LocalDate peildatum() {
    return options.peildatum();
  }

  /** The generator version, {@value #VERSIE}, for the dataset's header. */
  public int versie() {
    return VERSIE;
  }

  /** A fresh pass over the records, made one at a time. */
  @Override
  public Iterator<SampleRecord> iterator() {
    return new Generatie(options);
  }

  /** A fresh sequential stream of the records, made lazily. */
  public Stream<SampleRecord> records() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE),
        false);
  }
}
