package nl.cjg.core.sample;

import nl.cjg.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * One record of a sample dataset: its kind and its model value, for example a {@link
 * nl.cjg.core.casus.Casus}.
 *
 * <p>Invariant (code {@value #TYPE_CODE}): the value is of the kind's type. Immutable and
 * thread-safe.
 */
@Value.Immutable(copy = false, prehash = false)
public abstract class SampleRecord {
  SampleRecord() {}

  /** The code of the rule that the value is of the kind's type. */
  public static final String TYPE_CODE = "SAMPLE-S06";

  /** What the record holds. */
  @Value.Parameter
  public abstract RecordKind kind();

  /** The model value, an instance of {@code kind().type()}. */
  @Value.Parameter
  public abstract Object value();

  /**
   * A record.
   *
   * @param kind what it holds
   * @param value the value, of {@code kind.type()}
   * @return the record
   */
  public static SampleRecord of(RecordKind kind, Object value) {
    return ImmutableSampleRecord.of(kind, value);
  }

  /**
   * The value as {@code type}.
   *
   * @param type the expected type
   * @param <T> the type
   * @return the value
   * @throws ClassCastException when the value is of another type
   */
  public <T> T value(Class<T> type) {
    return type.cast(value());
  }

  @Value.Check
  void checkType() {
    InvalidValueException.require(kind().type().isInstance(value()), TYPE_CODE, "a record's value is of its kind's type (value)");
  }
}
