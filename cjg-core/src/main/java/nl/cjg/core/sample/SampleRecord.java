package nl.cjg.core.sample;

import java.util.Objects;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.aanbod.Aanbod;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Gezinsplan;
import nl.cjg.core.overleg.Casusoverleg;
import nl.cjg.core.partner.Partner;
import nl.cjg.core.populatie.Populatie;
import nl.cjg.core.verwijsindex.Signaal;
import nl.cjg.core.werkplan.Werkplan;

/**
 * One record of a sample dataset: its kind and its model value, for example a {@link
 * nl.cjg.core.casus.Casus}. A carrier for a dataset writer, not a value of the model: the writer
 * writes {@link #value()} under the type {@link Kind#code()}.
 *
 * <p>Invariant (code {@value #TYPE_CODE}): the value is of the kind's type. Equal when kind and
 * value are equal. Immutable and thread-safe.
 */
public final class SampleRecord {
  /** The code of the rule that the value is of the kind's type. */
  public static final String TYPE_CODE = "SAMPLE-S06";

  private final Kind kind;
  private final Object value;

  private SampleRecord(Kind kind, Object value) {
    this.kind = kind;
    this.value = value;
  }

  /**
   * A record.
   *
   * @param kind what it holds
   * @param value the value, of {@code kind.type()}
   * @return the record
   * @throws InvalidValueException with code {@value #TYPE_CODE} when the value is of another type
   */
  public static SampleRecord of(Kind kind, Object value) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    InvalidValueException.require(kind.type().isInstance(value), TYPE_CODE, "a record's value is of its kind's type (value)");
    return new SampleRecord(kind, value);
  }

  /** What the record holds. */
  public Kind kind() {
    return kind;
  }

  /** The model value, an instance of {@code kind().type()}. */
  public Object value() {
    return value;
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
    return type.cast(value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SampleRecord record && record.kind == kind && record.value.equals(value);
  }

  @Override
  public int hashCode() {
    return 31 * kind.hashCode() + value.hashCode();
  }

  /** The kind and the value's own {@code toString}, which hides personal data. */
  @Override
  public String toString() {
    return "SampleRecord{" + kind.code() + ": " + value + "}";
  }

  /**
   * The kinds of record a {@link SampleDataset} holds, each with the model type of its value and a
   * code a dataset writer can use as the record's {@code type}.
   */
  public enum Kind {
    /** The population the cases are calibrated on. */
    POPULATIE("populatie", Populatie.class),
    /** A partner of the network. */
    PARTNER("partner", Partner.class),
    /** An offering of a partner, with its measures. */
    AANBOD("aanbod", Aanbod.class),
    /** A case (bespreekformulier). */
    CASUS("casus", Casus.class),
    /** A case meeting with its afsprakenlijst. */
    CASUSOVERLEG("casusoverleg", Casusoverleg.class),
    /** A family plan of 1 Gezin 1 Plan. */
    GEZINSPLAN("gezinsplan", Gezinsplan.class),
    /** A Verwijsindex signal. */
    SIGNAAL("signaal", Signaal.class),
    /** The work plan of the peildatum's year. */
    WERKPLAN("werkplan", Werkplan.class);

    private final String code;
    private final Class<?> type;

    Kind(String code, Class<?> type) {
      this.code = code;
      this.type = type;
    }

    /** The code, for example {@code casusoverleg}. */
    public String code() {
      return code;
    }

    /** The model type of a record's value. */
    public Class<?> type() {
      return type;
    }
  }
}
