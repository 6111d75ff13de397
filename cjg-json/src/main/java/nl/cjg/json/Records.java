package nl.cjg.json;

import java.util.Iterator;

/**
 * The records of a stream, read one at a time as the caller asks for them, in constant memory.
 * Each {@link RecordResult} carries its value or its problems; a bad record does not end the
 * stream unless the reader fails fast or the input cannot be read on (broken JSON inside a large
 * array). Close it to release the input. Not thread-safe.
 *
 * @param <T> the type of the records
 */
public interface Records<T> extends Iterator<RecordResult<T>>, AutoCloseable {
  /** Closes the underlying input; the UncheckedIOException of a failing close is passed on. */
  @Override
  void close();
}
