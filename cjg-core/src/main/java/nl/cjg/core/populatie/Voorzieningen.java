package nl.cjg.core.populatie;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.id.GemeenteCode;
import nl.cjg.core.tijd.Datumbereik;
import nl.cjg.core.validation.internal.Rules;
import org.immutables.value.Value;

/**
 * The counts of children in provisions outside the CJG's kernpartners, as a source publishes them:
 * kinderopvang per cluster of kernen ({@link Kinderopvang}), pupils per school ({@link School})
 * and children with AWBZ begeleiding by type of care and by grondslag ({@link AwbzBegeleiding}).
 * They tell how many children are in view of the netwerkpartners (Werkplan CJG Bergen 2012,
 * uitwerking 1, doelgroep; AWBZ, kinderen met begeleiding via AWBZ).
 *
 * <p>Each record keeps the figures as the source prints them, also where they do not follow from
 * each other: such a figure is named in the record's {@code bronafwijkingen} by its path, so that
 * the discrepancy is data and the rules {@code VOORZIENING-001} and {@code VOORZIENING-007} accept
 * it. Business rules: {@code VOORZIENING-001} to {@code VOORZIENING-007}. This class only holds
 * the types.
 */
public final class Voorzieningen {
  /** The code of the rule that counts are not negative. */
  public static final String NEGATIVE_CODE = "VOORZIENING-S01";

  /** The code of the rule that a record names its source. */
  public static final String SOURCE_CODE = "VOORZIENING-S02";

  /** The code of the rule that each cell of a kinderopvang table is counted once. */
  public static final String DUPLICATE_CODE = "VOORZIENING-S03";

  /** The code of the rule that a school has a name. */
  public static final String NAME_CODE = "VOORZIENING-S04";

  /** The label of a table's grand total in {@link Kinderopvang#bronafwijkingen()}. */
  public static final String TOTAAL = "totaal";

  private Voorzieningen() {}

  /** A kind of day care, as the Werkplan CJG Bergen 2012 (uitwerking 1, doelgroep) names them. */
  public enum Opvangsoort {
    /** Buitenschoolse opvang. */
    BUITENSCHOOLSE_OPVANG("Buitenschoolse opvang"),
    /** Kinderdagopvang: a kinderdagverblijf. */
    KINDERDAGOPVANG("Kinderdagopvang"),
    /** Peuterspeelzaal. */
    PEUTERSPEELZAAL("Peuterspeelzaal");

    private final String naam;

    Opvangsoort(String naam) {
      this.naam = naam;
    }

    /** The name as the source writes it. */
    public String naam() {
      return naam;
    }
  }

  /** A type of AWBZ care, as the source's table "AWBZ begeleiding naar type zorg" names it. */
  public enum Zorgtype {
    /** Begeleiding individueel. */
    BEGELEIDING_INDIVIDUEEL("Begeleiding individueel"),
    /** Begeleiding groep. */
    BEGELEIDING_GROEP("Begeleiding groep"),
    /** Kortdurend verblijf. */
    KORTDUREND_VERBLIJF("Kortdurend verblijf");

    private final String naam;

    Zorgtype(String naam) {
      this.naam = naam;
    }

    /** The name as the source writes it. */
    public String naam() {
      return naam;
    }
  }

  /** The grondslag of an AWBZ indication: the ground on which a child is indicated. */
  public enum Grondslag {
    /** Lichamelijke handicap. */
    LG("Lichamelijke handicap"),
    /** Somatisch. */
    SOM("Somatisch"),
    /** Verstandelijke beperking. */
    VG("Verstandelijke beperking"),
    /** Zintuiglijke handicap. */
    ZG("Zintuiglijke handicap"),
    /** Psychiatrische aandoening of beperking. */
    PSY("Psychiatrische aandoening of beperking");

    private final String naam;

    Grondslag(String naam) {
      this.naam = naam;
    }

    /** The name as the source writes it, without the code. */
    public String naam() {
      return naam;
    }
  }

  /**
   * The children in kinderopvang of one municipality per kind of care and per cluster of kernen
   * (the BES clusters Bergen, Egmond and Schoorl in Bergen), with the totals the source states.
   *
   * <p>The stated totals ({@link #totaalPerCluster()}, {@link #totaalPerSoort()}, {@link
   * #totaal()}) are the source's; the sums of the cells are {@link #som(String)}, {@link
   * #som(Opvangsoort)} and {@link #som()}. A stated total that does not equal its cells is named in
   * {@link #bronafwijkingen()} (rule {@code VOORZIENING-001}).
   *
   * <p>Invariants: counts not negative ({@value Voorzieningen#NEGATIVE_CODE}); a source ({@value
   * Voorzieningen#SOURCE_CODE}); each kind of care and cluster counted once, each cluster named
   * ({@value Voorzieningen#DUPLICATE_CODE}). Immutable and thread-safe.
   */
  @Value.Immutable
  @Rules(VoorzieningenRules.class)
  public abstract static class Kinderopvang {
    Kinderopvang() {}

    /** The municipality counted. */
    public abstract GemeenteCode gemeente();

    /** The source and its section, for example {@code Werkplan CJG Bergen 2012, uitwerking 1, doelgroep}. */
    public abstract String bron();

    /** The cells: children per kind of care and cluster, in the order of the source. */
    public abstract List<Aantal> aantallen();

    /** The total per cluster as the source states it; keys are the cluster names. */
    public abstract Map<String, Integer> totaalPerCluster();

    /** The total per kind of care as the source states it. */
    public abstract Map<Opvangsoort, Integer> totaalPerSoort();

    /** The grand total as the source states it. */
    public abstract Optional<Integer> totaal();

    /**
     * The stated totals the source prints differently from the sum of their cells, by path: {@code
     * totaalPerCluster[Bergen]}, {@code totaalPerSoort[PEUTERSPEELZAAL]} or {@code totaal}. They
     * are kept as printed.
     */
    public abstract Set<String> bronafwijkingen();

    /**
     * A builder for a kinderopvang table.
     *
     * <p>Required: {@link #gemeente()}, {@link #bron()}; every other attribute is optional, a
     * collection that may stay empty, or has a default. {@code build()} throws an {@link
     * IllegalStateException} that names every required attribute not set, and an {@link
     * InvalidValueException} with the rule's code when the value would break an invariant.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link Kinderopvang}; {@link #builder()} names the required attributes. A list or
     * set attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code
     * xs(Iterable)}; a map attribute {@code putX} and {@code putAllX}; an optional attribute takes
     * the value itself or an {@code Optional}. A builder is not thread-safe.
     */
    public static final class Builder extends ImmutableKinderopvang.Builder {
      Builder() {}
    }

    /** The clusters the cells name, in the order they first appear. */
    public Set<String> clusters() {
      Set<String> clusters = new LinkedHashSet<>();
      aantallen().forEach(aantal -> clusters.add(aantal.cluster()));
      return Collections.unmodifiableSet(clusters);
    }

    /**
     * The children in one kind of care in one cluster.
     *
     * @param soort the kind of care
     * @param cluster the cluster, matched exactly
     * @return the count, or empty when the table has no such cell
     */
    public Optional<Integer> kinderen(Opvangsoort soort, String cluster) {
      return aantallen().stream()
          .filter(aantal -> aantal.soort() == soort && aantal.cluster().equals(cluster))
          .map(Aantal::kinderen)
          .findFirst();
    }

    /** The sum of the cells of a cluster; 0 when it has none. */
    public long som(String cluster) {
      return aantallen().stream().filter(a -> a.cluster().equals(cluster)).mapToLong(Aantal::kinderen).sum();
    }

    /** The sum of the cells of a kind of care; 0 when it has none. */
    public long som(Opvangsoort soort) {
      return aantallen().stream().filter(a -> a.soort() == soort).mapToLong(Aantal::kinderen).sum();
    }

    /** The sum of all cells. */
    public long som() {
      return aantallen().stream().mapToLong(Aantal::kinderen).sum();
    }

    @Value.Check
    void checkTable() {
      InvalidValueException.require(!bron().isBlank(), SOURCE_CODE, "a kinderopvang table needs a source (bron)");
      InvalidValueException.require(
          Stream.concat(totaalPerCluster().values().stream(), totaalPerSoort().values().stream()).allMatch(n -> n >= 0)
              && totaal().orElse(0) >= 0,
          NEGATIVE_CODE,
          "the totals of a kinderopvang table (totaalPerCluster, totaalPerSoort, totaal) cannot be negative");
      Set<String> cellen = new HashSet<>();
      boolean uniek = aantallen().stream().allMatch(a -> cellen.add(a.soort() + "/" + a.cluster()));
      InvalidValueException.require(
          uniek && totaalPerCluster().keySet().stream().noneMatch(String::isBlank),
          DUPLICATE_CODE,
          "a kinderopvang table counts each kind of care and cluster once, and names each cluster (aantallen, totaalPerCluster)");
    }

    /**
     * One cell of a kinderopvang table: the children in one kind of care in one cluster.
     *
     * <p>Invariants: the count is not negative ({@value Voorzieningen#NEGATIVE_CODE}); the cluster
     * is named ({@value Voorzieningen#DUPLICATE_CODE}). Immutable and thread-safe.
     */
    @Value.Immutable
    public abstract static class Aantal {
      Aantal() {}

      /** The kind of care. */
      public abstract Opvangsoort soort();

      /** The cluster of kernen, for example {@code Egmond} ({@link Kern#cluster()}). */
      public abstract String cluster();

      /** The number of children. */
      public abstract int kinderen();

      /**
       * A cell.
       *
       * @param soort the kind of care
       * @param cluster the cluster
       * @param kinderen the count, not negative
       * @return the cell
       */
      public static Aantal of(Opvangsoort soort, String cluster, int kinderen) {
        return builder().soort(soort).cluster(cluster).kinderen(kinderen).build();
      }

      /**
       * A builder for a cell.
       *
       * <p>Required: {@link #soort()}, {@link #cluster()}, {@link #kinderen()}. {@code build()}
       * throws an {@link IllegalStateException} that names every required attribute not set, and
       * an {@link InvalidValueException} with the rule's code when the value would break an
       * invariant.
       *
       * @return a new, empty builder
       */
      public static Builder builder() {
        return new Builder();
      }

      /** Builds an {@link Aantal}; {@link #builder()} names the required attributes. A builder is not thread-safe. */
      public static final class Builder extends ImmutableAantal.Builder {
        Builder() {}
      }

      @Value.Check
      void checkCell() {
        InvalidValueException.require(kinderen() >= 0, NEGATIVE_CODE, "a kinderopvang count (kinderen) cannot be negative");
        InvalidValueException.require(!cluster().isBlank(), DUPLICATE_CODE, "a kinderopvang count names its cluster");
      }
    }
  }

  /**
   * A school with the pupils the source counts: all pupils, and those living in the municipality.
   *
   * <p>Invariants: a name ({@value Voorzieningen#NAME_CODE}), a source ({@value
   * Voorzieningen#SOURCE_CODE}), counts not negative ({@value Voorzieningen#NEGATIVE_CODE}).
   * Business rules: {@code VOORZIENING-002} (no more living in the municipality than pupils) and
   * {@code VOORZIENING-003} (the school's kern lies in its municipality). Immutable and
   * thread-safe.
   */
  @Value.Immutable
  @Rules(VoorzieningenRules.class)
  public abstract static class School {
    School() {}

    /** The school's name as the source writes it. */
    public abstract String naam();

    /** The municipality whose inhabitants {@link #woonachtigInGemeente()} counts. */
    public abstract GemeenteCode gemeente();

    /** The kern the school stands in, when known. */
    public abstract Optional<Kern> kern();

    /** The school year counted, for example {@code 2011-2012}, when the source gives it. */
    public abstract Optional<String> schooljaar();

    /** All pupils of the school. */
    public abstract int leerlingen();

    /** The pupils living in {@link #gemeente()}, when the source gives them. */
    public abstract Optional<Integer> woonachtigInGemeente();

    /** The source and its section. */
    public abstract String bron();

    /** Remarks, such as an assumption ({@code Aanname: …}) with its reason. */
    public abstract Optional<String> toelichting();

    /**
     * A builder for a school.
     *
     * <p>Required: {@link #naam()}, {@link #gemeente()}, {@link #leerlingen()}, {@link #bron()};
     * every other attribute is optional. {@code build()} throws an {@link IllegalStateException}
     * that names every required attribute not set, and an {@link InvalidValueException} with the
     * rule's code when the value would break an invariant.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link School}; {@link #builder()} names the required attributes. An optional
     * attribute takes the value itself or an {@code Optional}. A builder is not thread-safe.
     */
    public static final class Builder extends ImmutableSchool.Builder {
      Builder() {}
    }

    @Value.Check
    void checkSchool() {
      InvalidValueException.require(!naam().isBlank(), NAME_CODE, "a school needs a name (naam)");
      InvalidValueException.require(!bron().isBlank(), SOURCE_CODE, "a school's pupil count needs a source (bron)");
      InvalidValueException.require(
          leerlingen() >= 0 && woonachtigInGemeente().orElse(0) >= 0,
          NEGATIVE_CODE,
          "a school's pupil counts (leerlingen, woonachtigInGemeente) cannot be negative");
    }
  }

  /**
   * The children of one municipality with AWBZ begeleiding in a period, by type of care (a child
   * may have several) and by grondslag (one per child), with the percentages the source prints.
   *
   * <p>{@link #clienten()} is the number of unique children. The grondslagen form a partition of
   * them (rule {@code VOORZIENING-004}); a type of care counts at most all of them ({@code
   * VOORZIENING-005}); they are at most the young people the percentages refer to ({@code
   * VOORZIENING-006}); a printed percentage follows from its count and base at its shown decimals
   * unless named in {@link #bronafwijkingen()} ({@code VOORZIENING-007}).
   *
   * <p>Invariants: counts not negative ({@value Voorzieningen#NEGATIVE_CODE}), a source ({@value
   * Voorzieningen#SOURCE_CODE}). Immutable and thread-safe.
   */
  @Value.Immutable
  @Rules(VoorzieningenRules.class)
  public abstract static class AwbzBegeleiding {
    AwbzBegeleiding() {}

    /** The municipality counted. */
    public abstract GemeenteCode gemeente();

    /** The period the figures refer to, for example the third quarter of 2011. */
    public abstract Datumbereik periode();

    /** The ages counted, for example 0 t/m 17 jaar as {@code [0, 18)}. */
    public abstract Leeftijdsgroep leeftijdsgroep();

    /** The unique children with AWBZ begeleiding. */
    public abstract int clienten();

    /** The young people the percentages "van totaal aantal jongeren" refer to, when printed. */
    public abstract Optional<Integer> jongeren();

    /** The printed percentage of {@link #clienten()} in {@link #jongeren()}, as printed. */
    public abstract Optional<BigDecimal> procentVanJongeren();

    /** The children per type of care, in the order of the source; they overlap. */
    public abstract Map<Zorgtype, Regel> naarTypeZorg();

    /** The children per grondslag, in the order of the source; a partition. */
    public abstract Map<Grondslag, Regel> naarGrondslag();

    /**
     * The share of the children with both individual and group support, in percent, as the source
     * states it approximately ("ongeveer 40%").
     */
    public abstract Optional<BigDecimal> procentGecombineerd();

    /**
     * The printed percentages that do not follow from their count and base, by path: {@code
     * procentVanJongeren}, {@code naarGrondslag[VG].procentVanJongeren}, {@code
     * naarTypeZorg[BEGELEIDING_GROEP].procentVanAwbz}. They are kept as printed.
     */
    public abstract Set<String> bronafwijkingen();

    /** The source and its section. */
    public abstract String bron();

    /**
     * A builder for AWBZ begeleiding.
     *
     * <p>Required: {@link #gemeente()}, {@link #periode()}, {@link #leeftijdsgroep()}, {@link
     * #clienten()}, {@link #bron()}; every other attribute is optional, a collection that may stay
     * empty, or has a default. {@code build()} throws an {@link IllegalStateException} that names
     * every required attribute not set, and an {@link InvalidValueException} with the rule's code
     * when the value would break an invariant.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * Builds an {@link AwbzBegeleiding}; {@link #builder()} names the required attributes. A set
     * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
     * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
     * itself or an {@code Optional}. A builder is not thread-safe.
     */
    public static final class Builder extends ImmutableAwbzBegeleiding.Builder {
      Builder() {}
    }

    /**
     * The fewest children that must have both types of care, given the counts: their sum less the
     * unique children, at least 0.
     *
     * @param a one type of care
     * @param b another
     * @return the minimum overlap; 0 when either type is not counted; all of {@code a} when both
     *     are the same type
     */
    public int minimaalGecombineerd(Zorgtype a, Zorgtype b) {
      Regel ra = naarTypeZorg().get(a);
      Regel rb = naarTypeZorg().get(b);
      if (ra == null || rb == null) {
        return 0;
      }
      return a == b ? ra.clienten() : Math.max(0, ra.clienten() + rb.clienten() - clienten());
    }

    @Value.Check
    void checkBegeleiding() {
      InvalidValueException.require(!bron().isBlank(), SOURCE_CODE, "AWBZ begeleiding needs a source (bron)");
      InvalidValueException.require(
          clienten() >= 0 && jongeren().orElse(0) >= 0
              && Stream.of(procentVanJongeren(), procentGecombineerd()).allMatch(p -> p.map(v -> v.signum() >= 0).orElse(true)),
          NEGATIVE_CODE,
          "the counts and percentages of AWBZ begeleiding (clienten, jongeren, procentVanJongeren, procentGecombineerd)"
              + " cannot be negative");
    }

    /**
     * One row of an AWBZ table: the children of a type of care or grondslag, with the percentages
     * of the AWBZ children and of all young people as the source prints them (their digits kept:
     * {@code 0.70} stays {@code 0.70}).
     *
     * <p>Invariant: counts and percentages not negative ({@value Voorzieningen#NEGATIVE_CODE}).
     * Immutable and thread-safe.
     */
    @Value.Immutable
    public abstract static class Regel {
      Regel() {}

      /** The children. */
      public abstract int clienten();

      /** The printed percentage of the AWBZ children, as printed. */
      public abstract Optional<BigDecimal> procentVanAwbz();

      /** The printed percentage of all young people, as printed. */
      public abstract Optional<BigDecimal> procentVanJongeren();

      /**
       * A row with its printed percentages.
       *
       * @param clienten the children, not negative
       * @param procentVanAwbz the printed percentage of the AWBZ children, for example {@code "71.4"}
       * @param procentVanJongeren the printed percentage of all young people, for example {@code "0.70"}
       * @return the row
       */
      public static Regel of(int clienten, String procentVanAwbz, String procentVanJongeren) {
        return builder()
            .clienten(clienten)
            .procentVanAwbz(new BigDecimal(procentVanAwbz))
            .procentVanJongeren(new BigDecimal(procentVanJongeren))
            .build();
      }

      /**
       * A row the source prints without percentages.
       *
       * @param clienten the children, not negative
       * @return the row
       */
      public static Regel of(int clienten) {
        return builder().clienten(clienten).build();
      }

      /**
       * A builder for a row.
       *
       * <p>Required: {@link #clienten()}; the percentages are optional. {@code build()} throws an
       * {@link IllegalStateException} that names every required attribute not set, and an {@link
       * InvalidValueException} with the rule's code when the value would break an invariant.
       *
       * @return a new, empty builder
       */
      public static Builder builder() {
        return new Builder();
      }

      /**
       * Builds a {@link Regel}; {@link #builder()} names the required attributes. An optional
       * attribute takes the value itself or an {@code Optional}. A builder is not thread-safe.
       */
      public static final class Builder extends ImmutableRegel.Builder {
        Builder() {}
      }

      @Value.Check
      void checkRow() {
        InvalidValueException.require(
            clienten() >= 0
                && procentVanAwbz().map(p -> p.signum() >= 0).orElse(true)
                && procentVanJongeren().map(p -> p.signum() >= 0).orElse(true),
            NEGATIVE_CODE,
            "the counts and percentages of an AWBZ row cannot be negative");
      }
    }
  }
}
