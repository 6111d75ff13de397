package nl.cjg.json;

import com.fasterxml.jackson.core.JsonParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A closed code list (an enum of the model) as a JSON string holding the constant's name, which is
 * the code name as the sources write it. Only exact names are read: no numbers, no other case.
 * Immutable and thread-safe.
 *
 * @param <E> the enum type
 */
final class EnumCodec<E extends Enum<E>> extends TextForm<E> {
  private final Map<String, E> byName = new HashMap<>();
  private final List<String> codes = new ArrayList<>();
  private final String typeName;

  EnumCodec(Class<E> type) {
    super(ValueKind.CODE);
    for (E constant : type.getEnumConstants()) {
      byName.put(constant.name(), constant);
      codes.add(constant.name());
    }
    // a code list nested in its value type is named with it, for example Afspraak.Status
    this.typeName = type.getName().substring(type.getPackageName().length() + 1).replace('$', '.');
  }

  /** The codes read and written, in declaration order. */
  List<String> codes() {
    return List.copyOf(codes);
  }

  @Override
  E fromText(String text, JsonParser parser, ReadContext context) {
    E constant = byName.get(text);
    if (constant == null) {
      context.report(parser, ProblemCode.UNKNOWN_CODE, typeName);
    }
    return constant;
  }

  @Override
  String toText(E value) {
    return value.name();
  }
}
