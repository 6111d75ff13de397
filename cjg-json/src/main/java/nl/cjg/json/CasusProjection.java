package nl.cjg.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Kind;

/**
 * Reads from a case ({@link Casus}) only the form's date and the attributes of the child that a
 * {@link CasusCounter} needs, each through the codec the full reader uses for it, and skips every
 * other value without decoding it. The attributes read are checked as the full reader checks them
 * (JSON type, {@code null}, a property given twice, a required one missing, format, code lists,
 * ranges, and the child's invariants among the attributes read); everything else only has to be
 * well-formed JSON. A value read has no problems; a line with a problem gives {@code null}.
 * Immutable and thread-safe.
 */
final class CasusProjection extends Codec<CasusProjection.Fields> {
  private static final Object ABSENT = new Object();

  private final Attribute datum;
  private final boolean datumRequired;
  private final Attribute kind;
  private final boolean kindRequired;
  private final Attribute[] kindAttributes;

  /**
   * @param readDatum whether the form's date ({@code datumInvulling}) is read
   * @param kindNames the attributes of the child ({@code kind}) that are read
   */
  @SuppressWarnings("unchecked")
  CasusProjection(CodecRegistry registry, boolean readDatum, Set<String> kindNames) {
    ValueCodec<Casus> casus = (ValueCodec<Casus>) registry.codecFor(Casus.class);
    ValueCodec<Kind> kindCodec = (ValueCodec<Kind>) registry.codecFor(Kind.class);
    this.datum = readDatum ? attribute(casus, "datumInvulling") : null;
    this.datumRequired = readDatum && casus.isRequired(datum);
    this.kind = attribute(casus, "kind");
    this.kindRequired = !kindNames.isEmpty() && casus.isRequired(kind);
    this.kindAttributes = kindCodec.attributes().stream().filter(a -> kindNames.contains(a.name())).toArray(Attribute[]::new);
    if (kindAttributes.length != kindNames.size()) {
      throw new IllegalArgumentException("not every name is an attribute of Kind: " + kindNames);
    }
  }

  /**
   * The top-level properties of a case this projection reads; a case without the others reads the
   * same.
   */
  String[] propertiesRead() {
    List<String> names = new ArrayList<>();
    if (datum != null) {
      names.add(datum.name());
    }
    if (kindAttributes.length > 0) {
      names.add(kind.name());
    }
    return names.toArray(new String[0]);
  }

  /** The fields read from one case. */
  static final class Fields {
    /** The form's date, or {@code null} when not read. */
    final LocalDate datumInvulling;
    /** The child with only the attributes read, or {@code null} when none is read. */
    final Kind kind;

    Fields(LocalDate datumInvulling, Kind kind) {
      this.datumInvulling = datumInvulling;
      this.kind = kind;
    }
  }

  @Override
  Fields read(JsonParser parser, ReadContext context) throws IOException {
    LimitedParser limited = (LimitedParser) parser;
    JsonParser raw = limited.delegate();
    if (raw.currentToken() != JsonToken.START_OBJECT) {
      return context.wrongType(limited, ValueKind.OBJECT);
    }
    Object date = null;
    Object child = null;
    boolean dateSeen = false;
    boolean childSeen = false;
    boolean failed = false;
    while (raw.nextToken() == JsonToken.FIELD_NAME) {
      String name = raw.currentName();
      raw.nextToken();
      if (datum != null && name.equals(datum.name())) {
        if (dateSeen) {
          failed |= duplicate(limited, context);
          continue;
        }
        dateSeen = true;
        date = readValue(limited, datum, context);
        failed |= date == null;
      } else if (kindAttributes.length > 0 && name.equals(kind.name())) {
        if (childSeen) {
          failed |= duplicate(limited, context);
          continue;
        }
        childSeen = true;
        child = readKind(limited, raw, context);
        failed |= child == null;
      } else {
        raw.skipChildren();
      }
    }
    failed |= required(limited, context, datum, datumRequired && !dateSeen);
    failed |= required(limited, context, kind, kindRequired && !childSeen);
    if (failed) {
      return null;
    }
    return new Fields(date instanceof LocalDate ? (LocalDate) date : null, child instanceof Kind ? (Kind) child : null);
  }

  /**
   * Reads the child's object: the attributes asked for, the others skipped; the child is built from
   * the attributes read, so that its invariants among them are checked.
   *
   * @return the child, {@link #ABSENT} for {@code null} allowed as absent, or {@code null} after a problem
   */
  private Object readKind(LimitedParser limited, JsonParser raw, ReadContext context) throws IOException {
    JsonToken token = raw.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return nullValue(limited, kind, context);
    }
    if (token != JsonToken.START_OBJECT) {
      return context.wrongType(limited, ValueKind.OBJECT);
    }
    Object[] values = new Object[kindAttributes.length];
    boolean[] seen = new boolean[kindAttributes.length];
    boolean failed = false;
    while (raw.nextToken() == JsonToken.FIELD_NAME) {
      int index = indexOf(raw.currentName());
      raw.nextToken();
      if (index < 0) {
        raw.skipChildren();
      } else if (seen[index]) {
        failed |= duplicate(limited, context);
      } else {
        seen[index] = true;
        values[index] = readValue(limited, kindAttributes[index], context);
        failed |= values[index] == null;
      }
    }
    if (failed) {
      return null;
    }
    Kind.Builder builder = Kind.builder();
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null && values[i] != ABSENT) {
        kindAttributes[i].set(builder, values[i]);
      }
    }
    try {
      return builder.build();
    } catch (InvalidValueException e) {
      context.invalid(limited, ReadContext.pointer(limited), e);
      return null;
    }
  }

  private int indexOf(String name) {
    for (int i = 0; i < kindAttributes.length; i++) {
      if (name.equals(kindAttributes[i].name())) {
        return i;
      }
    }
    return -1;
  }

  /** Reads the value at the current token with the attribute's codec: the value, {@link #ABSENT}, or {@code null} after a problem. */
  private static Object readValue(LimitedParser limited, Attribute attribute, ReadContext context) throws IOException {
    if (limited.currentToken() == JsonToken.VALUE_NULL) {
      return nullValue(limited, attribute, context);
    }
    limited.checkCurrentToken();
    return attribute.codec().read(limited, context);
  }

  /** {@code null} as the full reader takes it: absent for an optional attribute when the reader allows it, else a problem. */
  private static Object nullValue(LimitedParser limited, Attribute attribute, ReadContext context) {
    if (attribute.optional() && context.settings().nullAsAbsent()) {
      return ABSENT;
    }
    context.report(limited, ProblemCode.NULL);
    return null;
  }

  private static boolean duplicate(LimitedParser limited, ReadContext context) throws IOException {
    context.report(limited, ProblemCode.DUPLICATE_KEY);
    limited.delegate().skipChildren();
    return true;
  }

  private static boolean required(LimitedParser limited, ReadContext context, Attribute attribute, boolean missing) {
    if (missing) {
      context.report(limited, ReadContext.pointer(limited) + "/" + attribute.name(), ProblemCode.REQUIRED, attribute.name());
    }
    return missing;
  }

  private static Attribute attribute(ValueCodec<?> codec, String name) {
    List<Attribute> attributes = codec.attributes();
    return attributes.stream().filter(a -> a.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no attribute " + name + " in " + codec.typeName()));
  }

  /** A projection is only read: the cases it comes from are written by {@link CjgJsonWriter}. */
  @Override
  void write(JsonGenerator generator, Fields value) {
    throw new UnsupportedOperationException("a projection of a case is not written");
  }
}
