package nl.cjg.core.stats.operational;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Casusstatus;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.populatie.Leeftijdsindeling;
import nl.cjg.core.populatie.Leeftijdsindelingen;
import nl.cjg.core.stats.CrossTable;
import nl.cjg.core.stats.DisclosureControl;
import nl.cjg.core.stats.Distribution;
import nl.cjg.core.stats.Rate;
import nl.cjg.core.stats.table.PublishedTable;
import org.immutables.value.Value;

/**
 * Counts of the cases (bespreekformulieren) of a dataset: per kern × age band, per current status
 * × consent, and how many are registered in the Verwijsindex.
 *
 * <p>A case counts in the row of its child's kern when that kern is one of {@link #kernen()}, and
 * in the column of the band of {@link #leeftijdsindeling()} that holds every age the child may have
 * on the form's date (see {@link Casus#leeftijdenKind()}). A case without a kern, with a kern of
 * another municipality, without an age, or with ages that do not lie in one band, counts in the
 * explicit row or column {@value #ONBEKEND}: the table always adds up to the number of cases.
 *
 * <p>An accumulator: {@link #empty} is the identity of {@link #merge}, which is associative and
 * commutative; {@link #add(Casus)} counts one case more, {@link #addAll} a batch. Categories
 * are fixed by the kernen and the band set, so the result does not depend on the order of the
 * cases.
 *
 * <p>The counts are stored as flat lists (the form a codec writes); the tables are derived from
 * them. Invariants: there is one count per distinct kern (and {@value #ONBEKEND}) and band (and
 * {@value #ONBEKEND}), and one per {@link Casusstatus} and {@link Bespreekvorm} (code {@value
 * #CATEGORIES_CODE}); counts are not negative, both tables count the same cases, and at most that
 * many are in the Verwijsindex (code {@value #COUNT_CODE}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CaseFigures {
  CaseFigures() {}

  /** The code of the rule that there is one count per kern and band, and per status and form. */
  public static final String CATEGORIES_CODE = "CASEFIGURES-S01";

  /** The code of the rule that counts are not negative and agree between the tables and the Verwijsindex. */
  public static final String COUNT_CODE = "CASEFIGURES-S02";

  /** The row and column of cases whose kern or age band is not known. */
  public static final String ONBEKEND = "onbekend";

  /** The title of the table of cases per kern and age band. */
  static final String PER_KERN = "Casussen per kern en leeftijdsgroep";

  /** The title of the table of cases per status and consent. */
  static final String PER_STATUS = "Casussen per status en toestemming";

  /** The title of the table of cases in the Verwijsindex. */
  static final String IN_VERWIJSINDEX = "Casussen in de Verwijsindex";

  /** The label of the cases registered in the Verwijsindex, in the published table. */
  static final String GEMELD = "in Verwijsindex gemeld";

  /** The label of the cases not registered in the Verwijsindex, in the published table. */
  static final String NIET_GEMELD = "niet gemeld";

  private static final List<Casusstatus> STATUSES = List.of(Casusstatus.values());
  private static final List<Bespreekvorm> VORMEN = List.of(Bespreekvorm.values());

  /** The kernen counted in rows of their own, in order. */
  public abstract List<Kern> kernen();

  /** The age bands counted in columns of their own. */
  public abstract Leeftijdsindeling leeftijdsindeling();

  /**
   * The stored form of {@link #byKernAndLeeftijdsgroep()}: the counts row by row, a row per kern
   * and then {@value #ONBEKEND}, in each row a count per band and then {@value #ONBEKEND}.
   */
  public abstract List<Long> aantallenPerKernEnLeeftijdsgroep();

  /**
   * The stored form of {@link #byStatusAndBespreekvorm()}: the counts row by row, a row per
   * {@link Casusstatus}, in each row a count per {@link Bespreekvorm}, in the order of the enums.
   */
  public abstract List<Long> aantallenPerStatusEnToestemming();

  /** The number of cases registered in the Verwijsindex ("In Verwijsindex gemeld? ja"). */
  public abstract long inVerwijsindexGemeld();

  /**
   * A builder, for figures read back from storage.
   *
   * <p>Required: {@link #leeftijdsindeling()}, {@link #inVerwijsindexGemeld()}; every other
   * attribute is optional, a collection that may stay empty, or has a default. {@code build()}
   * throws an {@link IllegalStateException} that names every required attribute not set, and an
   * {@link InvalidValueException} with the rule's code when the value would break an invariant.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CaseFigures}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableCaseFigures.Builder {
    Builder() {}
  }

  /**
   * No cases yet: the identity of {@link #merge}.
   *
   * @param kernen the kernen to count in rows of their own, in order, each once
   * @param leeftijdsindeling the bands to count in columns of their own
   * @return the empty figures
   */
  public static CaseFigures empty(List<Kern> kernen, Leeftijdsindeling leeftijdsindeling) {
    return builder()
        .kernen(kernen)
        .leeftijdsindeling(leeftijdsindeling)
        .aantallenPerKernEnLeeftijdsgroep(zeros(rows(kernen).size() * columns(leeftijdsindeling).size()))
        .aantallenPerStatusEnToestemming(zeros(STATUSES.size() * VORMEN.size()))
        .inVerwijsindexGemeld(0)
        .build();
  }

  /**
   * No cases yet, counted by the seven kernen of Bergen and the CJG service bands (0–4, 4–12,
   * 12–19, 19–23).
   *
   * @return the empty figures
   */
  public static CaseFigures bergen() {
    return empty(BergenKernen.all(), Leeftijdsindelingen.CJG_LEEFTIJDSGROEPEN);
  }

  /**
   * These figures with one case more.
   *
   * @param casus the case
   * @return the new figures
   */
  public CaseFigures add(Casus casus) {
    return addAll(List.of(casus));
  }

  /**
   * These figures with a batch of cases more.
   *
   * @param casussen the cases
   * @return the new figures
   */
  public CaseFigures addAll(Collection<Casus> casussen) {
    List<String> rows = rows(kernen());
    List<String> columns = columns(leeftijdsindeling());
    long[] perKernEnGroep = toArray(aantallenPerKernEnLeeftijdsgroep());
    long[] perStatus = toArray(aantallenPerStatusEnToestemming());
    long gemeld = inVerwijsindexGemeld();
    for (Casus casus : casussen) {
      perKernEnGroep[rows.indexOf(kernVan(casus)) * columns.size() + columns.indexOf(leeftijdsgroepVan(casus))]++;
      int status = casus.statusgeschiedenis().huidigeStatus().ordinal();
      perStatus[status * VORMEN.size() + Bespreekvorm.of(casus.toestemming().metToestemming()).ordinal()]++;
      gemeld += casus.inVerwijsindexGemeld() ? 1 : 0;
    }
    return builder()
        .from(this)
        .aantallenPerKernEnLeeftijdsgroep(toList(perKernEnGroep))
        .aantallenPerStatusEnToestemming(toList(perStatus))
        .inVerwijsindexGemeld(gemeld)
        .build();
  }

  /**
   * The figures of two disjoint sets of cases together.
   *
   * @param other figures over other cases, with the same kernen and bands
   * @return the merged figures
   * @throws IllegalArgumentException when the kernen or bands differ
   */
  public CaseFigures merge(CaseFigures other) {
    if (!kernen().equals(other.kernen()) || !leeftijdsindeling().equals(other.leeftijdsindeling())) {
      throw new IllegalArgumentException("only case figures over the same kernen and age bands can be merged");
    }
    return builder()
        .from(this)
        .aantallenPerKernEnLeeftijdsgroep(sum(aantallenPerKernEnLeeftijdsgroep(), other.aantallenPerKernEnLeeftijdsgroep()))
        .aantallenPerStatusEnToestemming(sum(aantallenPerStatusEnToestemming(), other.aantallenPerStatusEnToestemming()))
        .inVerwijsindexGemeld(Math.addExact(inVerwijsindexGemeld(), other.inVerwijsindexGemeld()))
        .build();
  }

  /** Cases per kern (by name, then {@value #ONBEKEND}) × band (by name, then {@value #ONBEKEND}). */
  @Value.Lazy
  public CrossTable<String, String> byKernAndLeeftijdsgroep() {
    return crossTable(rows(kernen()), columns(leeftijdsindeling()), aantallenPerKernEnLeeftijdsgroep());
  }

  /** Cases per current status × met toestemming or anoniem. */
  @Value.Lazy
  public CrossTable<Casusstatus, Bespreekvorm> byStatusAndBespreekvorm() {
    return crossTable(STATUSES, VORMEN, aantallenPerStatusEnToestemming());
  }

  /** The number of cases. */
  public long aantal() {
    return total(aantallenPerStatusEnToestemming());
  }

  /** Cases per status, summed over consent. */
  public Distribution<Casusstatus> byStatus() {
    return byStatusAndBespreekvorm().rowTotals();
  }

  /** Cases met toestemming and anoniem, summed over status. */
  public Distribution<Bespreekvorm> byBespreekvorm() {
    return byStatusAndBespreekvorm().columnTotals();
  }

  /** The share of cases discussed with consent; undefined without cases. */
  public Rate aandeelMetToestemming() {
    return byBespreekvorm().aandeel(Bespreekvorm.MET_TOESTEMMING);
  }

  /** The share of cases registered in the Verwijsindex; undefined without cases. */
  public Rate aandeelInVerwijsindex() {
    return Rate.aandeel(inVerwijsindexGemeld(), aantal());
  }

  /**
   * The row a case counts in: the name of its kern, or {@value #ONBEKEND}.
   *
   * @param casus the case
   * @return the row label
   */
  public String kernVan(Casus casus) {
    return casus.kind().kern().filter(kernen()::contains).map(Kern::naam).orElse(ONBEKEND);
  }

  /**
   * The column a case counts in: the name of the band that holds every age the child may have, or
   * {@value #ONBEKEND}.
   *
   * @param casus the case
   * @return the column label
   */
  public String leeftijdsgroepVan(Casus casus) {
    Optional<Leeftijdsgroep> leeftijden = casus.leeftijdenKind();
    return leeftijdsindeling().groepen().stream()
        .filter(groep -> leeftijden.map(band -> band.ligtBinnen(groep)).orElse(false))
        .map(Leeftijdsgroep::naam)
        .findFirst()
        .orElse(ONBEKEND);
  }

  /**
   * The tables for publication, protected by {@link DisclosureControl#standard()}.
   *
   * @return the tables by title, in order
   * @see #publish(DisclosureControl)
   */
  public Map<String, PublishedTable> publish() {
    return publish(DisclosureControl.standard());
  }

  /**
   * The tables for publication, each protected by {@code control}: cases per kern and band
   * ({@code Casussen per kern en leeftijdsgroep}), per status and consent ({@code Casussen per
   * status en toestemming}; its total row gives the cases met toestemming and anoniem), and in the
   * Verwijsindex ({@code Casussen in de Verwijsindex}, with percentages).
   *
   * @param control the disclosure control; {@link DisclosureControl#internalUseOnly()} to opt out
   * @return the tables by title, in order
   */
  public Map<String, PublishedTable> publish(DisclosureControl control) {
    Map<String, Long> verwijsindex = new LinkedHashMap<>();
    verwijsindex.put(GEMELD, inVerwijsindexGemeld());
    verwijsindex.put(NIET_GEMELD, aantal() - inVerwijsindexGemeld());
    Map<String, PublishedTable> tables = new LinkedHashMap<>();
    tables.put(
        PER_KERN,
        byKernAndLeeftijdsgroep().publish("Kern", Function.identity(), Function.identity(), control));
    tables.put(
        PER_STATUS,
        byStatusAndBespreekvorm().publish("Status", Labels::of, Bespreekvorm::label, control));
    tables.put(
        IN_VERWIJSINDEX,
        Distribution.of(verwijsindex).publish("Verwijsindex", Function.identity(), 1, control));
    return Collections.unmodifiableMap(tables);
  }

  private static List<String> rows(List<Kern> kernen) {
    List<String> rows = new ArrayList<>();
    kernen.forEach(kern -> rows.add(kern.naam()));
    rows.add(ONBEKEND);
    return rows;
  }

  private static List<String> columns(Leeftijdsindeling leeftijdsindeling) {
    List<String> columns = new ArrayList<>();
    leeftijdsindeling.groepen().forEach(groep -> columns.add(groep.naam()));
    columns.add(ONBEKEND);
    return columns;
  }

  private static <R, C> CrossTable<R, C> crossTable(List<R> rows, List<C> columns, List<Long> counts) {
    long[][] grid = new long[rows.size()][columns.size()];
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < columns.size(); c++) {
        grid[r][c] = counts.get(r * columns.size() + c);
      }
    }
    return CrossTable.of(rows, columns, grid);
  }

  private static List<Long> zeros(int size) {
    return toList(new long[size]);
  }

  private static long[] toArray(List<Long> counts) {
    return counts.stream().mapToLong(Long::longValue).toArray();
  }

  private static List<Long> toList(long[] counts) {
    return Arrays.stream(counts).boxed().toList();
  }

  private static List<Long> sum(List<Long> left, List<Long> right) {
    long[] sum = toArray(left);
    for (int i = 0; i < sum.length; i++) {
      sum[i] = Math.addExact(sum[i], right.get(i));
    }
    return toList(sum);
  }

  private static long total(List<Long> counts) {
    return counts.stream().mapToLong(Long::longValue).reduce(0, Math::addExact);
  }

  @Value.Check
  void checkFigures() {
    InvalidValueException.require(
        aantallenPerKernEnLeeftijdsgroep().size() == rows(kernen()).size() * columns(leeftijdsindeling()).size()
            && new HashSet<>(rows(kernen())).size() == rows(kernen()).size()
            && new HashSet<>(columns(leeftijdsindeling())).size() == columns(leeftijdsindeling()).size(),
        CATEGORIES_CODE,
        "the cases per kern and band (aantallenPerKernEnLeeftijdsgroep) need one count per distinct kern and band, and onbekend");
    InvalidValueException.require(
        aantallenPerStatusEnToestemming().size() == STATUSES.size() * VORMEN.size(),
        CATEGORIES_CODE,
        "the cases per status and consent (aantallenPerStatusEnToestemming) need one count per status and form");
    long aantal = total(aantallenPerStatusEnToestemming());
    InvalidValueException.require(
        aantallenPerKernEnLeeftijdsgroep().stream().allMatch(count -> count >= 0)
            && aantallenPerStatusEnToestemming().stream().allMatch(count -> count >= 0)
            && total(aantallenPerKernEnLeeftijdsgroep()) == aantal
            && inVerwijsindexGemeld() >= 0
            && inVerwijsindexGemeld() <= aantal,
        COUNT_CODE,
        "counts are not negative, both tables count the same cases, and at most those are in the Verwijsindex (inVerwijsindexGemeld)");
  }

  /**
   * How a case is discussed, as far as consent goes: "met toestemming van de ouder(s)" or, without
   * consent, anonymously (the bespreekformulier, Werkplan CJG Bergen 2012, uitwerking 2, bespreekformulier).
   */
  public enum Bespreekvorm {
    /** Met toestemming: the parents (or the young person) consented; a joint plan is possible. */
    MET_TOESTEMMING("met toestemming"),
    /** Anoniem: zonder toestemming, discussed anonymously as collegial support. */
    ANONIEM("anoniem");

    private final String label;

    Bespreekvorm(String label) {
      this.label = label;
    }

    /**
     * The form of a case with or without consent.
     *
     * @param metToestemming whether there is consent
     * @return {@link #MET_TOESTEMMING} or {@link #ANONIEM}
     */
    public static Bespreekvorm of(boolean metToestemming) {
      return metToestemming ? MET_TOESTEMMING : ANONIEM;
    }

    /** The label in tables, as the sources write it: {@code met toestemming}, {@code anoniem}. */
    public String label() {
      return label;
    }
  }
}
