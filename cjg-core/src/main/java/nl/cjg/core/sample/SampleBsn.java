package nl.cjg.core.sample;

import java.util.Objects;
import java.util.stream.IntStream;
import nl.cjg.core.id.Bsn;

/**
 * The BSNs sample data may hold: numbers that are documented as fictitious test persons and can
 * therefore never be a real person's number.
 *
 * <p>The choice: the range {@value #VAN} to {@value #TOT}, from which the Rijksdienst voor
 * Identiteitsgegevens (RvIG) draws the fictitious persons of its "Testdataset persoonslijsten
 * proefomgevingen GBA-V", the test set that government test environments (the GBA-V and BRP
 * proefomgeving, the VNG Haal Centraal BRP API) use: 999993653, 999990019, 999991723 and so on.
 * The same test set holds one person whose number has leading zeros, {@value #MET_VOORLOOPNULLEN};
 * it is a test BSN too, for the leading-zero edge case. Sample data draw only numbers that also
 * pass the eleven-test, so they are valid BSNs that belong to nobody.
 *
 * <p>The range holds {@link #aantal()} numbers that pass the eleven-test (909). No larger range is
 * documented as never given to a real person, so a {@link SampleDataset} gives each number to at
 * most one child: once all are given, further children carry no BSN (and are not registered in the
 * Verwijsindex, which needs one). See {@code docs/sample-data.md}. This class is stateless and
 * thread-safe.
 */
public final class SampleBsn {
  /** The first number of the test range. */
  public static final String VAN = "999990000";

  /** The last number of the test range. */
  public static final String TOT = "999999999";

  /** The one test number with leading zeros, of the same RvIG test set. */
  public static final String MET_VOORLOOPNULLEN = "000009921";

  private static final int EERSTE = 999_990_000;

  private static final int[] GELDIG =
      IntStream.rangeClosed(EERSTE, 999_999_999).filter(n -> Bsn.passesElfproef(Integer.toString(n))).toArray();

  private SampleBsn() {}

  /**
   * Whether {@code bsn} is a test BSN: it passes the eleven-test and lies in {@value #VAN} to
   * {@value #TOT}, or is {@value #MET_VOORLOOPNULLEN}.
   *
   * @param bsn the number
   * @return whether sample data may hold it
   */
  public static boolean isTestBsn(Bsn bsn) {
    Objects.requireNonNull(bsn, "bsn");
    String digits = bsn.value();
    boolean inRange = digits.compareTo(VAN) >= 0 && digits.compareTo(TOT) <= 0;
    return bsn.passesElfproef() && (inRange || digits.equals(MET_VOORLOOPNULLEN));
  }

  /** How many numbers of the test range pass the eleven-test. */
  public static int aantal() {
    return GELDIG.length;
  }

  /**
   * The test BSN with number {@code index}, counting the range's valid numbers from the lowest;
   * an index beyond {@link #aantal()} wraps around.
   *
   * @param index any non-negative number
   * @return a test BSN that passes the eleven-test
   */
  public static Bsn nummer(long index) {
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative");
    }
    return Bsn.parse(Integer.toString(GELDIG[(int) (index % GELDIG.length)]));
  }
}
