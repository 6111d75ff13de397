package nl.cjg.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;
import java.util.stream.Collector;

/**
 * Collects the records of a JSON Lines stream on several threads, the calling thread one of them:
 * each thread claims the next chunk of whole lines ({@link LineChunks}), decodes and validates its
 * lines into an accumulator of the chunk's own, and the chunks' accumulators are combined in the
 * order of the input by whichever thread completes the chunk that is next in line. For a collector
 * whose combiner is associative (as every {@code java.util.stream} collector's must be) the result
 * is exactly that of collecting the sequential records; with fail-fast, nothing after the first bad
 * record is collected; a failure (of the input or of the collector) is that of the first chunk, in
 * input order, that failed. Used once.
 *
 * @param <T> the type of every line
 */
final class ParallelLines<T> {
  private final ReaderSettings settings;
  private final Supplier<LineRecords.LineDecoder<T>> decoders;
  private final int chunkLines;

  /**
   * @param decoders makes the decoder of one thread
   * @param chunkLines the most lines in a chunk
   */
  ParallelLines(ReaderSettings settings, Supplier<LineRecords.LineDecoder<T>> decoders, int chunkLines) {
    this.settings = settings;
    this.decoders = decoders;
    this.chunkLines = chunkLines;
  }

  /**
   * Reads the stream to its end (or to the first bad record, failing fast) on {@code threads}
   * threads, closes it and returns the collected result. With one thread the calling thread reads
   * the lines alone, without cutting them into chunks.
   *
   * @throws IllegalArgumentException when {@code threads} is less than 1
   */
  <A, R> R collect(InputStream json, Collector<? super RecordResult<T>, A, R> collector, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    if (threads == 1) {
      try (LineRecords<T> records = new LineRecords<>(json, settings, 0, decoders.get())) {
        A accumulated = collector.supplier().get();
        while (records.hasNext()) {
          collector.accumulator().accept(accumulated, records.next());
        }
        return collector.finisher().apply(accumulated);
      }
    }
    Run<A> run = new Run<>(new LineChunks<>(json, settings, 0, chunkLines, threads), collector);
    ExecutorService helpers = LineChunks.threads(threads - 1);
    try {
      List<Future<?>> helping = new ArrayList<>();
      for (int i = 1; i < threads; i++) {
        helping.add(helpers.submit(run::work));
      }
      run.work();
      for (Future<?> help : helping) {
        await(help);
      }
    } finally {
      helpers.shutdownNow();
      run.chunks.close();
    }
    return run.result(collector);
  }

  private static void await(Future<?> future) {
    try {
      future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new InterruptedIOException("interrupted while reading in parallel"));
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause()); // work() hands every failure to its chunk
    }
  }

  /** One collection: the chunks, and the total of the accumulators combined so far. */
  private final class Run<A> {
    final LineChunks<T, Accumulated<A>> chunks;
    private final Supplier<A> supplier;
    private final BiConsumer<A, ? super RecordResult<T>> accumulator;
    private final BinaryOperator<A> combiner;
    private A total;
    private boolean stopped;
    private Throwable failure;

    Run(LineChunks<T, Accumulated<A>> chunks, Collector<? super RecordResult<T>, A, ?> collector) {
      this.chunks = chunks;
      this.supplier = collector.supplier();
      this.accumulator = collector.accumulator();
      this.combiner = collector.combiner();
      this.total = supplier.get();
    }

    /** Claims, decodes and completes chunks until there are none, combining what is next in line. */
    void work() {
      LineChunks.Chunk<T> chunk = chunks.newChunk();
      LineRecords.LineDecoder<T> decoder = decoders.get();
      try {
        for (long position = chunks.claim(chunk); position >= 0; position = chunks.claim(chunk)) {
          try {
            A accumulated = supplier.get();
            boolean stop =
                chunk.decode(
                    decoder,
                    record -> {
                      accumulator.accept(accumulated, record);
                      return !settings.failFast() || record.isValid();
                    });
            chunks.complete(position, new Accumulated<>(accumulated, stop));
          } catch (IOException e) {
            chunks.fail(position, new UncheckedIOException(e));
          } catch (RuntimeException | Error e) {
            chunks.fail(position, e);
          }
          combine();
        }
        combine();
      } finally {
        decoder.close();
      }
    }

    /** Combines the completed chunks that are next in input order. */
    private synchronized void combine() {
      while (!stopped) {
        Accumulated<A> next;
        try {
          next = chunks.poll();
        } catch (RuntimeException | Error e) {
          failure = e;
          stop();
          return;
        }
        if (next == null) {
          return;
        }
        total = combiner.apply(total, next.value);
        if (next.stopped) {
          stop();
        }
      }
    }

    private void stop() {
      stopped = true;
      chunks.stop();
    }

    synchronized <R> R result(Collector<? super RecordResult<T>, A, R> collector) {
      if (failure instanceof Error) {
        throw (Error) failure;
      }
      if (failure != null) {
        throw (RuntimeException) failure;
      }
      return collector.finisher().apply(total);
    }
  }

  /** What a thread made of a chunk: its accumulator, and whether fail-fast stopped the reading in it. */
  private static final class Accumulated<A> {
    final A value;
    final boolean stopped;

    Accumulated(A value, boolean stopped) {
      this.value = value;
      this.stopped = stopped;
    }
  }
}
