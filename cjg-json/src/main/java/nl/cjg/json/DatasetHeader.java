package nl.cjg.json;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.id.GemeenteCode;

/**
 * The first line of a dataset: which format version, which municipality, the reference date
 * (peildatum) its figures hold on, and for generated data the seed of the generator, so that the
 * same dataset can be made again. Written as {@code {"type":"dataset",...}}.
 *
 * <p>Invariant (code {@value #VERSION_CODE}): the schema version is at least 1. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class DatasetHeader {
  DatasetHeader() {}

  /** The schema version this library reads and writes. */
  public static final int SCHEMA_VERSION = 1;

  /** The code of the invariant that the schema version is positive. */
  public static final String VERSION_CODE = "DATASET-S01";

  /** The version of the dataset format, {@value #SCHEMA_VERSION} for this library. */
  public abstract int schemaVersion();

  /** The municipality the data is about, for example {@code GM0373}. */
  public abstract GemeenteCode gemeente();

  /** The reference date on which the data holds. */
  public abstract LocalDate peildatum();

  /** The seed of the generator, when the data was generated. */
  public abstract Optional<Long> seed();

  /**
   * A builder for a header.
   *
   * <p>Required: {@link #schemaVersion()}, {@link #gemeente()}, {@link #peildatum()}; every other
   * attribute is optional, a collection that may stay empty, or has a default. {@code build()}
   * throws an {@link IllegalStateException} that names every required attribute not set, and an
   * {@link InvalidValueException} with the rule's code when the value would break an invariant.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link DatasetHeader}; {@link #builder()} names the required attributes. A list or
   * set attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code
   * xs(Iterable)}; a map attribute {@code putX} and {@code putAllX}; an optional attribute takes
   * the value itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableDatasetHeader.Builder {
    Builder() {}
  }

  /**
   * A header of the current schema version.
   *
   * @param gemeente the municipality
   * @param peildatum the reference date
   * @return the header, without seed
   */
  public static DatasetHeader of(GemeenteCode gemeente, LocalDate peildatum) {
    return builder().schemaVersion(SCHEMA_VERSION).gemeente(gemeente).peildatum(peildatum).build();
  }

  @Value.Check
  void checkVersion() {
    InvalidValueException.require(schemaVersion() >= 1, VERSION_CODE, "a dataset's schemaVersion is at least 1");
  }
}
