package nl.cjg.json;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Kind;
import nl.cjg.core.casus.Persoonsgegevens;
import nl.cjg.core.id.Bsn;
import nl.cjg.core.id.Postcode;

/**
 * Reading never leaks personal data: for generated cases written as JSON and then broken in the
 * places that hold personal data (BSN, postcode, birth date, name, consent), no problem (message,
 * pointer, description, in Dutch and English) and no {@code toString} of the result contains the
 * BSN, the names, the street, the postcode or the birth date (ISO and Dutch d-M-yyyy).
 */
class NoLeakProperties {
  private static final List<CjgJsonReader> READERS =
      List.of(CjgJsonReader.create(), CjgJsonReader.builder().locale(Locale.ENGLISH).build());
  private static final CjgJsonWriter WRITER = CjgJsonWriter.create();

  @Property(tries = 200)
  void problemsShowNoPersonalData(@ForAll("cases") Casus casus) {
    Persoonsgegevens persoon = casus.kind().persoonsgegevens().orElseThrow();
    String bsn = persoon.bsn().orElseThrow().value();
    String postcode = persoon.postcode().orElseThrow().value();
    LocalDate geboren = persoon.geboortedatum().orElseThrow();
    String dutch = DateTimeFormatter.ofPattern("d-M-yyyy", Locale.ROOT).format(geboren);
    List<String> secrets =
        List.of(bsn, persoon.voornaam(), persoon.achternaam(), persoon.straat().orElseThrow(), postcode,
            persoon.postcode().orElseThrow().formatted(), geboren.toString(), dutch);
    String json = WRITER.write(casus);
    assertTrue(json.contains(bsn) && json.contains(geboren.toString()), "the JSON holds the data that is broken below");
    String elfproefFout = bsn.substring(0, 8) + (char) ('0' + (bsn.charAt(8) - '0' + 1) % 10);
    List<String> broken =
        List.of(
            json.replace("\"" + bsn + "\"", "\"" + bsn + "X\""),
            json.replace("\"" + bsn + "\"", "\"" + elfproefFout + "\""),
            json.replace("\"" + bsn + "\"", bsn),
            json.replace("\"" + postcode + "\"", "\"" + postcode + "Q\""),
            json.replace("\"" + postcode + "\"", "\"" + persoon.straat().orElseThrow() + "\""),
            json.replace("\"" + geboren + "\"", "\"" + dutch + "\""),
            json.replace("\"" + geboren + "\"", "\"" + geboren + "T00:00\""),
            json.replace("\"voornaam\":\"" + persoon.voornaam() + "\"", "\"voornaam\":[\"" + persoon.voornaam() + "\"]"),
            json.replace("\"voornaam\":\"" + persoon.voornaam() + "\"", "\"voornaam\":\"" + persoon.voornaam() + "\",\"voornaam\":\"x\""),
            json.replace("\"metToestemming\":true", "\"metToestemming\":false").replace("\"gegevenDoor\":[\"OUDERS_MET_GEZAG\"]", "\"gegevenDoor\":[]"),
            json.replace("\"achternaam\":\"" + persoon.achternaam() + "\"", "\"achternaam\":" + persoon.achternaam()));
    for (String text : broken) {
      assertFalse(text.equals(json), "each variant breaks the document");
      for (CjgJsonReader reader : READERS) {
        ReadResult<Casus> result = reader.read(text, Casus.class);
        assertFalse(result.isValid(), text);
        StringBuilder shown = new StringBuilder(result.toString());
        for (Problem problem : result.problems()) {
          shown.append(problem.describe()).append(problem.message()).append(problem.pointer()).append(problem);
        }
        List<String> leaked = secrets.stream().filter(secret -> shown.indexOf(secret) >= 0).toList();
        assertTrue(leaked.isEmpty(), () -> "personal data shown: " + leaked + " in " + shown);
      }
    }
  }

  @Provide
  Arbitrary<Casus> cases() {
    Arbitrary<String> names =
        Combinators.combine(Arbitraries.chars().range('A', 'Z'), Arbitraries.strings().withCharRange('a', 'z').ofMinLength(4).ofMaxLength(9))
            .as((first, rest) -> "Zq" + first + rest);
    Arbitrary<Bsn> bsns =
        Arbitraries.integers().between(0, 99_999).map(n -> String.format(Locale.ROOT, "9999%05d", n)).filter(Bsn::passesElfproef).map(Bsn::parse);
    Arbitrary<Postcode> postcodes =
        Combinators.combine(
                Arbitraries.integers().between(1000, 9999),
                Arbitraries.strings().withCharRange('A', 'Z').ofLength(2).filter(letters -> !letters.matches("S[ADS]")))
            .as((digits, letters) -> Postcode.parse(digits + letters));
    Casus voorbeeld = ModelExamples.casus();
    // Not the example date that the message of JSON-FORMAT shows ("een datum als 2012-04-01").
    Arbitrary<Integer> ageInDays =
        Arbitraries.integers()
            .between(1, 23 * 365)
            .filter(days -> !voorbeeld.datumInvulling().minusDays(days).equals(LocalDate.of(2012, 4, 1)));
    return Combinators.combine(names, names, names, bsns, postcodes, ageInDays)
        .as(
            (voornaam, achternaam, straat, bsn, postcode, days) ->
                Casus.builder()
                    .from(voorbeeld)
                    .kind(
                        Kind.builder()
                            .from(voorbeeld.kind())
                            .persoonsgegevens(
                                Persoonsgegevens.builder()
                                    .voornaam(voornaam)
                                    .achternaam(achternaam)
                                    .straat(straat + "straat")
                                    .postcode(postcode)
                                    .bsn(bsn)
                                    .geboortedatum(voorbeeld.datumInvulling().minusDays(days))
                                    .build())
                            .build())
                    .build());
  }
}
