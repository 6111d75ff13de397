package nl.cjg.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;
import java.util.stream.Collector;

/**
 * Collects the records of a JSON Lines stream on several threads: this thread cuts the input into
 * chunks of whole lines (checking each line's length, blank lines and byte order marks as the
 * sequential reader does), the workers decode and validate the lines of a chunk into an
 * accumulator of their own, and the chunks' accumulators are combined in the order of the input.
 * For a collector whose combiner is associative (as every {@code java.util.stream} collector's
 * must be) the result is exactly that of collecting the sequential records; with fail-fast,
 * nothing after the first bad record is collected. A few chunks are in flight at a time, so
 * memory stays bounded whatever the input's length. Used once.
 *
 * @param <T> the type of every line
 */
final class ParallelLines<T> {
  /** A chunk is handed to a worker when it holds this many lines ... */
  static final int CHUNK_LINES = 2048;
  /** ... or this many bytes. */
  private static final int CHUNK_BYTES = 1 << 20;
  private static final Object DEFERRED = new Object();

  private final ReaderSettings settings;
  private final Supplier<LineRecords.LineDecoder<T>> decoders;
  private final int chunkLines;

  /**
   * @param decoders makes the decoder of one chunk (each chunk is decoded by one thread)
   * @param chunkLines the most lines in a chunk
   */
  ParallelLines(ReaderSettings settings, Supplier<LineRecords.LineDecoder<T>> decoders, int chunkLines) {
    this.settings = settings;
    this.decoders = decoders;
    this.chunkLines = chunkLines;
  }

  /** Reads the stream to its end (or to the first bad record, failing fast), closes it and returns the collected result. */
  <A, R> R collect(InputStream json, Collector<? super RecordResult<T>, A, R> collector, int threads) {
    ExecutorService workers = Executors.newFixedThreadPool(threads, ParallelLines::worker);
    Deque<Future<Chunk<A>>> inFlight = new ArrayDeque<>();
    BinaryOperator<A> combiner = collector.combiner();
    A total = collector.supplier().get();
    boolean stopped = false;
    try (LineRecords<T> lines = new LineRecords<>(json, settings, 0, new Capture())) {
      Chunk<A> chunk = new Chunk<>();
      while (!stopped && lines.hasNext()) {
        chunk.add(lines.next());
        if (chunk.isFull()) {
          inFlight.add(submit(workers, chunk, collector));
          chunk = new Chunk<>();
          while (!stopped && inFlight.size() > 2 * threads) {
            Chunk<A> done = await(inFlight.poll());
            total = combiner.apply(total, done.accumulated);
            stopped = done.stopped;
          }
        }
      }
      if (!stopped && chunk.size > 0) {
        inFlight.add(submit(workers, chunk, collector));
      }
      while (!stopped && !inFlight.isEmpty()) {
        Chunk<A> done = await(inFlight.poll());
        total = combiner.apply(total, done.accumulated);
        stopped = done.stopped;
      }
    } finally {
      workers.shutdownNow();
    }
    return collector.finisher().apply(total);
  }

  private <A> Future<Chunk<A>> submit(ExecutorService workers, Chunk<A> chunk, Collector<? super RecordResult<T>, A, ?> collector) {
    return workers.submit(() -> chunk.decode(decoders.get(), collector.supplier(), collector.accumulator(), settings.failFast()));
  }

  private <A> Chunk<A> await(Future<Chunk<A>> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new InterruptedIOException("interrupted while reading in parallel"));
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    }
  }

  private static Thread worker(Runnable task) {
    Thread thread = new Thread(task, "cjg-json-lines");
    thread.setDaemon(true);
    return thread;
  }

  /** Keeps a line that passed the line checks for a worker, instead of decoding it here. */
  private final class Capture implements LineRecords.LineDecoder<T> {
    @Override
    @SuppressWarnings("unchecked")
    public RecordResult<T> decode(long index, long line, byte[] bytes, int offset, int length) {
      return new RecordResult<>(index, line, null, (ReadResult<T>) ReadResult.of(new Line(bytes, offset, length)));
    }
  }

  /** The bytes of a captured line, valid until the next line is read. */
  private static final class Line {
    final byte[] bytes;
    final int offset;
    final int length;

    Line(byte[] bytes, int offset, int length) {
      this.bytes = bytes;
      this.offset = offset;
      this.length = length;
    }
  }

  /** Consecutive lines: their bytes copied together, or the result of a line that failed its line checks. */
  private final class Chunk<A> {
    private byte[] data = new byte[64 * 1024];
    private int dataLength;
    private int size;
    private final long[] indexes = new long[chunkLines];
    private final long[] lineNumbers = new long[chunkLines];
    private final int[] starts = new int[chunkLines];
    private final int[] lengths = new int[chunkLines];
    private final RecordResult<?>[] checked = new RecordResult<?>[chunkLines];
    private A accumulated;
    private boolean stopped;

    boolean isFull() {
      return size == chunkLines || dataLength >= CHUNK_BYTES;
    }

    void add(RecordResult<T> record) {
      Object value = record.value().orElse(null);
      if (value instanceof Line) {
        Line line = (Line) value;
        if (dataLength + line.length > data.length) {
          data = Arrays.copyOf(data, Math.max(2 * data.length, dataLength + line.length));
        }
        System.arraycopy(line.bytes, line.offset, data, dataLength, line.length);
        starts[size] = dataLength;
        lengths[size] = line.length;
        dataLength += line.length;
      } else {
        checked[size] = record;
      }
      indexes[size] = record.index();
      lineNumbers[size] = record.line();
      size++;
    }

    @SuppressWarnings("unchecked")
    Chunk<A> decode(LineRecords.LineDecoder<T> decoder, Supplier<A> supplier, BiConsumer<A, ? super RecordResult<T>> accumulator, boolean failFast)
        throws IOException {
      accumulated = supplier.get();
      try {
        for (int i = 0; i < size && !stopped; i++) {
          RecordResult<T> record =
              checked[i] != null ? (RecordResult<T>) checked[i] : decoder.decode(indexes[i], lineNumbers[i], data, starts[i], lengths[i]);
          accumulator.accept(accumulated, record);
          stopped = failFast && !record.isValid();
        }
      } finally {
        decoder.close();
      }
      data = null;
      return this;
    }
  }
}
