package nl.cjg.examples.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.cjg.json.CjgJson;

/**
 * Finds the assumptions a reference record marks: every value the sources do not give is marked in
 * a text of its record with {@value #MARK} and the reason ("Aanname: leeftijdsgroep 0-18; de bron
 * noemt geen leeftijden"), see docs/reference-dataset.md. Each assumption is returned with where it
 * is (the record and the field, as the dataset format names it), the reason as the record gives it,
 * and the source section the record cites for it.
 *
 * <p>Only records of the reference data are read (offerings, work plans, plans, population,
 * partners and their cooperation agreements); a case, a case meeting, a family plan or a
 * Verwijsindex signal is never read, so no free text about a person can reach a report. Stateless
 * and thread-safe.
 */
public final class Aannames {
  /** How a text marks an assumption; matched ignoring case. */
  public static final String MARK = "Aanname:";

  /** The packages of the record types that hold reference data, not personal data. */
  private static final Set<String> REFERENCE_PACKAGES = Set.of(
      "nl.cjg.core.aanbod", "nl.cjg.core.werkplan", "nl.cjg.core.populatie", "nl.cjg.core.partner");

  private static final String BRON = "Bron:";
  private static final JsonMapper MAPPER = CjgJson.mapper();

  private Aannames() {}

  /**
   * One assumption of a reference record.
   *
   * @param record the record: its type and name or year, {@code Aanbod Opvoedcursussen}
   * @param veld the field that holds the mark, as a path in the dataset format: {@code
   *     kengetallen[0].omschrijving}
   * @param aanname what is assumed and why, as the record words it
   * @param bron the source and section the record cites for the value, empty when it cites none
   */
  public record Aanname(String record, String veld, String aanname, String bron) {}

  /**
   * The assumptions a record marks, in the order of its fields.
   *
   * @param record a record of a dataset or of the reference data
   * @return its assumptions; none for a record that is not reference data
   */
  public static List<Aanname> of(Object record) {
    if (!REFERENCE_PACKAGES.contains(record.getClass().getPackageName())) {
      return List.of();
    }
    JsonNode tree = MAPPER.valueToTree(record);
    String label = label(record, tree);
    String recordBron = recordBron(tree);
    List<Aanname> aannames = new ArrayList<>();
    walk(tree, "", (path, field, text) -> {
      int at = indexOfMark(text, 0);
      while (at >= 0) {
        int end = end(text, at);
        String aanname = trim(text.substring(at + MARK.length(), end));
        String bron = field.equals("bron") ? trim(text.substring(0, at)) : bronIn(text, end).orElse(recordBron);
        aannames.add(new Aanname(label, path, aanname, bron));
        at = indexOfMark(text, end);
      }
    });
    return aannames;
  }

  /** The type of the record (its documented type, not the generated one) and its name or year. */
  private static String label(Object record, JsonNode tree) {
    Class<?> type = record.getClass();
    String name = type.getSimpleName().startsWith("Immutable") && type.getSuperclass() != Object.class
        ? type.getSuperclass().getSimpleName() : type.getSimpleName();
    for (String key : List.of("naam", "jaar", "wat")) {
      if (tree.path(key).isValueNode()) {
        return name + " " + tree.path(key).asText();
      }
    }
    return name;
  }

  /** The first "Bron: …" in a text field of the record itself, else empty. */
  private static String recordBron(JsonNode tree) {
    for (Map.Entry<String, JsonNode> field : tree.properties()) {
      JsonNode value = field.getValue();
      if (value.isTextual()) {
        Optional<String> bron = bronIn(value.asText(), 0);
        if (bron.isPresent()) {
          return bron.get();
        }
      }
    }
    return "";
  }

  private static Optional<String> bronIn(String text, int from) {
    int at = text.indexOf(BRON, from);
    if (at < 0) {
      return Optional.empty();
    }
    int end = text.indexOf(']', at);
    return Optional.of(trim(text.substring(at + BRON.length(), end < 0 ? text.length() : end)));
  }

  private static int indexOfMark(String text, int from) {
    return text.toLowerCase(Locale.ROOT).indexOf(MARK.toLowerCase(Locale.ROOT), from);
  }

  /** Where the marked assumption ends: at the closing bracket when it is in brackets, else before "Bron:" or at the end. */
  private static int end(String text, int at) {
    int open = text.lastIndexOf('[', at);
    if (open >= 0 && text.lastIndexOf(']', at) < open) {
      int close = text.indexOf(']', at);
      return close < 0 ? text.length() : close;
    }
    int bron = text.indexOf(BRON, at);
    int next = indexOfMark(text, at + MARK.length());
    int end = text.length();
    if (bron >= 0) {
      end = bron;
    }
    if (next >= 0 && next < end) {
      end = next;
    }
    return end;
  }

  private static String trim(String text) {
    String trimmed = text.strip();
    while (!trimmed.isEmpty() && ";.".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
      trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
    }
    return trimmed;
  }

  private interface TextVisitor {
    void text(String path, String field, String text);
  }

  private static void walk(JsonNode node, String path, TextVisitor visitor) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
        if (field.getValue().isTextual()) {
          visitor.text(child, field.getKey(), field.getValue().asText());
        } else {
          walk(field.getValue(), child, visitor);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), path + "[" + i + "]", visitor);
      }
    }
  }
}
