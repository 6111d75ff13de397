package nl.cjg.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * The records of a JSON Lines input in the order of the input, decoded ahead on worker threads:
 * each worker claims the next chunk of whole lines ({@link LineChunks}), decodes and validates its
 * lines into a list, and the caller takes the lists in input order, so that it sees exactly the
 * records of the sequential reader. The workers stay at most a few chunks ahead of the caller.
 * Closing stops them and closes the stream. Not thread-safe: one caller.
 *
 * @param <T> the type of the records
 */
final class ParallelRecords<T> extends LookaheadRecords<T> {
  private final LineChunks<T, List<RecordResult<T>>> chunks;
  private final ExecutorService workers;
  private final boolean failFast;
  private Iterator<RecordResult<T>> current = Collections.emptyIterator();

  /**
   * @param firstIndex the index of the first line's record: 0, or -1 when the first line is a header
   * @param decoders makes the decoder of one worker
   * @param threads the number of workers
   */
  ParallelRecords(
      InputStream in, ReaderSettings settings, long firstIndex, Supplier<LineRecords.LineDecoder<T>> decoders, int chunkLines, int threads) {
    super(settings);
    this.failFast = settings.failFast();
    this.chunks = new LineChunks<>(in, settings, firstIndex, chunkLines, threads);
    this.workers = LineChunks.threads(threads);
    for (int i = 0; i < threads; i++) {
      workers.execute(() -> work(decoders.get()));
    }
  }

  @Override
  RecordResult<T> advance() {
    while (!current.hasNext()) {
      List<RecordResult<T>> next;
      try {
        next = chunks.next();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new UncheckedIOException(new InterruptedIOException("interrupted while reading ahead"));
      }
      if (next == null) {
        return null;
      }
      current = next.iterator();
    }
    return current.next();
  }

  @Override
  public void close() {
    workers.shutdownNow();
    chunks.close();
  }

  /** Claims and decodes chunks until there are none. */
  private void work(LineRecords.LineDecoder<T> decoder) {
    LineChunks.Chunk<T> chunk = chunks.newChunk();
    try {
      for (long position = chunks.claim(chunk); position >= 0; position = chunks.claim(chunk)) {
        List<RecordResult<T>> records = new ArrayList<>();
        try {
          boolean stop =
              chunk.decode(
                  decoder,
                  record -> {
                    records.add(record);
                    return !failFast || record.isValid();
                  });
          chunks.complete(position, records);
          if (stop) {
            chunks.stop();
          }
        } catch (IOException e) {
          chunks.fail(position, new UncheckedIOException(e));
        } catch (RuntimeException | Error e) {
          chunks.fail(position, e);
        }
      }
    } finally {
      decoder.close();
    }
  }
}
