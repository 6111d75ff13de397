package nl.cjg.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import nl.cjg.core.id.AgbCode;
import nl.cjg.core.id.Bsn;
import nl.cjg.core.id.BuurtCode;
import nl.cjg.core.id.GemeenteCode;
import nl.cjg.core.id.KvkNummer;
import nl.cjg.core.id.Postcode;
import nl.cjg.core.id.Pseudoniem;
import nl.cjg.core.id.WijkCode;

/**
 * The schemas of the values written as one JSON scalar: the JDK types of {@link ScalarCodecs} and
 * the identifiers of {@link IdentifierCodec}, each as the writer writes it. Identifiers carry the
 * pattern of their canonical text (what {@code value()} returns); the reader also accepts what
 * their {@code parse} tolerates (surrounding white space, lower case, {@code "1861 ab"}).
 *
 * <p>A type that the codecs map but this table does not know stops the generator, so that no
 * schema can silently describe a value as "anything".
 */
final class LeafSchemas {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String INT =
      "{\"type\":\"integer\",\"minimum\":" + Integer.MIN_VALUE + ",\"maximum\":" + Integer.MAX_VALUE + "}";
  private static final String LONG =
      "{\"type\":\"integer\",\"minimum\":" + Long.MIN_VALUE + ",\"maximum\":" + Long.MAX_VALUE + "}";
  private static final String BOOLEAN = "{\"type\":\"boolean\"}";

  private static final Map<Class<?>, String> SCHEMAS =
      Map.ofEntries(
          Map.entry(String.class, "{\"type\":\"string\"}"),
          Map.entry(int.class, INT),
          Map.entry(Integer.class, INT),
          Map.entry(long.class, LONG),
          Map.entry(Long.class, LONG),
          Map.entry(BigInteger.class, "{\"type\":\"integer\"}"),
          Map.entry(boolean.class, BOOLEAN),
          Map.entry(Boolean.class, BOOLEAN),
          Map.entry(BigDecimal.class, "{\"type\":\"number\"}"),
          Map.entry(Year.class, "{\"type\":\"integer\",\"minimum\":" + Year.MIN_VALUE + ",\"maximum\":" + Year.MAX_VALUE + "}"),
          Map.entry(
              LocalDate.class,
              "{\"type\":\"string\",\"format\":\"date\",\"pattern\":\"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$\"}"),
          Map.entry(YearMonth.class, "{\"type\":\"string\",\"pattern\":\"^[0-9]{4}-(0[1-9]|1[0-2])$\"}"),
          Map.entry(URI.class, "{\"type\":\"string\",\"format\":\"uri-reference\"}"),
          Map.entry(Bsn.class, identifier("BSN: nine digits", "^[0-9]{9}$")),
          Map.entry(
              Postcode.class,
              identifier(
                  "Postcode: four digits, the first not 0, and two capital letters other than SA, SD and SS, without a space",
                  "^[1-9][0-9]{3}([A-RT-Z][A-Z]|S[BCE-RT-Z])$")),
          Map.entry(AgbCode.class, identifier("AGB-code: eight digits", "^[0-9]{8}$")),
          Map.entry(KvkNummer.class, identifier("KvK-nummer: eight digits", "^[0-9]{8}$")),
          Map.entry(GemeenteCode.class, identifier("CBS municipality code: GM and four digits", "^GM[0-9]{4}$")),
          Map.entry(WijkCode.class, identifier("CBS district code: WK and six digits", "^WK[0-9]{6}$")),
          Map.entry(BuurtCode.class, identifier("CBS neighbourhood code: BU and eight digits", "^BU[0-9]{8}$")),
          Map.entry(
              Pseudoniem.class,
              identifier("Pseudonym: 64 lower-case hexadecimal digits (HMAC-SHA256)", "^[0-9a-f]{64}$")));

  private LeafSchemas() {}

  /** The schema of a scalar or identifier type; empty when the type is none of the table. */
  static Optional<ObjectNode> of(Class<?> type) {
    String schema = SCHEMAS.get(type);
    if (schema == null) {
      return Optional.empty();
    }
    try {
      return Optional.of((ObjectNode) JSON.readTree(schema));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the schema of " + type.getName() + " is no JSON", e);
    }
  }

  private static String identifier(String description, String pattern) {
    return "{\"type\":\"string\",\"description\":\"" + description + "\",\"pattern\":\"" + pattern + "\"}";
  }
}
