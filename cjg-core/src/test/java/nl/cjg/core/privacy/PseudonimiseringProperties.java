package nl.cjg.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.cjg.core.id.Bsn;

/**
 * Same key and purpose, same pseudonym; another key, purpose or BSN, an unrelated one. (A collision
 * of two 256-bit hashes has a chance of about 2⁻²⁵⁶: a failure here is a bug.)
 */
class PseudonimiseringProperties {
  @Property(tries = 300)
  void sameKeyAndPurposeGiveTheSamePseudonym(@ForAll("keys") byte[] key, @ForAll("purposes") String doel, @ForAll("bsns") Bsn bsn) {
    assertEquals(
        Pseudonimisering.of(key, doel).van(bsn), Pseudonimisering.of(Arrays.copyOf(key, key.length), doel).van(bsn));
  }

  @Property(tries = 300)
  void anotherKeyGivesAnotherPseudonym(
      @ForAll("keys") byte[] key, @ForAll("keys") byte[] other, @ForAll("purposes") String doel, @ForAll("bsns") Bsn bsn) {
    net.jqwik.api.Assume.that(!Arrays.equals(key, other));
    assertNotEquals(Pseudonimisering.of(key, doel).van(bsn), Pseudonimisering.of(other, doel).van(bsn));
  }

  @Property(tries = 300)
  void anotherPurposeGivesAnotherPseudonym(
      @ForAll("keys") byte[] key, @ForAll("purposes") String doel, @ForAll("purposes") String other, @ForAll("bsns") Bsn bsn) {
    net.jqwik.api.Assume.that(!doel.equals(other));
    assertNotEquals(Pseudonimisering.of(key, doel).van(bsn), Pseudonimisering.of(key, other).van(bsn));
  }

  @Property(tries = 300)
  void anotherBsnGivesAnotherPseudonym(
      @ForAll("keys") byte[] key, @ForAll("purposes") String doel, @ForAll("bsns") Bsn bsn, @ForAll("bsns") Bsn other) {
    net.jqwik.api.Assume.that(!bsn.equals(other));
    assertNotEquals(Pseudonimisering.of(key, doel).van(bsn), Pseudonimisering.of(key, doel).van(other));
  }

  @Provide
  Arbitrary<byte[]> keys() {
    return Arbitraries.bytes().array(byte[].class).ofMinSize(Pseudonimisering.MIN_KEY_BYTES).ofMaxSize(64);
  }

  @Provide
  Arbitrary<String> purposes() {
    return Arbitraries.strings().ofMinLength(1).ofMaxLength(30).filter(doel -> !doel.isBlank());
  }

  @Provide
  Arbitrary<Bsn> bsns() {
    return PersonalData.testBsns();
  }
}
