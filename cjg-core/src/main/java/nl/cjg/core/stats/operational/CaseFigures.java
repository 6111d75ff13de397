package nl.cjg.core.stats.operational;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
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
 * commutative; {@link #plus(Casus)} counts one case more, {@link #plusAll} a batch. Categories
 * are fixed by the kernen and the band set, so the result does not depend on the order of the
 * cases.
 *
 * <p>Invariants: the kern × band table has a row per kern and a column per band, each in order and
 * followed by {@value #ONBEKEND} (code {@value #CATEGORIES_CODE}); the status × consent table has
 * a row per {@link Casusstatus} and a column per {@link Bespreekvorm}, in order (code {@value
 * #CATEGORIES_CODE}); both tables count the same cases, and at most that many are in the
 * Verwijsindex (code {@value #COUNT_CODE}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CaseFigures {
  CaseFigures() {}

  /** The code of the rule that the tables have exactly the categories of the kernen, bands and code lists. */
  public static final String CATEGORIES_CODE = "CASEFIGURES-S01";

  /** The code of the rule that both tables count the same cases and the Verwijsindex count lies within them. */
  public static final String COUNT_CODE = "CASEFIGURES-S02";

  /** The row and column of cases whose kern or age band is not known. */
  public static final String ONBEKEND = "onbekend";

  /** The label of the cases registered in the Verwijsindex, in the published table. */
  static final String GEMELD = "in Verwijsindex gemeld";

  /** The label of the cases not registered in the Verwijsindex, in the published table. */
  static final String NIET_GEMELD = "niet gemeld";

  /** The kernen counted in rows of their own, in order. */
  public abstract List<Kern> kernen();

  /** The age bands counted in columns of their own. */
  public abstract Leeftijdsindeling leeftijdsindeling();

  /** Cases per kern (by name, then {@value #ONBEKEND}) × band (by name, then {@value #ONBEKEND}). */
  public abstract CrossTable<String, String> perKernEnLeeftijdsgroep();

  /** Cases per current status × met toestemming or anoniem. */
  public abstract CrossTable<Casusstatus, Bespreekvorm> perStatusEnToestemming();

  /** The number of cases registered in the Verwijsindex ("In Verwijsindex gemeld? ja"). */
  public abstract long inVerwijsindexGemeld();

  /** A builder, for figures read back from storage. */
  public static ImmutableCaseFigures.Builder builder() {
    return ImmutableCaseFigures.builder();
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
        .perKernEnLeeftijdsgroep(CrossTable.empty(rows(kernen), columns(leeftijdsindeling)))
        .perStatusEnToestemming(
            CrossTable.empty(Arrays.asList(Casusstatus.values()), Arrays.asList(Bespreekvorm.values())))
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
   * These figures with one case more. To count many cases, {@link #plusAll} is much faster: it
   * builds the tables once per batch instead of once per case.
   *
   * @param casus the case
   * @return the new figures
   */
  public CaseFigures plus(Casus casus) {
    return plusAll(List.of(casus));
  }

  /**
   * These figures with a batch of cases more.
   *
   * @param casussen the cases
   * @return the new figures
   */
  public CaseFigures plusAll(Collection<Casus> casussen) {
    List<String> rows = perKernEnLeeftijdsgroep().rowCategories();
    List<String> columns = perKernEnLeeftijdsgroep().columnCategories();
    long[][] perKernEnGroep = new long[rows.size()][columns.size()];
    long[][] perStatus = new long[Casusstatus.values().length][Bespreekvorm.values().length];
    long gemeld = 0;
    for (Casus casus : casussen) {
      perKernEnGroep[rows.indexOf(kernVan(casus))][columns.indexOf(leeftijdsgroepVan(casus))]++;
      perStatus[casus.statusgeschiedenis().huidigeStatus().ordinal()][Bespreekvorm.of(casus.toestemming().metToestemming()).ordinal()]++;
      gemeld += casus.inVerwijsindexGemeld() ? 1 : 0;
    }
    return merge(
        builder()
            .from(this)
            .perKernEnLeeftijdsgroep(CrossTable.of(rows, columns, perKernEnGroep))
            .perStatusEnToestemming(
                CrossTable.of(perStatusEnToestemming().rowCategories(), perStatusEnToestemming().columnCategories(), perStatus))
            .inVerwijsindexGemeld(gemeld)
            .build());
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
        .perKernEnLeeftijdsgroep(perKernEnLeeftijdsgroep().merge(other.perKernEnLeeftijdsgroep()))
        .perStatusEnToestemming(perStatusEnToestemming().merge(other.perStatusEnToestemming()))
        .inVerwijsindexGemeld(Math.addExact(inVerwijsindexGemeld(), other.inVerwijsindexGemeld()))
        .build();
  }

  /** The number of cases. */
  public long aantal() {
    return perStatusEnToestemming().total();
  }

  /** Cases per status, summed over consent. */
  public Distribution<Casusstatus> perStatus() {
    return perStatusEnToestemming().rowTotals();
  }

  /** Cases met toestemming and anoniem, summed over status. */
  public Distribution<Bespreekvorm> perBespreekvorm() {
    return perStatusEnToestemming().columnTotals();
  }

  /** The share of cases discussed with consent; undefined without cases. */
  public Rate aandeelMetToestemming() {
    return perBespreekvorm().share(Bespreekvorm.MET_TOESTEMMING);
  }

  /** The share of cases registered in the Verwijsindex; undefined without cases. */
  public Rate aandeelInVerwijsindex() {
    return Rate.share(inVerwijsindexGemeld(), aantal());
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
        "Casussen per kern en leeftijdsgroep",
        perKernEnLeeftijdsgroep().publish("Kern", Function.identity(), Function.identity(), control));
    tables.put(
        "Casussen per status en toestemming",
        perStatusEnToestemming().publish("Status", Labels::of, Bespreekvorm::label, control));
    tables.put(
        "Casussen in de Verwijsindex",
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

  @Value.Check
  void checkFigures() {
    InvalidValueException.require(
        perKernEnLeeftijdsgroep().rowCategories().equals(rows(kernen()))
            && perKernEnLeeftijdsgroep().columnCategories().equals(columns(leeftijdsindeling())),
        CATEGORIES_CODE,
        "the kern by band table (perKernEnLeeftijdsgroep) needs a row per kern and a column per band, then onbekend");
    InvalidValueException.require(
        perStatusEnToestemming().rowCategories().equals(Arrays.asList(Casusstatus.values()))
            && perStatusEnToestemming().columnCategories().equals(Arrays.asList(Bespreekvorm.values())),
        CATEGORIES_CODE,
        "the status by consent table (perStatusEnToestemming) needs a row per status and a column per form");
    InvalidValueException.require(
        perKernEnLeeftijdsgroep().total() == perStatusEnToestemming().total()
            && inVerwijsindexGemeld() >= 0
            && inVerwijsindexGemeld() <= perStatusEnToestemming().total(),
        COUNT_CODE,
        "both tables count the same cases, and at most those are in the Verwijsindex (inVerwijsindexGemeld)");
  }
}
