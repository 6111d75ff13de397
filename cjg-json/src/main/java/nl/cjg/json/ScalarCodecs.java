package nl.cjg.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The codecs of the JDK types the model uses: text, whole numbers (only JSON integers, in range),
 * exact decimals (money, never via {@code double}), yes/no, ISO-8601 dates, months, times and
 * durations, and URIs. Stateless and thread-safe.
 */
final class ScalarCodecs {
  /** The ISO-8601 layout of a month, {@code uuuu-MM}, with a sign before a year of more than four digits. */
  private static final DateTimeFormatter MONTH =
      new DateTimeFormatterBuilder()
          .appendValue(ChronoField.YEAR, 4, 10, SignStyle.EXCEEDS_PAD)
          .appendLiteral('-')
          .appendValue(ChronoField.MONTH_OF_YEAR, 2)
          .toFormatter(Locale.ROOT);

  private static final Map<Class<?>, Codec<?>> CODECS =
      Map.ofEntries(
          Map.entry(String.class, new StringCodec()),
          Map.entry(int.class, new IntCodec()),
          Map.entry(Integer.class, new IntCodec()),
          Map.entry(long.class, new LongCodec()),
          Map.entry(Long.class, new LongCodec()),
          Map.entry(boolean.class, new BooleanCodec()),
          Map.entry(Boolean.class, new BooleanCodec()),
          Map.entry(double.class, new DoubleCodec()),
          Map.entry(Double.class, new DoubleCodec()),
          Map.entry(BigDecimal.class, new DecimalCodec()),
          Map.entry(BigInteger.class, new BigIntegerCodec()),
          Map.entry(Year.class, new YearCodec()),
          Map.entry(LocalDate.class, new TimeCodec<>(ValueKind.DATE, ScalarCodecs::date, LocalDate::toString, DateTimeFormatter.ISO_LOCAL_DATE)),
          Map.entry(YearMonth.class, new TimeCodec<>(ValueKind.MONTH, ScalarCodecs::month, ScalarCodecs::monthText, MONTH)),
          Map.entry(LocalTime.class, new TimeCodec<>(ValueKind.TIME, LocalTime::parse, LocalTime::toString, DateTimeFormatter.ISO_LOCAL_TIME)),
          Map.entry(
              LocalDateTime.class,
              new TimeCodec<>(ValueKind.DATE_TIME, LocalDateTime::parse, LocalDateTime::toString, DateTimeFormatter.ISO_LOCAL_DATE_TIME)),
          Map.entry(Duration.class, new TimeCodec<>(ValueKind.DURATION, Duration::parse, Duration::toString, null)),
          Map.entry(Period.class, new TimeCodec<>(ValueKind.PERIOD, Period::parse, Period::toString, null)),
          Map.entry(URI.class, new UriCodec()));

  private ScalarCodecs() {}

  /** The codec of a JDK scalar type, if it is one. */
  static Optional<Codec<?>> forClass(Class<?> type) {
    return Optional.ofNullable(CODECS.get(type));
  }

  /**
   * An ISO-8601 date: {@code uuuu-MM-dd} read directly (the common case, several times faster than
   * a formatter), anything else (such as {@code +10000-01-01}) by {@link LocalDate#parse}.
   */
  static LocalDate date(CharSequence text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month >= 0 && day >= 0) {
        return LocalDate.of(year, month, day);
      }
    }
    return LocalDate.parse(text);
  }

  /** An ISO-8601 month: {@code uuuu-MM} read directly, anything else by {@link YearMonth#parse}. */
  static YearMonth month(CharSequence text) {
    if (text.length() == 7 && text.charAt(4) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      if (year >= 0 && month >= 0) {
        return YearMonth.of(year, month);
      }
    }
    return YearMonth.parse(text);
  }

  /**
   * A month in the form {@link #month} reads: ISO-8601 with a sign before a year of more than four
   * digits ({@code +10000-01}), which {@link YearMonth#toString()} leaves out.
   */
  static String monthText(YearMonth month) {
    return MONTH.format(month);
  }

  /**
   * The JSON number of a decimal that reads back as it, scale included: plain notation
   * ({@code 19000.00}) when that keeps the scale and fits the default number limit, otherwise the
   * unscaled digits with an exponent ({@code 15E-64}, {@code 19E3}), the shortest form that keeps
   * the scale.
   */
  static String decimalText(BigDecimal value) {
    if (value.scale() >= 0) {
      String plain = value.toPlainString();
      if (plain.length() <= ReadLimits.DEFAULT_MAX_NUMBER_LENGTH) {
        return plain;
      }
    }
    return value.unscaledValue() + "E" + -value.scale();
  }

  /** The number the ASCII digits from {@code start} to {@code end} make, or -1 when one is no digit. */
  private static int digits(CharSequence text, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** Whether the current token is a JSON integer; otherwise reports why not and skips the value. */
  private static boolean isInteger(JsonParser parser, ReadContext context) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT) {
      return true;
    }
    if (token == JsonToken.VALUE_NUMBER_FLOAT) {
      context.report(parser, ProblemCode.NOT_INTEGER);
    } else {
      context.wrongType(parser, ValueKind.INTEGER);
    }
    return false;
  }

  private static final class StringCodec extends TextForm<String> {
    StringCodec() {
      super(ValueKind.STRING);
    }

    @Override
    String fromText(String text, JsonParser parser, ReadContext context) {
      return text;
    }

    @Override
    String toText(String value) {
      return value;
    }
  }

  private static final class IntCodec extends Codec<Integer> {
    @Override
    Integer read(JsonParser parser, ReadContext context) throws IOException {
      if (!isInteger(parser, context)) {
        return null;
      }
      if (parser.getNumberType() != JsonParser.NumberType.INT) {
        context.report(parser, ProblemCode.NUMBER_RANGE);
        return null;
      }
      return parser.getIntValue();
    }

    @Override
    void write(JsonGenerator generator, Integer value) throws IOException {
      generator.writeNumber(value.intValue());
    }
  }

  private static final class LongCodec extends Codec<Long> {
    @Override
    Long read(JsonParser parser, ReadContext context) throws IOException {
      if (!isInteger(parser, context)) {
        return null;
      }
      if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
        context.report(parser, ProblemCode.NUMBER_RANGE);
        return null;
      }
      return parser.getLongValue();
    }

    @Override
    void write(JsonGenerator generator, Long value) throws IOException {
      generator.writeNumber(value.longValue());
    }
  }

  private static final class BigIntegerCodec extends Codec<BigInteger> {
    @Override
    BigInteger read(JsonParser parser, ReadContext context) throws IOException {
      return isInteger(parser, context) ? parser.getBigIntegerValue() : null;
    }

    @Override
    void write(JsonGenerator generator, BigInteger value) throws IOException {
      generator.writeNumber(value);
    }
  }

  private static final class YearCodec extends Codec<Year> {
    @Override
    Year read(JsonParser parser, ReadContext context) throws IOException {
      if (!isInteger(parser, context)) {
        return null;
      }
      if (parser.getNumberType() != JsonParser.NumberType.INT
          || parser.getIntValue() < Year.MIN_VALUE
          || parser.getIntValue() > Year.MAX_VALUE) {
        context.report(parser, ProblemCode.NUMBER_RANGE);
        return null;
      }
      return Year.of(parser.getIntValue());
    }

    @Override
    void write(JsonGenerator generator, Year value) throws IOException {
      generator.writeNumber(value.getValue());
    }
  }

  private static final class BooleanCodec extends Codec<Boolean> {
    @Override
    Boolean read(JsonParser parser, ReadContext context) throws IOException {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
        return token == JsonToken.VALUE_TRUE;
      }
      return context.wrongType(parser, ValueKind.BOOLEAN);
    }

    @Override
    void write(JsonGenerator generator, Boolean value) throws IOException {
      generator.writeBoolean(value);
    }
  }

  private static final class DoubleCodec extends Codec<Double> {
    @Override
    Double read(JsonParser parser, ReadContext context) throws IOException {
      if (!parser.currentToken().isNumeric()) {
        return context.wrongType(parser, ValueKind.NUMBER);
      }
      double value = parser.getDoubleValue();
      if (Double.isInfinite(value)) {
        context.report(parser, ProblemCode.NUMBER_RANGE);
        return null;
      }
      return value;
    }

    @Override
    void write(JsonGenerator generator, Double value) throws IOException {
      generator.writeNumber(value.doubleValue());
    }
  }

  /**
   * Exact decimals: read from the number's text (never via {@code double}) and written so that they
   * read back equal, scale included (see {@link #decimalText}): what the reader accepted within its
   * default number limit is written within that limit. An exponent beyond ±{@value #MAX_SCALE} is
   * out of range: such a number has no meaning in the model. So is an exponent too long for the
   * parser to represent at all, which it refuses with a {@link NumberFormatException}.
   */
  private static final class DecimalCodec extends Codec<BigDecimal> {
    private static final int MAX_SCALE = 1000;

    @Override
    BigDecimal read(JsonParser parser, ReadContext context) throws IOException {
      if (!parser.currentToken().isNumeric()) {
        return context.wrongType(parser, ValueKind.NUMBER);
      }
      BigDecimal value;
      try {
        value = parser.getDecimalValue();
      } catch (NumberFormatException e) {
        context.report(parser, ProblemCode.NUMBER_RANGE);
        return null;
      }
      if (Math.abs(value.scale()) > MAX_SCALE) {
        context.report(parser, ProblemCode.NUMBER_RANGE);
        return null;
      }
      return value;
    }

    @Override
    void write(JsonGenerator generator, BigDecimal value) throws IOException {
      generator.writeNumber(decimalText(value));
    }
  }

  /**
   * A java.time type in its ISO-8601 text. A text in the right layout whose day, month or time does
   * not exist ({@code 2012-02-30}, {@code 2012-13}, {@code 25:00}) is {@link ProblemCode#NO_SUCH_DATE},
   * anything else that does not parse is {@link ProblemCode#FORMAT}.
   */
  private static final class TimeCodec<T> extends TextForm<T> {
    private final Function<CharSequence, T> parse;
    private final Function<T, String> text;
    private final DateTimeFormatter layout;

    /**
     * @param layout the layout of the text, to tell a day that does not exist from a wrong format;
     *     null when the type has no days or times that can fail to exist
     */
    TimeCodec(ValueKind kind, Function<CharSequence, T> parse, Function<T, String> text, DateTimeFormatter layout) {
      super(kind);
      this.parse = parse;
      this.text = text;
      this.layout = layout;
    }

    @Override
    T fromText(String text, JsonParser parser, ReadContext context) {
      try {
        return parse.apply(text);
      } catch (DateTimeException e) {
        if (hasLayout(text)) {
          context.report(parser, ProblemCode.NO_SUCH_DATE);
        } else {
          context.report(parser, ProblemCode.FORMAT, context.messages().kind(kind()));
        }
        return null;
      }
    }

    /** Whether the text has the layout of the type, whatever the values of its fields. */
    private boolean hasLayout(String value) {
      if (layout == null) {
        return false;
      }
      ParsePosition position = new ParsePosition(0);
      return layout.parseUnresolved(value, position) != null
          && position.getErrorIndex() < 0
          && position.getIndex() == value.length();
    }

    @Override
    String toText(T value) {
      return text.apply(value);
    }
  }

  /** An absolute or relative URI reference, strictly by RFC 2396 as {@link URI} reads it. */
  private static final class UriCodec extends TextForm<URI> {
    UriCodec() {
      super(ValueKind.URI);
    }

    @Override
    URI fromText(String text, JsonParser parser, ReadContext context) {
      try {
        return new URI(text);
      } catch (URISyntaxException e) {
        context.report(parser, ProblemCode.FORMAT, context.messages().kind(ValueKind.URI));
        return null;
      }
    }

    @Override
    String toText(URI value) {
      return value.toString();
    }
  }
}
