package nl.cjg.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.cjg.core.sample.SampleBsn;

/** A BSN and a postcode read the same however people type or paste them. */
class TypedFormsProperties {
  private static final String SPACES = " \u00A0\u202F\t";

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of("", " ", ".", "-", "\u00A0", "\u202F");
  }

  @Provide
  Arbitrary<String> surroundings() {
    return Arbitraries.strings().withChars(SPACES).ofMaxLength(3);
  }

  @Provide
  Arbitrary<Bsn> bsns() {
    return Arbitraries.integers().between(0, SampleBsn.aantal() - 1).map(SampleBsn::nummer);
  }

  @Property(tries = 500)
  void aBsnReadsTheSameWithSeparatorsAndSpace(
      @ForAll("bsns") Bsn bsn, @ForAll("separators") String separator, @ForAll("surroundings") String before, @ForAll("surroundings") String after) {
    String digits = bsn.value();
    String grouped = digits.substring(0, 3) + separator + digits.substring(3, 6) + separator + digits.substring(6);
    assertEquals(bsn, Bsn.parse(before + grouped + after));
    String dotted = String.join(separator, digits.split(""));
    assertEquals(bsn, Bsn.parse(dotted));
  }

  @Property(tries = 300)
  void aBsnWhoseLeadingZerosWereLostReadsAsTheBsn(@ForAll("bsns") Bsn bsn, @ForAll("zeros") int zeros) {
    String digits = "0".repeat(zeros) + bsn.value().substring(zeros);
    Bsn withZeros = Bsn.parse(digits);
    assertEquals(withZeros, Bsn.parse(digits.substring(zeros)));
    assertEquals(digits, withZeros.value());
  }

  @Provide
  Arbitrary<Integer> zeros() {
    return Arbitraries.integers().between(0, 2);
  }

  @Provide
  Arbitrary<String> postcodes() {
    Arbitrary<Integer> digits = Arbitraries.integers().between(1000, 9999);
    Arbitrary<String> letters = Arbitraries.strings().withCharRange('A', 'Z').ofLength(2).filter(l -> !l.equals("SA") && !l.equals("SD") && !l.equals("SS"));
    return Combinators.combine(digits, letters).as((d, l) -> d + l);
  }

  @Property(tries = 500)
  void aPostcodeReadsTheSameInAnyCaseWithASpaceOrAHyphen(
      @ForAll("postcodes") String canonical,
      @ForAll("postcodeSeparators") String separator,
      @ForAll boolean lowerCase,
      @ForAll("surroundings") String before,
      @ForAll("surroundings") String after) {
    String letters = canonical.substring(4);
    String typed = before + canonical.substring(0, 4) + separator + (lowerCase ? letters.toLowerCase(java.util.Locale.ROOT) : letters) + after;
    Postcode postcode = Postcode.parse(typed);
    assertEquals(canonical, postcode.value());
    assertEquals(postcode, Postcode.parse(postcode.formatted()));
  }

  @Provide
  Arbitrary<String> postcodeSeparators() {
    return Arbitraries.of("", " ", "  ", "\u00A0", "\u202F", "\t", "-");
  }
}
