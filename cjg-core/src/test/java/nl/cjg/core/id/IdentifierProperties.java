package nl.cjg.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

class IdentifierProperties {
  @Property(tries = 2000)
  void elfproefAcceptsExactlyTheWeightedSumsDivisibleByEleven(
      @ForAll @NumericChars @StringLength(9) String digits) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (9 - i) * (digits.charAt(i) - '0');
    }
    sum -= digits.charAt(8) - '0';
    boolean expected = sum % 11 == 0 && !digits.equals("000000000");
    assertEquals(expected, Bsn.passesElfproef(digits));
    assertEquals(expected, Bsn.parse(digits).passesElfproef());
  }

  @Property
  void bsnRoundTrips(@ForAll @NumericChars @StringLength(9) String digits) {
    Bsn bsn = Bsn.parse(digits);
    assertEquals(bsn, Bsn.parse(bsn.value()));
  }

  @Property
  void postcodeRoundTripsInBothForms(@ForAll("postcodes") String text) {
    Postcode postcode = Postcode.parse(text);
    assertEquals(postcode, Postcode.parse(postcode.value()));
    assertEquals(postcode, Postcode.parse(postcode.formatted()));
  }

  @Property
  void eightDigitCodesRoundTrip(@ForAll @NumericChars @StringLength(8) String digits) {
    assertEquals(AgbCode.parse(digits), AgbCode.parse(AgbCode.parse(digits).value()));
    assertEquals(KvkNummer.parse(digits), KvkNummer.parse(KvkNummer.parse(digits).toString()));
  }

  @Property
  void regionCodesRoundTripAndNest(@ForAll @IntRange(min = 0, max = 99_999_999) int number) {
    BuurtCode buurt = BuurtCode.parse(String.format("bu%08d", number));
    assertEquals(buurt, BuurtCode.parse(buurt.value()));
    WijkCode wijk = buurt.wijk();
    assertEquals(wijk, WijkCode.parse(wijk.value()));
    GemeenteCode gemeente = wijk.gemeente();
    assertEquals(gemeente, GemeenteCode.parse(gemeente.value()));
    assertEquals(buurt.value().substring(2, 6), gemeente.cijfers());
  }

  @Provide
  Arbitrary<String> postcodes() {
    Arbitrary<Integer> digits = Arbitraries.integers().between(1000, 9999);
    Arbitrary<String> letters =
        Arbitraries.strings().withCharRange('A', 'Z').ofLength(2).filter(l -> !l.matches("S[ADS]"));
    Arbitrary<String> separator = Arbitraries.of("", " ", "  ");
    return net.jqwik.api.Combinators.combine(digits, separator, letters)
        .as((d, s, l) -> d + s + (d % 2 == 0 ? l : l.toLowerCase(java.util.Locale.ROOT)));
  }
}
