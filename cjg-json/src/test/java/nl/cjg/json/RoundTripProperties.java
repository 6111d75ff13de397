package nl.cjg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.cjg.core.casus.Aanmelder;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Kind;
import nl.cjg.core.casus.Leefgebied;
import nl.cjg.core.casus.Toestemmer;
import nl.cjg.core.casus.Toestemming;
import nl.cjg.core.id.GemeenteCode;
import nl.cjg.core.id.Postcode;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.validation.ValidationResult;
import nl.cjg.core.validation.Violation;

/** Reading what was written gives an equal value, for every type and any content. */
class RoundTripProperties {
  private static final CjgJsonReader READER = CjgJsonReader.builder().validate(false).build();
  private static final CjgJsonWriter WRITER = CjgJsonWriter.create();

  private static <T> void assertRoundTrip(T value, Class<T> type) {
    String json = WRITER.write(value);
    ReadResult<T> result = READER.read(json, type);
    assertTrue(result.isValid(), () -> result.problems().toString());
    assertEquals(value, result.value().orElseThrow());
  }

  @Property(tries = 300)
  void kern(@ForAll("kernen") Kern kern) {
    assertRoundTrip(kern, Kern.class);
  }

  @Property(tries = 300)
  void leeftijdsgroep(@ForAll("leeftijdsgroepen") Leeftijdsgroep band) {
    assertRoundTrip(band, Leeftijdsgroep.class);
  }

  @Property(tries = 200)
  void validationResult(@ForAll("validationResults") ValidationResult result) {
    assertRoundTrip(result, ValidationResult.class);
  }

  @Property(tries = 300)
  void voorbeeld(@ForAll("voorbeelden") Voorbeeld voorbeeld) {
    assertRoundTrip(voorbeeld, Voorbeeld.class);
  }

  @Property(tries = 300)
  void casus(@ForAll("casussen") Casus casus) {
    assertRoundTrip(casus, Casus.class);
  }

  @Property(tries = 200)
  void jsonLinesKeepEveryRecord(@ForAll("kernLists") List<Kern> kernen) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (RecordWriter writer = WRITER.writeLines(out)) {
      kernen.forEach(writer::write);
    }
    List<Kern> read = new java.util.ArrayList<>();
    try (Records<Kern> records = READER.readLines(new java.io.ByteArrayInputStream(out.toByteArray()), Kern.class)) {
      records.forEachRemaining(record -> read.add(record.value().orElseThrow()));
    }
    assertEquals(kernen, read);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().all().ofMaxLength(40);
  }

  @Provide
  Arbitrary<Kern> kernen() {
    Arbitrary<String> naam = texts().filter(text -> !text.isBlank());
    Arbitrary<GemeenteCode> gemeente = Arbitraries.integers().between(0, 9999).map(n -> GemeenteCode.parse(String.format("GM%04d", n)));
    Arbitrary<Optional<String>> cluster = texts().optional();
    return Combinators.combine(naam, gemeente, cluster)
        .as((n, g, c) -> Kern.builder().naam(n).gemeente(g).cluster(c).build());
  }

  @Provide
  Arbitrary<List<Kern>> kernLists() {
    return kernen().list().ofMaxSize(20);
  }

  @Provide
  Arbitrary<Leeftijdsgroep> leeftijdsgroepen() {
    Arbitrary<Integer> van = Arbitraries.integers().between(0, 120);
    Arbitrary<Integer> breedte = Arbitraries.integers().between(1, 30);
    Arbitrary<Optional<String>> naam = texts().optional();
    return Combinators.combine(van, breedte, naam)
        .as((v, b, n) -> n.<Leeftijdsgroep>map(name -> Leeftijdsgroep.builder().van(v).tot(v + b).naam(name).build()).orElse(Leeftijdsgroep.of(v, v + b)));
  }

  @Provide
  Arbitrary<ValidationResult> validationResults() {
    Arbitrary<Violation> violation =
        Combinators.combine(texts(), texts(), texts(), texts().optional())
            .as((id, path, message, value) -> Violation.builder().ruleId(id).path(path).message(message).invalidValue(value).build());
    return violation.list().ofMaxSize(5).map(ValidationResult::of);
  }

  @Provide
  Arbitrary<Casus> casussen() {
    Arbitrary<String> kenmerk = texts().filter(text -> !text.isBlank());
    Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 10_000).map(days -> LocalDate.of(2000, 1, 1).plusDays(days));
    Arbitrary<Aanmelder> aanmelder =
        Combinators.combine(texts(), texts().optional(), Arbitraries.of(DayOfWeek.class).set().ofMaxSize(5))
            .as((naam, organisatie, dagen) -> Aanmelder.builder().naam(naam).organisatie(organisatie).werkdagen(dagen).build());
    Arbitrary<Kind> kind =
        Combinators.combine(Arbitraries.integers().between(0, 23).optional(), kernen().optional(), texts().optional())
            .as((leeftijd, kern, school) -> Kind.builder().leeftijd(leeftijd).kern(kern).school(school).build());
    Arbitrary<Toestemming> toestemming =
        Arbitraries.oneOf(
            Arbitraries.just(Toestemming.builder().metToestemming(true).besprokenMetOuders(true).addGegevenDoor(Toestemmer.OUDERS_MET_GEZAG).build()),
            texts().map(reden -> Toestemming.builder().metToestemming(false).besprokenMetOuders(false).redenAnoniem(reden).build()));
    Arbitrary<Map<Leefgebied, String>> schets = Arbitraries.maps(Arbitraries.of(Leefgebied.class), texts()).ofMaxSize(4);
    Arbitrary<Casus> base =
        Combinators.combine(kenmerk, dates, dates.optional(), aanmelder, kind, toestemming, Arbitraries.of(true, false), schets)
            .as((id, ingevuld, overleg, wie, kindje, consent, gemeld, sketch) ->
                Casus.builder()
                    .kenmerk(id)
                    .datumInvulling(ingevuld)
                    .datumOverleg(overleg)
                    .aanmelder(wie)
                    .kind(kindje)
                    .toestemming(consent)
                    .inVerwijsindexGemeld(gemeld)
                    .schets(sketch)
                    .build());
    return Combinators.combine(base, texts().list().ofMaxSize(3), texts().optional())
        .as((casus, vragen, doel) -> Casus.builder().from(casus).vragen(vragen).doel(doel).build());
  }

  @Provide
  Arbitrary<Voorbeeld> voorbeelden() {
    Arbitrary<Voorbeeld> leaf = plainVoorbeelden();
    return Combinators.combine(plainVoorbeelden(), leaf.optional(), kernen().list().ofMaxSize(3), texts().set().ofMaxSize(3))
        .as((base, kind, kernen, labels) -> Voorbeeld.builder().from(base).kind(kind).kernen(kernen).labels(labels).build());
  }

  private Arbitrary<Voorbeeld> plainVoorbeelden() {
    Arbitrary<BigDecimal> money =
        Arbitraries.bigDecimals().between(new BigDecimal("-1000000000"), new BigDecimal("1000000000")).ofScale(2);
    Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 60000).map(days -> LocalDate.of(1900, 1, 1).plusDays(days));
    Arbitrary<Postcode> postcodes =
        Combinators.combine(Arbitraries.integers().between(1000, 9999), Arbitraries.strings().withCharRange('A', 'R').ofLength(2))
            .as((digits, letters) -> Postcode.parse(digits + letters));
    Arbitrary<Voorbeeld.Soort> soorten = Arbitraries.of(Voorbeeld.Soort.class);
    return Combinators.combine(
            texts(),
            Arbitraries.integers().between(0, Integer.MAX_VALUE),
            Arbitraries.longs(),
            money.optional(),
            dates.optional(),
            postcodes.optional(),
            soorten.optional(),
            Arbitraries.longs().between(0, 100_000).optional())
        .as((naam, aantal, groot, bedrag, datum, postcode, soort, minuten) ->
            Voorbeeld.builder()
                .naam(naam)
                .aantal(aantal)
                .groot(groot)
                .bedrag(bedrag)
                .datum(datum)
                .maand(datum.map(YearMonth::from))
                .postcode(postcode)
                .soort(soort)
                .duur(minuten.map(Duration::ofMinutes))
                .build());
  }
}
