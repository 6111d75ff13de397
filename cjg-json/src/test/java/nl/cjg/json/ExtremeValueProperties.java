package nl.cjg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoField;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * What the reader accepts writes out and reads back equal, also at the edges of what it accepts:
 * years beyond 9999 and before year 1, and decimals with as many digits and as large an exponent
 * as the limits allow.
 */
class ExtremeValueProperties {
  private static final CjgJsonReader READER = CjgJsonReader.builder().validate(false).build();
  private static final CjgJsonWriter WRITER = CjgJsonWriter.create();
  private static final Pattern BEDRAG = Pattern.compile("\"bedrag\":([^,}]+)");

  private static Voorbeeld readBack(Voorbeeld value) {
    String json = WRITER.write(value);
    ReadResult<Voorbeeld> again = READER.read(json, Voorbeeld.class);
    assertTrue(again.isValid(), () -> json + " " + again.problems());
    return again.value().orElseThrow();
  }

  private static ImmutableVoorbeeld.Builder base() {
    return Voorbeeld.builder().naam("n").aantal(0);
  }

  /** A JSON number the reader accepts for an exact decimal: at most 64 characters, scale within ±1000. */
  @Provide
  Arbitrary<String> decimalTexts() {
    Arbitrary<String> integer = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(62).map(d -> d.replaceFirst("^0+(?=.)", ""));
    Arbitrary<String> fraction = Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(62);
    Arbitrary<Integer> exponent = Arbitraries.oneOf(Arbitraries.integers().between(-1000, 1000), Arbitraries.of(-999, 999, 0, -62, 62, 100, -100));
    return Combinators.combine(Arbitraries.of("", "-"), integer, fraction, exponent, Arbitraries.of("", "e", "E+", "E"))
        .as((sign, whole, frac, exp, e) ->
            sign + whole + (frac.isEmpty() ? "" : "." + frac) + (e.isEmpty() ? "" : (exp < 0 ? "E" : e) + exp))
        .filter(text -> text.length() <= ReadLimits.DEFAULT_MAX_NUMBER_LENGTH)
        .filter(text -> Math.abs(new BigDecimal(text).scale()) <= 1000);
  }

  @Property(tries = 1000)
  void aDecimalTheReaderAcceptsIsWrittenWithinTheLimitAndReadsBackEqual(@ForAll("decimalTexts") String text) {
    ReadResult<Voorbeeld> read = READER.read("{\"naam\":\"n\",\"aantal\":0,\"bedrag\":" + text + "}", Voorbeeld.class);
    assertTrue(read.isValid(), () -> text + " " + read.problems());
    Voorbeeld value = read.value().orElseThrow();
    String json = WRITER.write(value);
    Matcher written = BEDRAG.matcher(json);
    assertTrue(written.find(), json);
    assertTrue(written.group(1).length() <= ReadLimits.DEFAULT_MAX_NUMBER_LENGTH, () -> written.group(1) + " is too long; read from " + text);
    assertEquals(value, readBack(value));
  }

  @Provide
  Arbitrary<BigDecimal> decimals() {
    Arbitrary<BigInteger> unscaled = Arbitraries.bigIntegers().between(BigInteger.TEN.pow(63).negate(), BigInteger.TEN.pow(63));
    return Combinators.combine(unscaled, Arbitraries.integers().between(-1000, 1000)).as(BigDecimal::new)
        .filter(value -> ScalarCodecs.decimalText(value).length() <= ReadLimits.DEFAULT_MAX_NUMBER_LENGTH);
  }

  @Property(tries = 500)
  void aDecimalWithinTheLimitReadsBackEqual(@ForAll("decimals") BigDecimal bedrag) {
    Voorbeeld value = base().bedrag(bedrag).build();
    assertEquals(value, readBack(value));
  }

  @Provide
  Arbitrary<Voorbeeld> farDates() {
    Arbitrary<LocalDate> dates =
        Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()).map(LocalDate::ofEpochDay);
    Arbitrary<Integer> years = Arbitraries.oneOf(
        Arbitraries.integers().between(Year.MIN_VALUE, Year.MAX_VALUE), Arbitraries.of(-10000, -1, 0, 1, 9999, 10000, 99999));
    Arbitrary<YearMonth> months = Combinators.combine(years, Arbitraries.integers().between(1, 12)).as(YearMonth::of);
    Arbitrary<LocalTime> times = Arbitraries.longs().between(0, LocalTime.MAX.toNanoOfDay()).map(LocalTime::ofNanoOfDay);
    return Combinators.combine(dates, months, years, times)
        .as((date, month, year, time) ->
            base().datum(date).maand(month).jaar(Year.of(year)).moment(LocalDateTime.of(date, time)).tijd(time).build());
  }

  @Property(tries = 500)
  void datesMonthsAndYearsOfAnyYearReadBackEqual(@ForAll("farDates") Voorbeeld value) {
    assertEquals(value, readBack(value));
  }

  @Test
  void aMonthAfterYear9999IsWrittenWithItsSign() {
    Voorbeeld value = base().maand(YearMonth.of(10000, 1)).datum(LocalDate.of(-1, 12, 31)).build();
    String json = WRITER.write(value);
    assertTrue(json.contains("\"maand\":\"+10000-01\""), json);
    assertTrue(json.contains("\"datum\":\"-0001-12-31\""), json);
    assertEquals(value, readBack(value));
    assertEquals(Year.MAX_VALUE, readBack(base().maand(YearMonth.of(Year.MAX_VALUE, 12)).build()).maand().orElseThrow().get(ChronoField.YEAR));
  }
}
