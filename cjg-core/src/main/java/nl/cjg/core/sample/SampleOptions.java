package nl.cjg.core.sample;

import java.time.LocalDate;
import java.util.List;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.overleg.Vergaderschema;
import nl.cjg.core.partner.Netwerk;
import nl.cjg.core.populatie.Populatie;
import nl.cjg.core.referentie.BergenReferentie;
import nl.cjg.core.tijd.Datumbereik;
import org.immutables.value.Value;

/**
 * What {@link SampleDataset} generates: how many cases, from which seed, over which period, in
 * which population and network, and with which mixes. Every option has a default, so
 * {@code SampleOptions.builder().build()} describes 1000 Bergen cases of the 2012 pilot year.
 *
 * <p>The period runs from {@link #startdatumOverleg()}, the first case meeting, to
 * {@link #peildatum()}, the day the data describe ("today"). Meetings are held every three weeks in
 * it; each case is requested before one of them.
 *
 * <p>Invariants: at least 0 cases (code {@value #AANTAL_CODE}); the period holds at least one
 * meeting date (code {@value #PERIODE_CODE}); every share lies in 0 to 1 (code
 * {@value #AANDEEL_CODE}); at least one case per meeting (code {@value #PER_OVERLEG_CODE}); the
 * network has a partner (code {@value #NETWERK_CODE}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SampleOptions {
  SampleOptions() {}

  /** The code of the rule that the number of cases is not negative. */
  public static final String AANTAL_CODE = "SAMPLE-S01";

  /** The code of the rule that the period holds a meeting date. */
  public static final String PERIODE_CODE = "SAMPLE-S02";

  /** The code of the rule that shares lie in 0 to 1. */
  public static final String AANDEEL_CODE = "SAMPLE-S03";

  /** The code of the rule that a meeting discusses at least one case. */
  public static final String PER_OVERLEG_CODE = "SAMPLE-S04";

  /** The code of the rule that the network has a partner. */
  public static final String NETWERK_CODE = "SAMPLE-S05";

  /** The seed of the pseudo-random numbers; by default 1. */
  @Value.Default
  public long seed() {
    return 1L;
  }

  /** How many cases (casussen) to generate; by default 1000. */
  @Value.Default
  public int aantalCasussen() {
    return 1000;
  }

  /** The day the data describe: nothing after it has happened. By default 31 December 2012. */
  @Value.Default
  public LocalDate peildatum() {
    return LocalDate.of(2012, 12, 31);
  }

  /**
   * The date of the first case meeting; later ones follow every three weeks, skipping weekends.
   * By default 23 April 2012, the day the CJG Bergen adopted the pilot (Werkplan CJG Bergen 2012, uitwerking 2, evaluatie van de pilot).
   */
  @Value.Default
  public LocalDate startdatumOverleg() {
    return LocalDate.of(2012, 4, 23);
  }

  /** The population cases are spread over, by kern and age; by default Bergen's (CBS 2010). */
  @Value.Default
  public Populatie populatie() {
    return BergenReferentie.populatie();
  }

  /** The network of partners; by default the Bergen partner map. */
  @Value.Default
  public Netwerk netwerk() {
    return BergenReferentie.netwerk();
  }

  /**
   * The share of cases discussed anonymously, without consent; by default 0.25: in the pilot
   * "dit lukt in de meeste gevallen" — most cases came with consent (Werkplan CJG Bergen 2012, uitwerking 2, evaluatie van de pilot, inbedden 1 gezin/1 plan).
   */
  @Value.Default
  public double aandeelAnoniem() {
    return 0.25;
  }

  /** The share of cases with consent whose child is registered in the Verwijsindex; by default 0.3. */
  @Value.Default
  public double aandeelInVerwijsindex() {
    return 0.3;
  }

  /**
   * The share of registered children that a second organisation signals too, so that the
   * Verwijsindex reports a match; by default 0.25.
   */
  @Value.Default
  public double aandeelMatch() {
    return 0.25;
  }

  /**
   * The share of discussed cases with consent for which a family plan (1 Gezin 1 Plan) is made;
   * by default 0.5.
   */
  @Value.Default
  public double aandeelGezinsplan() {
    return 0.5;
  }

  /**
   * The most cases one meeting discusses; the others requested for it are taken up elsewhere in
   * the network (doorverwezen), as in the pilot. By default 3: eleven requests in five meetings
   * of one and a half hours, fewer handled (Werkplan CJG Bergen 2012, uitwerking 2, evaluatie van de pilot, overige evaluatiepunten).
   */
  @Value.Default
  public int casussenPerOverleg() {
    return 3;
  }

  /**
   * A builder for options.
   *
   * <p>Nothing is required: every attribute is optional, a collection that may stay empty, or has
   * a default. {@code build()} throws an {@link IllegalStateException} that names every required
   * attribute not set, and an {@link InvalidValueException} with the rule's code when the value
   * would break an invariant.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link SampleOptions}; {@link #builder()} names the required attributes. A list or
   * set attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code
   * xs(Iterable)}; a map attribute {@code putX} and {@code putAllX}; an optional attribute takes
   * the value itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableSampleOptions.Builder {
    Builder() {}
  }

  /** The meeting dates from {@link #startdatumOverleg()} to {@link #peildatum()}, every three weeks. */
  @Value.Lazy
  public List<LocalDate> vergaderdata() {
    if (peildatum().isBefore(startdatumOverleg())) {
      return List.of();
    }
    return Vergaderschema.of(startdatumOverleg()).vergaderdata(Datumbereik.of(startdatumOverleg(), peildatum()));
  }

  @Value.Check
  void checkOptions() {
    InvalidValueException.require(aantalCasussen() >= 0, AANTAL_CODE, "the number of cases (aantalCasussen) cannot be negative");
    InvalidValueException.require(
        !vergaderdata().isEmpty(),
        PERIODE_CODE,
        "the period from startdatumOverleg to peildatum must hold a meeting on a working day");
    for (double aandeel : new double[] {aandeelAnoniem(), aandeelInVerwijsindex(), aandeelMatch(), aandeelGezinsplan()}) {
      InvalidValueException.require(aandeel >= 0 && aandeel <= 1, AANDEEL_CODE, "a share (aandeel) lies from 0 to 1");
    }
    InvalidValueException.require(
        casussenPerOverleg() >= 1, PER_OVERLEG_CODE, "a meeting discusses at least one case (casussenPerOverleg)");
    InvalidValueException.require(!netwerk().partners().isEmpty(), NETWERK_CODE, "the network (netwerk) needs a partner");
  }
}
