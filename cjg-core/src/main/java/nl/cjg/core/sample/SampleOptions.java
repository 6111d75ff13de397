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
 * {@value #AANDEEL_CODE}); the network has a partner (code {@value #NETWERK_CODE}). Immutable
 * and thread-safe.
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
   * The share of requests the case meeting discusses; the others are taken up elsewhere in the
   * network (doorverwezen). By default 7/11: the pilot had eleven requests and fewer handled, "alle
   * verzoeken van inbreng zijn opgepakt en op een andere manier binnen het netwerk uitgezet"
   * (Werkplan CJG Bergen 2012, uitwerking 2, evaluatie van de pilot); seven handled and four taken
   * up elsewhere is the reading of the bundled reference dataset, an assumption. A case treated
   * elsewhere ({@link #aandeelInBehandelingElders()}) is never discussed, so the others are
   * discussed with the probability that keeps this share overall (at most 1).
   */
  @Value.Default
  public double aandeelBesproken() {
    return 7.0 / 11.0;
  }

  /**
   * The share of cases already treated elsewhere, with a {@link nl.cjg.core.casus.Casus#behandelaar()};
   * the case meeting gives them no advice (Werkplan CJG Bergen 2012, uitwerking 2, aandachtspunten
   * en aanbevelingen). By default 0.1, an assumption: the werkplan names the overlap with other
   * case meetings as a point of attention, not its size.
   */
  @Value.Default
  public double aandeelInBehandelingElders() {
    return 0.1;
  }

  /**
   * The share of cases with a signal of acute or structural unsafety, which routing sends to the
   * safety level. By default 0.05, an assumption: in the pilot the CJG team could advise or support
   * in every case (Werkplan CJG Bergen 2012, uitwerking 2), so unsafety that needs a report is rare
   * among requests; the share makes a few such cases in every hundred.
   */
  @Value.Default
  public double aandeelOnveilig() {
    return 0.05;
  }

  /**
   * The share of cases in which cooperation with the parents is not possible. By default 0.1, an
   * assumption: the werkplan treats it as the exception ("daar waar het even niet mogelijk is om
   * de samenwerking te behouden", Werkplan CJG Bergen 2012, visie), and most cases come with the
   * parents' consent.
   */
  @Value.Default
  public double aandeelSamenwerkingOnmogelijk() {
    return 0.1;
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
    double[] aandelen = {
      aandeelAnoniem(), aandeelInVerwijsindex(), aandeelMatch(), aandeelGezinsplan(), aandeelBesproken(),
      aandeelInBehandelingElders(), aandeelOnveilig(), aandeelSamenwerkingOnmogelijk()
    };
    for (double aandeel : aandelen) {
      InvalidValueException.require(aandeel >= 0 && aandeel <= 1, AANDEEL_CODE, "a share (aandeel) lies from 0 to 1");
    }
    InvalidValueException.require(!netwerk().partners().isEmpty(), NETWERK_CODE, "the network (netwerk) needs a partner");
  }
}
