package nl.cjg.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.stream.Collector;
import nl.cjg.core.validation.CjgValidator;

/**
 * Reads JSON into values of the CJG model, strictly, and reports what is wrong instead of throwing:
 * every {@code read} returns a {@link ReadResult} holding either the value or its problems, each
 * with a JSON Pointer, line and column, a stable code and a message in Dutch (default) or English.
 *
 * <p>Refused by default: unknown properties (such as {@code @class}: there is no class-name based
 * typing), duplicate properties, {@code null} anywhere, strings or fractions where a whole number
 * belongs, numbers for codes, unknown codes, anything after the value, a byte-order mark, input that
 * is not UTF-8, and input over the {@link ReadLimits}. After a value is built, business validation
 * ({@link CjgValidator}) runs and its violations are problems too (code = rule id). The codes are
 * listed in {@code docs/json-problems.md}.
 *
 * <p>Streams ({@link #readLines}, {@link #readArray}, {@link #readDataset}) are read record by
 * record in constant memory. Build a reader once and share it: it is immutable and thread-safe,
 * and no input, however hostile, changes what its later reads return. The limits mean the same
 * for every input kind (bytes, byte stream, text, character stream), and a business rule that
 * fails on a value is reported as a problem ({@code JSON-RULE-FAILURE}), not thrown.
 * Only I/O failures of the input throw ({@link UncheckedIOException}); a type that cannot be mapped
 * to JSON throws {@link IllegalArgumentException}.
 */
public final class CjgJsonReader {
  private final ReaderSettings settings;
  private final BusinessRules rules;
  private final boolean datasetRules;
  private final int threads;
  private final int chunkLines;
  private final CodecRegistry registry = new CodecRegistry();

  private CjgJsonReader(Builder builder) {
    this.settings =
        new ReaderSettings(builder.limits, builder.locale, builder.ignoreUnknownProperties, builder.nullAsAbsent, builder.failFast);
    this.rules = builder.validate ? new BusinessRules(CjgValidator.create(builder.locale)) : null;
    this.datasetRules = builder.validate && builder.datasetRules;
    this.threads = builder.threads;
    this.chunkLines = builder.chunkLines;
  }

  /** A strict reader with default limits, business validation and messages in Dutch. */
  public static CjgJsonReader create() {
    return builder().build();
  }

  /** A builder starting from the strict defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads one value from a JSON text.
   *
   * @param json the text
   * @param type the type to read, an abstract value type such as {@code Kern.class}, an identifier or an enum
   * @param <T> the type
   * @return the value or its problems
   */
  public <T> ReadResult<T> read(String json, Class<T> type) {
    Codec<T> codec = registry.codecFor(type);
    ReadContext context = new ReadContext(settings, 0);
    ProblemCode prefix =
        Parsing.textPrefixProblem(json.isEmpty() ? -1 : json.charAt(0), json.length() < 2 ? -1 : json.charAt(1));
    if (prefix != null) {
      context.reportLine(prefix);
      return ReadResult.failed(context.problems());
    }
    try {
      return finish(Parsing.readDocument(() -> settings.factory().createParser(json), context, codec), context, OptionalLong.empty());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads one value from UTF-8 bytes.
   *
   * @param json the bytes
   * @param type the type to read
   * @param <T> the type
   * @return the value or its problems
   */
  public <T> ReadResult<T> read(byte[] json, Class<T> type) {
    Codec<T> codec = registry.codecFor(type);
    ReadContext context = new ReadContext(settings, 0);
    ProblemCode prefix = Parsing.prefixProblem(json, 0, json.length);
    if (prefix != null) {
      context.reportLine(prefix);
      return ReadResult.failed(context.problems());
    }
    if (!Parsing.checkUtf8(json, 0, json.length, context)) {
      return ReadResult.failed(context.problems());
    }
    try {
      return finish(Parsing.readDocument(() -> settings.factory().createParser(json), context, codec), context, OptionalLong.empty());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads one value from a UTF-8 byte stream, up to its end; the stream is not closed.
   *
   * @param json the stream
   * @param type the type to read
   * @param <T> the type
   * @return the value or its problems
   * @throws UncheckedIOException when the stream cannot be read
   */
  public <T> ReadResult<T> read(InputStream json, Class<T> type) {
    Codec<T> codec = registry.codecFor(type);
    ReadContext context = new ReadContext(settings, 0);
    try {
      PushbackInputStream in = new PushbackInputStream(json, 3);
      ProblemCode prefix = checkPrefix(in);
      if (prefix != null) {
        context.reportLine(prefix);
        return ReadResult.failed(context.problems());
      }
      return finish(
          Parsing.readDocument(() -> settings.factory().createParser(new Utf8CheckingInputStream(in)), context, codec),
          context,
          OptionalLong.empty());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads one value from a character stream, up to its end; the stream is not closed.
   *
   * @param json the stream
   * @param type the type to read
   * @param <T> the type
   * @return the value or its problems
   * @throws UncheckedIOException when the stream cannot be read
   */
  public <T> ReadResult<T> read(Reader json, Class<T> type) {
    Codec<T> codec = registry.codecFor(type);
    ReadContext context = new ReadContext(settings, 0);
    try {
      PushbackReader in = new PushbackReader(json, 2);
      int first = in.read();
      int second = first < 0 ? -1 : in.read();
      ProblemCode prefix = Parsing.textPrefixProblem(first, second);
      if (prefix != null) {
        context.reportLine(prefix);
        return ReadResult.failed(context.problems());
      }
      if (second >= 0) {
        in.unread(second);
      }
      if (first >= 0) {
        in.unread(first);
      }
      return finish(Parsing.readDocument(() -> settings.factory().createParser(in), context, codec), context, OptionalLong.empty());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a JSON Lines stream (UTF-8, one value per line) record by record. A bad line is one
   * record with its problems, and the next line is read. Closing the records closes the stream.
   * A reader with {@link Builder#threads(int) threads} above one decodes and validates the lines
   * ahead on that many worker threads and gives them in the order of the input, exactly as one
   * thread reads them; closing the records then also stops the workers.
   *
   * @param json the stream
   * @param type the type of every line
   * @param <T> the type
   * @return the records, read as asked for
   */
  public <T> Records<T> readLines(InputStream json, Class<T> type) {
    registry.codecFor(type);
    return lines(json, 0, () -> lineDecoder(type));
  }

  /** The records of the lines, decoded on this thread or ahead on {@link #threads} workers. */
  private <T> Records<T> lines(InputStream json, long firstIndex, Supplier<LineRecords.LineDecoder<T>> decoders) {
    return threads == 1
        ? new LineRecords<>(json, settings, firstIndex, decoders.get())
        : new ParallelRecords<>(json, settings, firstIndex, decoders, chunkLines, threads);
  }

  /**
   * Reads a JSON Lines stream (UTF-8, one value per line) on several threads and collects its
   * records, as {@link #readLines} gives them, with a collector: the statistics or the problems of
   * a large file on every core. The result is the one the collector gives over the sequential
   * records, in the order of the lines (its combiner must be associative, as every collector's
   * must); only the threads that run each record's accumulation differ. With one thread nothing
   * runs in parallel. The stream is read to its end (failing fast: to the first bad record) and
   * closed.
   *
   * @param json the stream
   * @param type the type of every line
   * @param collector what to make of the records, for example {@code Collectors.counting()} or
   *     a statistics collector applied to the values
   * @param threads how many threads decode and validate the lines, at least 1; the calling thread
   *     is one of them
   * @param <T> the type of the lines
   * @param <R> the collector's result
   * @return the collector's result
   * @throws IllegalArgumentException when {@code threads} is less than 1
   * @throws UncheckedIOException when the stream cannot be read
   */
  public <T, R> R collectLines(InputStream json, Class<T> type, Collector<? super RecordResult<T>, ?, R> collector, int threads) {
    return collectLines(json, type, collector, threads, chunkLines);
  }

  /** {@link #collectLines(InputStream, Class, Collector, int)} with chunks of at most {@code chunkLines} lines. */
  <T, R> R collectLines(InputStream json, Class<T> type, Collector<? super RecordResult<T>, ?, R> collector, int threads, int chunkLines) {
    Objects.requireNonNull(collector, "collector");
    registry.codecFor(type);
    return new ParallelLines<>(settings, () -> lineDecoder(type), chunkLines).collect(json, collector, threads);
  }


  /**
   * Decodes the lines of one stream (or of one worker): through one parser for the whole stream
   * while the lines are right, and a line with any problem on its own, which reports each problem
   * where it is.
   */
  private <T> LineRecords.LineDecoder<T> lineDecoder(Class<T> type) {
    Codec<T> codec = registry.codecFor(type);
    LineParser stream = new LineParser(settings);
    return new LineRecords.LineDecoder<>() {
      @Override
      public RecordResult<T> decode(long index, long line, byte[] bytes, int offset, int length) throws IOException {
        ReadContext context = new ReadContext(settings, line - 1);
        if (!Parsing.checkUtf8(bytes, offset, length, context)) {
          return new RecordResult<>(index, line, null, ReadResult.failed(context.problems()));
        }
        T value = stream.read(bytes, offset, length, codec);
        if (value == null) {
          value = Parsing.readDocument(() -> settings.parser(bytes, offset, length), context, codec);
        }
        return new RecordResult<>(index, line, null, finish(value, context, OptionalLong.of(line)));
      }

      @Override
      public void close() {
        stream.close();
      }
    };
  }

  /**
   * Reads one large JSON array (UTF-8) element by element. Closing the records closes the stream.
   *
   * @param json the stream
   * @param type the type of every element
   * @param <T> the type
   * @return the records, read as asked for
   * @throws UncheckedIOException when the stream cannot be read
   */
  public <T> Records<T> readArray(InputStream json, Class<T> type) {
    Codec<T> codec = registry.codecFor(type);
    try {
      PushbackInputStream in = new PushbackInputStream(json, 3);
      ProblemCode prefix = checkPrefix(in);
      RecordBudget budget = new RecordBudget(new Utf8CheckingInputStream(in));
      return new ArrayRecords<>(settings.streamFactory(), budget, codec, settings, rules, prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a dataset (see {@code docs/dataset-format.md}) with the standard record types.
   *
   * @param json the JSON Lines stream of the dataset
   * @return the header and the records, read as asked for
   */
  public DatasetRecords readDataset(InputStream json) {
    return readDataset(json, RecordTypes.standard());
  }

  /**
   * Reads a dataset with the given record types. With {@link Builder#threads(int) threads} above
   * one, the records are decoded and checked ahead on worker threads (see {@link DatasetRecords}).
   *
   * @param json the JSON Lines stream of the dataset
   * @param types the record types the dataset may hold
   * @return the header and the records, read as asked for
   */
  public DatasetRecords readDataset(InputStream json, RecordTypes types) {
    RecordDecoder decoder = new RecordDecoder(types, registry, settings, rules);
    return new DatasetRecords(lines(json, -1, decoder::lineDecoder), settings, datasetRules ? rules : null);
  }

  /**
   * Reads one record of a dataset on its own: a JSON object (UTF-8, over one line or several)
   * whose {@code type} names its record type, checked exactly as a line of {@link #readDataset}
   * is — the same UTF-8 check, byte order mark, limits (the document limit for the whole),
   * decoding and business rules —, with the lines and columns of the input.
   *
   * @param json the bytes of the record
   * @param types the record types it may be of
   * @return the record (index 0, line 1) with its type, value or problems
   */
  public RecordResult<Object> readRecord(byte[] json, RecordTypes types) {
    RecordDecoder decoder = new RecordDecoder(types, registry, settings, rules);
    ProblemCode prefix = Parsing.prefixProblem(json, 0, json.length);
    if (prefix != null) {
      ReadContext context = new ReadContext(settings, 0);
      context.reportLine(prefix);
      return new RecordResult<>(0, 1, null, ReadResult.failed(context.problems()));
    }
    try {
      return decoder.decode(0, 1, json, 0, json.length, false, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The limits, strictness options and message language of this reader. */
  ReaderSettings settings() {
    return settings;
  }

  /** Adds business validation and wraps up: the value only when nothing at all was found wrong. */
  private <T> ReadResult<T> finish(T value, ReadContext context, OptionalLong line) {
    if (value != null && !context.hasProblems() && rules != null) {
      try {
        rules.check(value, context, line);
      } catch (ReadContext.StopReading stop) {
        // enough problems
      }
    }
    return context.hasProblems() ? ReadResult.failed(context.problems()) : ReadResult.of(value);
  }

  private static ProblemCode checkPrefix(PushbackInputStream in) throws IOException {
    byte[] head = in.readNBytes(3);
    if (head.length > 0) {
      in.unread(head);
    }
    return Parsing.prefixProblem(head, 0, head.length);
  }

  /** Options of a reader; the defaults are strict. Not thread-safe. */
  public static final class Builder {
    private Locale locale = CjgValidator.DUTCH;
    private ReadLimits limits = ReadLimits.defaults();
    private boolean ignoreUnknownProperties;
    private boolean nullAsAbsent;
    private boolean failFast;
    private boolean validate = true;
    private boolean datasetRules = true;
    private int threads = 1;
    private int chunkLines = LineChunks.CHUNK_LINES;

    private Builder() {}

    /** The language of messages: English for {@code en}, otherwise Dutch (the default). */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /** The limits on the input; default {@link ReadLimits#defaults()}. */
    public Builder limits(ReadLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /** Whether unknown properties are skipped instead of refused (default false: refused). */
    public Builder ignoreUnknownProperties(boolean ignore) {
      this.ignoreUnknownProperties = ignore;
      return this;
    }

    /** Whether {@code null} for an optional attribute means absent (default false: refused). */
    public Builder nullAsAbsent(boolean absent) {
      this.nullAsAbsent = absent;
      return this;
    }

    /** Whether to stop at the first problem of a document, and after the first bad record of a stream (default false). */
    public Builder failFast(boolean failFast) {
      this.failFast = failFast;
      return this;
    }

    /** Whether business validation runs on each value read (default true). */
    public Builder validate(boolean validate) {
      this.validate = validate;
      return this;
    }

    /**
     * Whether {@link #readDataset} checks the dataset rules across the records ({@code
     * DATASET-nnn}, {@link DatasetRecords#datasetProblems()}) after each record's own rules
     * (default true; never without business validation).
     */
    public Builder datasetRules(boolean datasetRules) {
      this.datasetRules = datasetRules;
      return this;
    }

    /**
     * How many threads decode and validate the lines of {@link #readLines} and
     * {@link #readDataset} (default 1: the calling thread). With more, that many worker threads
     * read ahead of the caller, a few chunks of lines at most, and the records are given in the
     * order of the input: the same records, problems and line numbers as on one thread, and for a
     * dataset the same dataset rules' problems, which are checked on the calling thread in input
     * order. Close the records to stop the workers. ({@link #collectLines} takes its own number.)
     *
     * @throws IllegalArgumentException when {@code threads} is less than 1
     */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, not " + threads);
      }
      this.threads = threads;
      return this;
    }

    /** The most lines in a chunk handed to one thread (default {@link LineChunks#CHUNK_LINES}); for tests of chunk edges. */
    Builder chunkLines(int chunkLines) {
      this.chunkLines = chunkLines;
      return this;
    }

    /** The reader; building it is costly (the validator), reading is not. */
    public CjgJsonReader build() {
      return new CjgJsonReader(this);
    }
  }
}
