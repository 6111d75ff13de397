package nl.cjg.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * Hands the lines of a JSON Lines input to several threads in chunks of whole lines, and gives back
 * what the threads made of each chunk in the order of the input. There is no thread that only cuts:
 * a thread claims the next chunk by cutting it from the input itself (one thread at a time, with
 * the line checks of the sequential reader: length, blank lines, byte order marks), into a buffer
 * of its own that it reuses, and then decodes it while another thread cuts. At most a window of
 * chunks is claimed and not yet taken, so memory stays bounded whatever the input's length. A
 * buffer is made once per thread, below the size at which G1 treats an array as humongous (half a
 * region of at least 1 MB), and grows only for a line longer than itself.
 *
 * @param <T> the type of every line
 * @param <V> what a thread makes of a chunk
 */
final class LineChunks<T, V> {
  /** A chunk holds at most this many lines by default ... */
  static final int CHUNK_LINES = 2048;
  /** ... and is full once it holds this many bytes. */
  private static final int CHUNK_BYTES = 1 << 18;

  private final Object input = new Object();
  private final LineRecords<T> lines;
  private final int chunkLines;
  private final int window;
  private final Map<Long, Outcome<V>> outcomes = new HashMap<>();
  private volatile long claimed;
  private volatile boolean inputEnded;
  private volatile boolean stopped;
  private long taken;

  /**
   * @param firstIndex the index of the first line's record: 0, or -1 when the first line is a header
   * @param threads the threads that claim chunks
   */
  LineChunks(InputStream in, ReaderSettings settings, long firstIndex, int chunkLines, int threads) {
    this.lines = new LineRecords<>(in, settings, firstIndex, new Capture<>());
    this.chunkLines = chunkLines;
    this.window = 4 * threads;
  }

  /** A pool of daemon threads to claim chunks. */
  static ExecutorService threads(int count) {
    return Executors.newFixedThreadPool(
        count,
        task -> {
          Thread thread = new Thread(task, "cjg-json-lines");
          thread.setDaemon(true);
          return thread;
        });
  }

  /** A buffer for one thread's chunks. */
  Chunk<T> newChunk() {
    return new Chunk<>(chunkLines);
  }

  /**
   * Cuts the next chunk of the input into the thread's buffer, waiting while the window is full.
   *
   * @return the chunk's position in the input, from 0; -1 when there is no more to claim (the input
   *     ended, reading stopped, or cutting failed, which is then the outcome of that position)
   */
  long claim(Chunk<T> chunk) {
    synchronized (this) {
      while (!stopped && claimed - taken >= window) {
        try {
          wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return -1;
        }
      }
    }
    synchronized (input) {
      if (stopped || inputEnded) {
        return -1;
      }
      long position = claimed;
      chunk.clear();
      try {
        if (!lines.hasNext()) {
          end();
          return -1;
        }
        claimed = position + 1;
        chunk.fill(lines);
        if (!lines.hasNext()) {
          end();
        }
        return position;
      } catch (RuntimeException | Error e) {
        if (chunk.size == 0) {
          fail(position, e);
          end();
          return -1;
        }
        // The lines cut before the failure are given first, as the sequential reader gives them.
        claimed = position + 2;
        fail(position + 1, e);
        end();
        return position;
      }
    }
  }

  /** Gives what a thread made of the chunk at a position. */
  synchronized void complete(long position, V value) {
    outcomes.put(position, new Outcome<>(value, null));
    notifyAll();
  }

  /** Gives the failure of a thread on the chunk at a position (taking it throws the failure), and claims no more chunks. */
  synchronized void fail(long position, Throwable failure) {
    outcomes.put(position, new Outcome<>(null, failure));
    stopped = true;
    notifyAll();
  }

  /** The outcome of the next chunk in input order, if complete; null otherwise or after the last. */
  synchronized V poll() {
    Outcome<V> outcome = outcomes.remove(taken);
    return outcome == null ? null : take(outcome);
  }

  /**
   * The outcome of the next chunk in input order, waiting for it.
   *
   * @return the outcome, or null after the last chunk
   * @throws InterruptedException when interrupted while waiting
   */
  synchronized V next() throws InterruptedException {
    while (!outcomes.containsKey(taken)) {
      if ((inputEnded || stopped) && taken >= claimed) {
        return null;
      }
      wait();
    }
    return take(outcomes.remove(taken));
  }

  /** Claims no more chunks; chunks already claimed are still completed and can be taken. */
  void stop() {
    stopped = true;
    synchronized (this) {
      notifyAll();
    }
  }

  /** Stops and closes the input, once no thread is cutting from it. */
  void close() {
    stop();
    synchronized (input) {
      lines.close();
    }
  }

  private V take(Outcome<V> outcome) {
    taken++;
    notifyAll();
    if (outcome.failure instanceof RuntimeException) {
      throw (RuntimeException) outcome.failure;
    }
    if (outcome.failure instanceof Error) {
      throw (Error) outcome.failure;
    }
    if (outcome.failure != null) {
      throw new IllegalStateException(outcome.failure);
    }
    return outcome.value;
  }

  private void end() {
    inputEnded = true;
    synchronized (this) {
      notifyAll();
    }
  }

  private static final class Outcome<V> {
    final V value;
    final Throwable failure;

    Outcome(V value, Throwable failure) {
      this.value = value;
      this.failure = failure;
    }
  }

  /** Keeps a line that passed the line checks for the thread that claims it, instead of decoding it while cutting. */
  private static final class Capture<T> implements LineRecords.LineDecoder<T> {
    @Override
    @SuppressWarnings("unchecked")
    public RecordResult<T> decode(long index, long line, byte[] bytes, int offset, int length) {
      return new RecordResult<>(index, line, null, (ReadResult<T>) ReadResult.of(new Line(bytes, offset, length)));
    }
  }

  /** The bytes of a captured line, valid until the next line is cut. */
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

  /**
   * Consecutive lines: their bytes copied together, or the result of a line that failed its line
   * checks. Reused by one thread for chunk after chunk. Not thread-safe.
   */
  static final class Chunk<T> {
    private byte[] data = new byte[CHUNK_BYTES];
    private int dataLength;
    private int size;
    private final long[] indexes;
    private final long[] lineNumbers;
    private final int[] starts;
    private final int[] lengths;
    private final RecordResult<?>[] checked;

    private Chunk(int chunkLines) {
      indexes = new long[chunkLines];
      lineNumbers = new long[chunkLines];
      starts = new int[chunkLines];
      lengths = new int[chunkLines];
      checked = new RecordResult<?>[chunkLines];
    }

    /** Empties the chunk. */
    private void clear() {
      Arrays.fill(checked, 0, size, null);
      size = 0;
      dataLength = 0;
    }

    /**
     * Fills the empty chunk from the input: at least one line, which it must have. When reading
     * fails, the chunk keeps the lines cut before the failure.
     */
    private void fill(LineRecords<T> lines) {
      do {
        add(lines.next());
      } while (size < indexes.length && dataLength < CHUNK_BYTES && lines.hasNext());
    }

    private void add(RecordResult<T> record) {
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
        checked[size] = null;
      } else {
        checked[size] = record;
      }
      indexes[size] = record.index();
      lineNumbers[size] = record.line();
      size++;
    }

    /**
     * Decodes the chunk's lines in order and gives each record to the sink, until the sink says to
     * stop.
     *
     * @return whether the sink stopped the chunk
     */
    @SuppressWarnings("unchecked")
    boolean decode(LineRecords.LineDecoder<T> decoder, Predicate<RecordResult<T>> sink) throws IOException {
      for (int i = 0; i < size; i++) {
        RecordResult<T> record =
            checked[i] != null ? (RecordResult<T>) checked[i] : decoder.decode(indexes[i], lineNumbers[i], data, starts[i], lengths[i]);
        if (!sink.test(record)) {
          return true;
        }
      }
      return false;
    }
  }
}
