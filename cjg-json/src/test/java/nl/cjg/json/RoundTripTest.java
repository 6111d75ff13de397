package nl.cjg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import nl.cjg.core.id.AgbCode;
import nl.cjg.core.id.Bsn;
import nl.cjg.core.id.BuurtCode;
import nl.cjg.core.id.GemeenteCode;
import nl.cjg.core.id.KvkNummer;
import nl.cjg.core.id.Postcode;
import nl.cjg.core.id.WijkCode;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.validation.ValidationResult;
import nl.cjg.core.validation.Violation;

/** What is written reads back to an equal value, in the documented JSON form. */
class RoundTripTest {
  private static final CjgJsonReader READER = CjgJsonReader.create();
  private static final CjgJsonWriter WRITER = CjgJsonWriter.create();

  static <T> T roundTrip(T value, Class<T> type) {
    String json = WRITER.write(value);
    ReadResult<T> result = READER.read(json, type);
    assertTrue(result.isValid(), () -> json + " " + result.problems());
    return result.value().orElseThrow();
  }

  @Test
  void kernIsAnObjectWithTheAccessorNamesInDeclarationOrder() {
    assertEquals("{\"naam\":\"Egmond-Binnen\",\"gemeente\":\"GM0373\",\"cluster\":\"Egmond\"}", WRITER.write(BergenKernen.EGMOND_BINNEN));
    for (Kern kern : BergenKernen.all()) {
      assertEquals(kern, roundTrip(kern, Kern.class));
    }
  }

  @Test
  void anAbsentOptionalIsLeftOut() {
    Kern kern = Kern.builder().naam("Bergen aan Zee").gemeente(GemeenteCode.BERGEN_NH).build();
    assertEquals("{\"naam\":\"Bergen aan Zee\",\"gemeente\":\"GM0373\"}", WRITER.write(kern));
    assertEquals(kern, roundTrip(kern, Kern.class));
  }

  @Test
  void theImmutableImplementationCanBeNamedToo() {
    Kern kern = Kern.builder().from(BergenKernen.SCHOORL).build();
    Class<? extends Kern> implementation = kern.getClass();
    assertNotEquals(Kern.class, implementation);
    assertEquals(kern, READER.read(WRITER.write(kern), implementation).value().orElseThrow());
  }

  @Test
  void leeftijdsgroepWritesItsDefaultName() {
    Leeftijdsgroep band = Leeftijdsgroep.of(0, 4);
    assertEquals("{\"van\":0,\"tot\":4,\"naam\":\"0–3\"}", WRITER.write(band));
    assertEquals(band, roundTrip(band, Leeftijdsgroep.class));
    Leeftijdsgroep named = Leeftijdsgroep.builder().van(0).tot(24).naam("t/m 23 jaar").build();
    assertEquals(named, roundTrip(named, Leeftijdsgroep.class));
  }

  @Test
  void aDefaultAttributeMayBeLeftOutWhenReading() {
    Leeftijdsgroep band = READER.read("{\"van\":12,\"tot\":19}", Leeftijdsgroep.class).value().orElseThrow();
    assertEquals(Leeftijdsgroep.of(12, 19), band);
  }

  @Test
  void validationResultWithNestedListsAndOptionals() {
    ValidationResult result =
        ValidationResult.of(
            List.of(
                Violation.builder().ruleId("BSN-001").path("kind.bsn").message("het BSN voldoet niet aan de elfproef").build(),
                Violation.builder().ruleId("X-002").path("").message("m").invalidValue("7").build()));
    assertEquals(result, roundTrip(result, ValidationResult.class));
    assertEquals("{\"violations\":[]}", WRITER.write(ValidationResult.of(List.of())));
    assertEquals(ValidationResult.of(List.of()), READER.read("{}", ValidationResult.class).value().orElseThrow());
  }

  @Test
  void identifiersAreStringsInCanonicalForm() {
    assertEquals("\"GM0373\"", WRITER.write(GemeenteCode.parse("gm0373")));
    assertEquals("\"1861AB\"", WRITER.write(Postcode.parse("1861 ab")));
    assertEquals(Postcode.parse("1861AB"), READER.read("\"1861 ab\"", Postcode.class).value().orElseThrow());
    assertEquals(Bsn.parse("111222333"), roundTrip(Bsn.parse("111222333"), Bsn.class));
    assertEquals(AgbCode.parse("03123456"), roundTrip(AgbCode.parse("03123456"), AgbCode.class));
    assertEquals(KvkNummer.parse("41216593"), roundTrip(KvkNummer.parse("41216593"), KvkNummer.class));
    assertEquals(WijkCode.parse("WK037300"), roundTrip(WijkCode.parse("WK037300"), WijkCode.class));
    assertEquals(BuurtCode.parse("BU03730000"), roundTrip(BuurtCode.parse("BU03730000"), BuurtCode.class));
  }

  @Test
  void everyKindOfAttribute() {
    Voorbeeld value = full();
    assertEquals(value, roundTrip(value, Voorbeeld.class));
  }

  @Test
  void datesMonthsAndMoneyHaveTheirWireForms() {
    String json = WRITER.write(full());
    assertTrue(json.contains("\"datum\":\"2012-04-01\""), json);
    assertTrue(json.contains("\"maand\":\"2012-04\""), json);
    assertTrue(json.contains("\"jaar\":2012"), json);
    assertTrue(json.contains("\"bedrag\":19000.00"), json);
    assertTrue(json.contains("\"soort\":\"BIJZONDER\""), json);
    assertTrue(json.contains("\"duur\":\"PT1H30M\""), json);
  }

  @Test
  void moneyIsExactAndInPlainNotation() {
    Voorbeeld value = Voorbeeld.builder().naam("n").aantal(0).bedrag(new BigDecimal("1000.50")).build();
    assertTrue(WRITER.write(value).contains("\"bedrag\":1000.50,"), WRITER.write(value));
    assertEquals(value, roundTrip(value, Voorbeeld.class));
    Voorbeeld read = READER.read("{\"naam\":\"n\",\"aantal\":0,\"bedrag\":0.1000000000000000000000001}", Voorbeeld.class).value().orElseThrow();
    assertEquals(new BigDecimal("0.1000000000000000000000001"), read.bedrag().orElseThrow());
  }

  @Test
  void aDecimalIsWrittenPlainOrWithAnExponentSoThatItKeepsItsScaleFitsTheLimitAndReadsBack() {
    String tiny = "0." + "0".repeat(ReadLimits.DEFAULT_MAX_NUMBER_LENGTH - 3) + "1";
    String manyDigits = "1." + "2".repeat(58) + "E+100";
    Map<String, String> written = new LinkedHashMap<>();
    written.put(tiny, tiny);
    written.put(tiny.replace("0.", "0.0"), "1E-" + (ReadLimits.DEFAULT_MAX_NUMBER_LENGTH - 1));
    written.put("0.001", "0.001");
    written.put("1E-1000", "1E-1000");
    written.put("1E+1000", "1E1000");
    written.put("1.5E-63", "15E-64");
    written.put("1E+3", "1E3");
    written.put("0E+1000", "0E1000");
    written.put("-0.50", "-0.50");
    written.put(manyDigits, "1" + "2".repeat(58) + "E42");
    for (Map.Entry<String, String> number : written.entrySet()) {
      Voorbeeld value = Voorbeeld.builder().naam("n").aantal(0).bedrag(new BigDecimal(number.getKey())).build();
      String json = WRITER.write(value);
      assertTrue(json.contains("\"bedrag\":" + number.getValue() + ","), json);
      assertEquals(value, roundTrip(value, Voorbeeld.class));
    }
  }

  @Test
  void streamsAndWritersAgree() {
    Voorbeeld value = full();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    WRITER.write(value, bytes);
    assertEquals(value, READER.read(new ByteArrayInputStream(bytes.toByteArray()), Voorbeeld.class).value().orElseThrow());
    assertEquals(value, READER.read(bytes.toByteArray(), Voorbeeld.class).value().orElseThrow());
    StringWriter text = new StringWriter();
    WRITER.write(value, text);
    assertEquals(value, READER.read(new StringReader(text.toString()), Voorbeeld.class).value().orElseThrow());
    assertEquals(new String(bytes.toByteArray(), StandardCharsets.UTF_8), text.toString());
  }

  @Test
  void prettyOutputReadsBackToo() {
    String pretty = CjgJsonWriter.pretty().write(full());
    assertTrue(pretty.contains("\n"));
    assertEquals(full(), READER.read(pretty, Voorbeeld.class).value().orElseThrow());
  }

  @Test
  void datasetHeaderRoundTrips() {
    DatasetHeader header = DatasetHeader.builder().from(DatasetHeader.of(GemeenteCode.BERGEN_NH, LocalDate.of(2012, 1, 1))).seed(42L).build();
    assertEquals(header, roundTrip(header, DatasetHeader.class));
  }

  /** An example with every attribute set (a valid BSN: the test number 111222333). */
  static Voorbeeld full() {
    return Voorbeeld.builder()
        .naam("Opvoedspreekuur Egmond")
        .aantal(79)
        .groot(6464L)
        .actief(false)
        .bedrag(new BigDecimal("19000.00"))
        .heelGroot(new BigInteger("123456789012345678901234567890"))
        .fractie(0.994)
        .datum(LocalDate.of(2012, 4, 1))
        .maand(YearMonth.of(2012, 4))
        .jaar(Year.of(2012))
        .tijd(LocalTime.of(14, 30))
        .moment(LocalDateTime.of(2012, 10, 1, 9, 0))
        .duur(Duration.ofMinutes(90))
        .periode(Period.ofWeeks(3))
        .adres(URI.create("https://www.cjgbergen.nl/"))
        .bsn(Bsn.parse("111222333"))
        .postcode(Postcode.parse("1861 AB"))
        .gemeente(GemeenteCode.BERGEN_NH)
        .soort(Voorbeeld.Soort.BIJZONDER)
        .addKernen(BergenKernen.BERGEN, BergenKernen.SCHOORL)
        .addLabels("kernpartner", "JGZ")
        .groep(Leeftijdsgroep.of(0, 4))
        .kind(Voorbeeld.builder().naam("Opvoedspreekuur Bergen").aantal(12).build())
        .build();
  }
}
