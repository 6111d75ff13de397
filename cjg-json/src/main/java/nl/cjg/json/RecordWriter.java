package nl.cjg.json;

/**
 * Writes records one at a time to a stream — JSON Lines, one large array, or a dataset — in
 * constant memory. Closing ends the output (closes the array) and closes the stream. I/O failures
 * are thrown as {@link java.io.UncheckedIOException}. Not thread-safe.
 */
public interface RecordWriter extends AutoCloseable {
  /**
   * Writes one record.
   *
   * @param value a value of the model (for a dataset: of one of its record types)
   */
  void write(Object value);

  /** Passes what was written on to the stream. */
  void flush();

  @Override
  void close();
}
