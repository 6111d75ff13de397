package nl.cjg.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Everything a read needs besides its input, fixed when a {@link CjgJsonReader} is built: limits,
 * strictness options, the message language and the configured parser factory. Immutable and
 * thread-safe.
 */
final class ReaderSettings {
  private final ReadLimits limits;
  private final ProblemMessages messages;
  private final boolean ignoreUnknownProperties;
  private final boolean nullAsAbsent;
  private final boolean failFast;
  private final JsonFactory factory;
  private final JsonFactory streamFactory;
  private final StreamReadConstraints lineConstraints;

  ReaderSettings(ReadLimits limits, Locale locale, boolean ignoreUnknownProperties, boolean nullAsAbsent, boolean failFast) {
    this.limits = limits;
    this.messages = ProblemMessages.forLocale(locale);
    this.ignoreUnknownProperties = ignoreUnknownProperties;
    this.nullAsAbsent = nullAsAbsent;
    this.failFast = failFast;
    this.factory = factory(constraints(limits));
    this.lineConstraints = constraints(limits).rebuild().maxDocumentLength(-1).build();
    this.streamFactory = factory(lineConstraints);
  }

  /** The strict defaults with messages in English, for errors raised inside Jackson's mapper. */
  static ReaderSettings strictEnglish() {
    return new ReaderSettings(ReadLimits.defaults(), Locale.ENGLISH, false, false, false);
  }

  /**
   * A parser factory that enforces the constraints and keeps input text out of locations. Property
   * names are not canonicalized: Jackson would otherwise keep the names of text input in a table
   * shared by every parser of the factory, so that one document with colliding names could fail
   * that read and corrupt the table for later ones. Each parser now holds only its own names.
   */
  private static JsonFactory factory(StreamReadConstraints constraints) {
    return JsonFactory.builder()
        .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
        .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
        .streamReadConstraints(constraints)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .build();
  }

  /**
   * Jackson's constraints for these limits: a coarse first barrier, since Jackson counts a name of
   * byte input in bytes (up to three per character, hence the factor) and differs between its
   * parsers on a number's sign. {@link LimitedParser} applies the exact limits, in characters,
   * alike for every input kind, and allows an empty object or array one level deeper than the
   * nesting depth; Jackson's barrier is never tighter than those.
   */
  static StreamReadConstraints constraints(ReadLimits limits) {
    return StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxNestingDepth() + 1)
        .maxStringLength(limits.maxStringLength())
        .maxNumberLength(limits.maxNumberLength())
        .maxNameLength((int) Math.min(Integer.MAX_VALUE, 3L * limits.maxNameLength()))
        .maxDocumentLength(limits.maxDocumentLength())
        .build();
  }

  ReadLimits limits() {
    return limits;
  }

  ProblemMessages messages() {
    return messages;
  }

  boolean ignoreUnknownProperties() {
    return ignoreUnknownProperties;
  }

  boolean nullAsAbsent() {
    return nullAsAbsent;
  }

  boolean failFast() {
    return failFast;
  }

  /** The factory for single documents: all limits. */
  JsonFactory factory() {
    return factory;
  }

  /**
   * A new factory for one {@link LineParser}: the constraints of {@link #streamFactory()}, and
   * property names canonicalized in a table that belongs to this factory alone (Jackson's UTF-8
   * parser, the fast one, needs such a table; a factory per parser keeps it from being shared).
   */
  JsonFactory lineFactory() {
    return JsonFactory.builder()
        .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
        .streamReadConstraints(lineConstraints)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .build();
  }

  /**
   * A parser of the single-document factory over part of an array. The part is copied first when it
   * does not start the array: Jackson's byte parser without name canonicalization (2.22) can read a
   * long value past {@code offset + length} when {@code offset > 0}, into the next line of a JSON
   * Lines buffer.
   */
  JsonParser parser(byte[] bytes, int offset, int length) throws IOException {
    return offset == 0 ? factory.createParser(bytes, 0, length) : factory.createParser(Arrays.copyOfRange(bytes, offset, offset + length));
  }

  /** The factory for large arrays: no limit on the whole, {@link ReadLimits#maxRecordLength()} per element. */
  JsonFactory streamFactory() {
    return streamFactory;
  }
}
