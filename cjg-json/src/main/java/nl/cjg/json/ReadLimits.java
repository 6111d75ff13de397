package nl.cjg.json;

import org.immutables.value.Value;
import nl.cjg.core.InvalidValueException;

/**
 * The limits a reader puts on its input, so that a hostile or broken document cannot exhaust
 * memory or time. The defaults suit the CJG model generously; raise them deliberately.
 *
 * <p>Every limit means the same for every input kind — bytes, a byte stream, a text, a character
 * stream: names, strings and numbers are counted in characters. Invariants: every limit is at
 * least 1 (code {@value #POSITIVE_CODE}); the nesting depth is at most
 * {@value #HIGHEST_NESTING_DEPTH} (code {@value #DEPTH_CODE}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReadLimits {
  ReadLimits() {}

  /** The code of the invariant that every limit is positive. */
  public static final String POSITIVE_CODE = "READLIMITS-S01";

  /** The code of the invariant that {@link #maxNestingDepth()} is at most {@value #HIGHEST_NESTING_DEPTH}. */
  public static final String DEPTH_CODE = "READLIMITS-S02";

  /**
   * The highest {@link #maxNestingDepth()} a reader accepts: reading, validating and comparing a
   * value nest one call per level, and deeper values could overflow a thread's stack.
   */
  public static final int HIGHEST_NESTING_DEPTH = 256;

  /**
   * The most deeply nested objects and arrays; default 64 (the model nests fewer than 10), at most
   * {@value #HIGHEST_NESTING_DEPTH}.
   */
  @Value.Default
  public int maxNestingDepth() {
    return 64;
  }

  /** The longest string value, in characters, also of a value a lenient reader skips; default 100,000. */
  @Value.Default
  public int maxStringLength() {
    return 100_000;
  }

  /** The default of {@link #maxNumberLength()}. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 64;

  /**
   * The longest number, in the characters it is written with (sign, digits, point and exponent);
   * default {@value #DEFAULT_MAX_NUMBER_LENGTH}.
   */
  @Value.Default
  public int maxNumberLength() {
    return DEFAULT_MAX_NUMBER_LENGTH;
  }

  /** The longest property name, in characters (not bytes, also for byte input); default 256. */
  @Value.Default
  public int maxNameLength() {
    return 256;
  }

  /** The longest single document, in bytes (characters for text input); default 16 MiB. */
  @Value.Default
  public long maxDocumentLength() {
    return 16L * 1024 * 1024;
  }

  /**
   * The longest record of a stream, in bytes: one line of a JSON Lines file (exact) or one element
   * of a streamed array (to within the parser's 8 KB read buffer); default 1 MiB.
   */
  @Value.Default
  public int maxRecordLength() {
    return 1024 * 1024;
  }

  /**
   * The most records of one stream (JSON Lines, a dataset after its header, or a streamed array);
   * default 10,000,000. The record after the last one allowed holds the problem and ends the
   * stream.
   */
  @Value.Default
  public long maxRecords() {
    return 10_000_000L;
  }

  /** After this many problems in one document or record, reading it stops; default 100. */
  @Value.Default
  public int maxProblems() {
    return 100;
  }

  /** The default limits. */
  public static ReadLimits defaults() {
    return builder().build();
  }

  /**
   * A builder starting from the defaults.
   *
   * <p>Nothing is required: every attribute is optional, a collection that may stay empty, or has
   * a default. {@code build()} throws an {@link IllegalStateException} that names every required
   * attribute not set, and an {@link InvalidValueException} with the rule's code when the value
   * would break an invariant.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ReadLimits}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableReadLimits.Builder {
    Builder() {}
  }

  @Value.Check
  void checkPositive() {
    InvalidValueException.require(
        maxNestingDepth() > 0
            && maxStringLength() > 0
            && maxNumberLength() > 0
            && maxNameLength() > 0
            && maxDocumentLength() > 0
            && maxRecordLength() > 0
            && maxRecords() > 0
            && maxProblems() > 0,
        POSITIVE_CODE,
        "every read limit must be at least 1");
    InvalidValueException.require(
        maxNestingDepth() <= HIGHEST_NESTING_DEPTH,
        DEPTH_CODE,
        "maxNestingDepth must be at most " + HIGHEST_NESTING_DEPTH + ", so that no value read can overflow the stack");
  }
}
