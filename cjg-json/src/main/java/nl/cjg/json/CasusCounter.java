package nl.cjg.json;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collector;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Kind;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.populatie.Leeftijdsindeling;
import nl.cjg.core.stats.CrossTable;

/**
 * Counts the cases of a JSON Lines file into a cross table (for example kern × CJG age band) by
 * reading only the fields the table needs, at close to the pace of tokenising the file: no
 * {@link Casus} is built and no business rule runs.
 *
 * <p><b>What it checks.</b> Every line is checked as {@link CjgJsonReader#readLines} checks it:
 * well-formed UTF-8, no byte-order mark, not blank, within {@link ReadLimits#maxRecordLength()},
 * one well-formed JSON value and nothing after it, an object. The fields the table reads — the
 * form's date ({@code datumInvulling}) and the child's attributes a {@link Dimension} names
 * ({@code kind.kern}, {@code kind.leeftijd}, {@code kind.leeftijdsgroep},
 * {@code kind.persoonsgegevens}) — are read by the same code as the full reader and checked by the
 * same rules and code lists: their JSON type, {@code null}, a field given twice, a required one
 * missing, the format and existence of a date ({@code 2012-02-30} is {@code JSON-NO-SUCH-DATE}),
 * the codes of a kern's municipality, the child's age range and that the age is given once. A line
 * with such a problem is not counted: its problems are reported with its line number and counting
 * goes on with the next line ({@link CjgJsonReader.Builder#failFast} stops at it).
 *
 * <p><b>What it does not check.</b> The other fields are only skipped as well-formed JSON: their
 * types, formats, code lists, unknown or missing properties and properties given twice inside
 * them, the invariants of the case that involve them (such as an anonymous case holding personal
 * data) and every business rule ({@code nl.cjg.core.validation.CjgValidator}). A file that must be
 * valid is checked with {@link CjgJsonReader#readLines} or {@link CjgJsonReader#collectLines} with
 * business validation on, or {@code cjg validate}. A line whose fields are valid but fall in no
 * category of the table (no kern, a kern not among the rows, an age in no band) is counted as
 * {@link Result#outside()}.
 *
 * <p>On several threads the lines are read in chunks as {@link CjgJsonReader#collectLines} reads
 * them, and the result is the same as on one: the counts do not depend on the order and the
 * problems are given in the order of the lines. Immutable and thread-safe; one counter can count
 * many files.
 *
 * @param <R> the row categories
 * @param <C> the column categories
 */
public final class CasusCounter<R, C> {
  private final ReaderSettings settings;
  private final Dimension<R> rows;
  private final Dimension<C> columns;
  private final CasusProjection projection;

  private CasusCounter(ReaderSettings settings, Dimension<R> rows, Dimension<C> columns) {
    this.settings = settings;
    this.rows = rows;
    this.columns = columns;
    Set<String> kindNames = new HashSet<>(rows.kindNames);
    kindNames.addAll(columns.kindNames);
    this.projection = new CasusProjection(new CodecRegistry(), rows.readsDatum || columns.readsDatum, kindNames);
  }

  /**
   * A counter with the limits, message language and fail-fast setting of a reader (its business
   * validation does not run here).
   *
   * @param reader the reader whose settings apply
   * @param rows the rows of the table
   * @param columns the columns of the table
   * @param <R> the row categories
   * @param <C> the column categories
   * @return the counter
   */
  public static <R, C> CasusCounter<R, C> of(CjgJsonReader reader, Dimension<R> rows, Dimension<C> columns) {
    return new CasusCounter<>(reader.settings(), Objects.requireNonNull(rows, "rows"), Objects.requireNonNull(columns, "columns"));
  }

  /**
   * Counts the cases of a JSON Lines stream (UTF-8, one case per line), read to its end and closed.
   *
   * @param json the stream
   * @param threads how many threads read the lines, at least 1
   * @return the table, the lines outside it and the problems of the lines not counted
   * @throws IllegalArgumentException when {@code threads} is less than 1
   * @throws java.io.UncheckedIOException when the stream cannot be read
   */
  public Result<R, C> count(InputStream json, int threads) {
    return count(json, threads, LineChunks.CHUNK_LINES);
  }

  /** {@link #count(InputStream, int)} with chunks of at most {@code chunkLines} lines. */
  Result<R, C> count(InputStream json, int threads, int chunkLines) {
    return new ParallelLines<>(settings, this::decoder, chunkLines).collect(json, collector(), threads);
  }

  /**
   * Reads the projection of one line. A line the {@link LineScanner} finds certainly well-formed is
   * reduced to the properties the projection reads, which one parser for the stream reads; any
   * other line, or one whose properties read have a problem, is read as a whole as
   * {@link #carefully} reads it, which reports every problem where it is.
   */
  LineRecords.LineDecoder<CasusProjection.Fields> decoder() {
    LineParser stream = new LineParser(settings);
    LineScanner scanner = new LineScanner(settings.limits(), projection.propertiesRead());
    return new LineRecords.LineDecoder<>() {
      @Override
      public RecordResult<CasusProjection.Fields> decode(long index, long line, byte[] bytes, int offset, int length) throws java.io.IOException {
        if (scanner.scan(bytes, offset, length)) {
          int reduced = scanner.reduce();
          CasusProjection.Fields fields = stream.read(scanner.reduced(), 0, reduced, projection);
          if (fields != null) {
            return new RecordResult<>(index, line, null, ReadResult.of(fields));
          }
        }
        return carefully(stream, index, line, bytes, offset, length);
      }

      @Override
      public void close() {
        stream.close();
      }
    };
  }

  /**
   * Reads the projection of one whole line: through the parser for the stream while lines are
   * right, a line with a problem on its own, which reports every problem where it is.
   */
  RecordResult<CasusProjection.Fields> carefully(LineParser stream, long index, long line, byte[] bytes, int offset, int length)
      throws java.io.IOException {
    ReadContext context = new ReadContext(settings, line - 1);
    CasusProjection.Fields fields = null;
    if (Parsing.checkUtf8(bytes, offset, length, context)) {
      fields = stream.read(bytes, offset, length, projection);
      if (fields == null) {
        fields = Parsing.readDocument(() -> settings.parser(bytes, offset, length), context, projection);
      }
    }
    return new RecordResult<>(index, line, null, fields == null ? ReadResult.failed(context.problems()) : ReadResult.of(fields));
  }

  /** Counts each line's cell into a flat array, row by row; the order of the lines does not matter, that of the problems is kept. */
  private Collector<RecordResult<CasusProjection.Fields>, Tally, Result<R, C>> collector() {
    int width = columns.categories.size();
    int cells = rows.categories.size() * width;
    return Collector.of(
        () -> new Tally(cells),
        (tally, record) -> {
          Optional<CasusProjection.Fields> read = record.value();
          if (read.isEmpty()) {
            tally.refused++;
            tally.problems.addAll(record.problems());
            return;
          }
          CasusProjection.Fields fields = read.get();
          int row = rows.index(fields.datumInvulling, fields.kind);
          int column = row < 0 ? -1 : columns.index(fields.datumInvulling, fields.kind);
          if (column < 0) {
            tally.outside++;
          } else {
            tally.counts[row * width + column]++;
          }
        },
        (left, right) -> {
          for (int i = 0; i < cells; i++) {
            left.counts[i] += right.counts[i];
          }
          left.outside += right.outside;
          left.refused += right.refused;
          left.problems.addAll(right.problems);
          return left;
        },
        tally -> {
          long[][] table = new long[rows.categories.size()][width];
          for (int r = 0; r < table.length; r++) {
            System.arraycopy(tally.counts, r * width, table[r], 0, width);
          }
          return new Result<>(CrossTable.of(rows.categories, columns.categories, table), tally.outside, tally.refused, tally.problems);
        });
  }

  /** What a chunk of lines (or the whole stream) added up to. */
  private static final class Tally {
    private final long[] counts;
    private long outside;
    private long refused;
    private final List<Problem> problems = new ArrayList<>();

    Tally(int cells) {
      this.counts = new long[cells];
    }
  }

  /**
   * One dimension of a {@link CasusCounter}'s table: its categories and the fields of a case that
   * decide a case's category. Immutable and thread-safe.
   *
   * @param <K> the categories
   */
  public static final class Dimension<K> {
    private final List<K> categories;
    private final boolean readsDatum;
    private final Set<String> kindNames;
    private final Classifier classifier;

    /** The position of a case's category among the categories, or -1 when it has none. */
    private interface Classifier {
      int index(LocalDate datumInvulling, Kind kind);
    }

    private Dimension(List<K> categories, boolean readsDatum, Set<String> kindNames, Classifier classifier) {
      this.categories = List.copyOf(categories);
      this.readsDatum = readsDatum;
      this.kindNames = kindNames;
      this.classifier = classifier;
    }

    /**
     * The kern the child lives in ({@code kind.kern}), one of {@code kernen}; a case without a kern
     * or with another kern is outside the table.
     *
     * @param kernen the rows or columns, in order, each once (for example {@code BergenKernen.all()})
     * @return the dimension
     * @throws IllegalArgumentException when a kern is named twice
     */
    public static Dimension<Kern> kern(List<Kern> kernen) {
      Map<Kern, Integer> positions = new HashMap<>();
      for (Kern kern : kernen) {
        if (positions.putIfAbsent(kern, positions.size()) != null) {
          throw new IllegalArgumentException("a kern is named twice among the categories");
        }
      }
      return new Dimension<>(kernen, false, Set.of("kern"), (datum, kind) -> {
        Integer position = kind.kern().map(positions::get).orElse(null);
        return position == null ? -1 : position;
      });
    }

    /**
     * The age band of {@code indeling} that holds every age the child may have on the form's
     * date ({@link Casus#leeftijdenKind()}: from the birth date, the age in years or the age band,
     * whichever the case gives); a case without an age, or whose possible ages do not lie within
     * one band, is outside the table.
     *
     * @param indeling the bands, for example {@code Leeftijdsindelingen.CJG_LEEFTIJDSGROEPEN}
     * @return the dimension
     */
    public static Dimension<Leeftijdsgroep> leeftijdsgroep(Leeftijdsindeling indeling) {
      List<Leeftijdsgroep> groepen = indeling.groepen();
      return new Dimension<>(
          groepen,
          true,
          Set.of("persoonsgegevens", "leeftijd", "leeftijdsgroep"),
          (datum, kind) -> kind.leeftijdenOp(datum).map(leeftijden -> band(groepen, leeftijden)).orElse(-1));
    }

    private static int band(List<Leeftijdsgroep> groepen, Leeftijdsgroep leeftijden) {
      for (int i = 0; i < groepen.size(); i++) {
        if (leeftijden.ligtBinnen(groepen.get(i))) {
          return i;
        }
      }
      return -1;
    }

    int index(LocalDate datumInvulling, Kind kind) {
      return classifier.index(datumInvulling, kind);
    }

    /** The categories, in the order of the table. */
    public List<K> categories() {
      return categories;
    }

    /**
     * The category of a case read in full, as the counter finds it from the fields it reads: to
     * compute the same table from {@link Casus} values.
     *
     * @param casus the case
     * @return its category, or empty when it is outside the table
     */
    public Optional<K> categoryOf(Casus casus) {
      int index = index(casus.datumInvulling(), casus.kind());
      return index < 0 ? Optional.empty() : Optional.of(categories.get(index));
    }
  }

  /**
   * What a {@link CasusCounter} counted: the table, the lines outside it and the problems of the
   * lines it did not count. Immutable and thread-safe.
   *
   * @param <R> the row categories
   * @param <C> the column categories
   */
  public static final class Result<R, C> {
    private final CrossTable<R, C> table;
    private final long outside;
    private final long refused;
    private final List<Problem> problems;

    private Result(CrossTable<R, C> table, long outside, long refused, List<Problem> problems) {
      this.table = table;
      this.outside = outside;
      this.refused = refused;
      this.problems = List.copyOf(problems);
    }

    /** The counts of the lines read without problems whose fields fall in a row and a column. */
    public CrossTable<R, C> table() {
      return table;
    }

    /** How many lines were read without problems but fall in no row or no column. */
    public long outside() {
      return outside;
    }

    /** How many lines were not counted because of a problem. */
    public long refused() {
      return refused;
    }

    /**
     * The problems of the lines not counted, in the order of the lines, each with its line number
     * ({@link Problem#line()}); all of them are kept.
     */
    public List<Problem> problems() {
      return problems;
    }

    @Override
    public String toString() {
      return "CasusCounter.Result[total=" + table.total() + ", outside=" + outside + ", refused=" + refused + "]";
    }
  }
}
