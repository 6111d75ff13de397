package nl.cjg.core.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.id.Bsn;
import nl.cjg.core.id.Pseudoniem;

/**
 * Keyed pseudonyms for one purpose (doelbinding): the HMAC-SHA256, under the caller's key, of the
 * purpose, the kind of value and the value. The same key and purpose give the same pseudonym for
 * the same BSN, so records of one child link up; another key or another purpose gives an unrelated
 * one, so exports for different purposes cannot be joined. Without the key a pseudonym cannot be
 * traced back, not even by trying every BSN.
 *
 * <p>The key is supplied by the caller and kept only in this object: the library never generates or
 * stores a key, and neither {@link #toString()} nor any message shows it. A key has at least
 * {@value #MIN_KEY_BYTES} bytes (code {@value #KEY_CODE}, the output size of SHA-256) and the
 * purpose is not blank (code {@value #DOEL_CODE}). A BSN, a name and a kenmerk with the same text
 * get different pseudonyms. Immutable and thread-safe.
 */
public final class Pseudonimisering {
  /** The code of the rule that a key has at least {@value #MIN_KEY_BYTES} bytes. */
  public static final String KEY_CODE = "PSEUDONIMISERING-S01";

  /** The code of the rule that the purpose is not blank. */
  public static final String DOEL_CODE = "PSEUDONIMISERING-S02";

  /** The shortest key accepted, in bytes: 256 bits. */
  public static final int MIN_KEY_BYTES = 32;

  private static final String ALGORITHM = "HmacSHA256";
  private static final String VERSION = "cjg-pseudoniem-1";

  private final SecretKeySpec sleutel;
  private final String doel;

  private Pseudonimisering(byte[] sleutel, String doel) {
    this.sleutel = new SecretKeySpec(sleutel, ALGORITHM); // copies the key
    this.doel = doel;
  }

  /**
   * Pseudonyms under {@code sleutel} for {@code doel}. The key is copied; the caller may wipe its
   * array afterwards.
   *
   * @param sleutel the secret key, at least {@value #MIN_KEY_BYTES} random bytes, kept by the caller
   * @param doel the purpose, for example {@code onderzoek bereik casusoverleg 2012}
   * @return the pseudonymisation
   * @throws InvalidValueException with code {@value #KEY_CODE} when the key is shorter, or
   *     {@value #DOEL_CODE} when the purpose is blank
   */
  public static Pseudonimisering of(byte[] sleutel, String doel) {
    InvalidValueException.require(
        sleutel != null && sleutel.length >= MIN_KEY_BYTES,
        KEY_CODE,
        "the key (sleutel) must have at least " + MIN_KEY_BYTES + " bytes");
    InvalidValueException.require(doel != null && !doel.isBlank(), DOEL_CODE, "the purpose (doel) must not be blank");
    return new Pseudonimisering(sleutel, doel);
  }

  /** The purpose these pseudonyms serve. */
  public String doel() {
    return doel;
  }

  /**
   * The pseudonym of a BSN.
   *
   * @param bsn the BSN
   * @return its pseudonym for this key and purpose
   */
  public Pseudoniem van(Bsn bsn) {
    return hash("bsn", bsn.value());
  }

  /**
   * The pseudonym of a person's name, as written (no case folding or trimming).
   *
   * @param naam the name
   * @return its pseudonym for this key and purpose
   */
  public Pseudoniem vanNaam(String naam) {
    return hash("naam", naam);
  }

  /**
   * The pseudonym of a child known by name and birth date, as the bespreekformulier identifies a
   * child (it has no field for the BSN): the same first name, surname and birth date, as written,
   * give the same pseudonym.
   *
   * @param voornaam the first name
   * @param achternaam the surname
   * @param geboortedatum the birth date
   * @return its pseudonym for this key and purpose
   */
  public Pseudoniem vanKind(String voornaam, String achternaam, LocalDate geboortedatum) {
    return hash("kind", voornaam.length() + ":" + voornaam + achternaam.length() + ":" + achternaam + geboortedatum);
  }

  /**
   * The pseudonym of a case's kenmerk, the reference into the source's case files.
   *
   * @param kenmerk the kenmerk
   * @return its pseudonym for this key and purpose
   */
  public Pseudoniem vanKenmerk(String kenmerk) {
    return hash("kenmerk", kenmerk);
  }

  private Pseudoniem hash(String soort, String waarde) {
    Mac mac = mac();
    for (String part : new String[] {VERSION, doel, soort, waarde}) {
      byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
      mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
      mac.update(bytes);
    }
    return Pseudoniem.of(mac.doFinal());
  }

  private Mac mac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(sleutel);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is not available in this Java runtime", e);
    }
  }

  /** The purpose only; never the key. */
  @Override
  public String toString() {
    return "Pseudonimisering{doel=" + doel + ", sleutel=***}";
  }
}
