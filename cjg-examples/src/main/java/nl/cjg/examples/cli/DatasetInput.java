package nl.cjg.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import nl.cjg.json.DatasetHeader;
import nl.cjg.json.DatasetRecords;
import nl.cjg.json.Problem;
import nl.cjg.json.ReadResult;
import nl.cjg.json.RecordResult;

/**
 * The records of a dataset a command reads, in the order of the input, with the header and the
 * problems of the dataset rules: the one place that decides how a command reads a dataset. With
 * one thread the command's thread reads and checks each record itself; with more, a reading thread
 * reads and checks the records ahead (the library's {@link DatasetRecords}: decoding, every record
 * rule, the dataset rules) and hands them over in batches, while the command's thread counts, routes
 * and writes the ones before. Either way the command sees the same records, in the same order.
 * Close it when done. Not thread-safe: one command, one thread.
 */
final class DatasetInput implements AutoCloseable {
  /** Records handed over at once. */
  static final int BATCH = 256;
  /** Batches read ahead at most: the memory of the read-ahead stays bounded. */
  private static final int AHEAD = 8;

  private final DatasetRecords records;
  private final ReadAhead ahead;
  private List<RecordResult<Object>> batch = List.of();
  private int position;

  private DatasetInput(DatasetRecords records, boolean readAhead) {
    this.records = records;
    this.ahead = readAhead && records.header().isValid() ? new ReadAhead() : null;
  }

  /**
   * The records of a dataset being read.
   *
   * @param records the dataset, not read yet beyond its header
   * @param threads the threads the run may use: more than one reads ahead on a thread of its own
   */
  static DatasetInput of(DatasetRecords records, int threads) {
    return new DatasetInput(records, threads > 1);
  }

  /** The header of the dataset, or the problems of its first line. */
  ReadResult<DatasetHeader> header() {
    return records.header();
  }

  /**
   * Whether there is another record.
   *
   * @throws java.io.UncheckedIOException when the input cannot be read
   */
  boolean hasNext() {
    if (ahead == null) {
      return records.hasNext();
    }
    if (position == batch.size() && !ahead.finished) {
      batch = ahead.take();
      position = 0;
    }
    return position < batch.size();
  }

  /** The next record, with its line, value or problems. */
  RecordResult<Object> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return ahead == null ? records.next() : batch.get(position++);
  }

  /** The problems of the dataset rules across the records; once every record has been read. */
  List<Problem> datasetProblems() {
    if (hasNext()) {
      throw new IllegalStateException("the dataset rules are checked once every record has been read");
    }
    return ahead == null ? records.datasetProblems() : ahead.datasetProblems;
  }

  /** Closes the input; a reading thread still reading stops and closes it itself. */
  @Override
  public void close() {
    if (ahead == null) {
      records.close();
    } else {
      ahead.close();
    }
  }

  /** The reading thread and what it hands over: batches of records, then the end or a failure. */
  private final class ReadAhead implements Runnable {
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
    private final Thread thread = new Thread(this, "cjg-read-ahead");
    private final Object lock = new Object();
    private boolean finished;
    private List<Problem> datasetProblems;
    private boolean readerDone;
    private boolean abandoned;

    ReadAhead() {
      thread.setDaemon(true);
      thread.start();
    }

    @Override
    public void run() {
      List<RecordResult<Object>> next = new ArrayList<>(BATCH);
      try {
        while (records.hasNext()) {
          next.add(records.next());
          if (next.size() == BATCH) {
            queue.put(next);
            next = new ArrayList<>(BATCH);
          }
        }
        if (!next.isEmpty()) {
          queue.put(next);
        }
        queue.put(new End(records.datasetProblems()));
      } catch (InterruptedException e) {
        // the command stopped reading
      } catch (RuntimeException | Error failure) {
        handOver(next, new Failure(failure));
      } finally {
        boolean close;
        synchronized (lock) {
          readerDone = true;
          close = abandoned;
        }
        if (close) {
          records.close();
        }
      }
    }

    /** Hands over the records read before the failure, then the failure. */
    private void handOver(List<RecordResult<Object>> before, Failure failure) {
      try {
        if (!before.isEmpty()) {
          queue.put(before);
        }
        queue.put(failure);
      } catch (InterruptedException e) {
        // the command stopped reading
      }
    }

    /** The next batch, or an empty one at the end; rethrows what stopped the reading thread. */
    @SuppressWarnings("unchecked")
    List<RecordResult<Object>> take() {
      Object taken;
      try {
        taken = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for records", e);
      }
      if (taken instanceof End end) {
        finished = true;
        datasetProblems = end.datasetProblems;
        return List.of();
      }
      if (taken instanceof Failure failure) {
        finished = true;
        if (failure.cause instanceof Error error) {
          throw error;
        }
        throw (RuntimeException) failure.cause;
      }
      return (List<RecordResult<Object>>) taken;
    }

    /**
     * At the end, waits for the reading thread and closes the input here; before it, leaves the
     * closing to the reading thread, which stops at its next hand-over.
     */
    void close() {
      if (finished) {
        try {
          thread.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      boolean close;
      synchronized (lock) {
        abandoned = true;
        close = readerDone;
      }
      if (close) {
        records.close();
      } else {
        thread.interrupt();
      }
    }
  }

  /** The end of the records, with the problems of the dataset rules. */
  private record End(List<Problem> datasetProblems) {}

  /** What stopped the reading thread. */
  private record Failure(Throwable cause) {}
}
