package nl.cjg.json;

import java.io.InputStream;
import java.util.NoSuchElementException;

/**
 * A dataset being read: its {@link #header()} (the first line), then its records one at a time in
 * constant memory, each with its record type, value or problems. A bad record does not end the
 * stream (unless the reader fails fast); a bad header does: then there are no records. Closing
 * closes the stream. Not thread-safe.
 */
public final class DatasetRecords implements Records<Object> {
  private final LineRecords<Object> lines;
  private final ReaderSettings settings;
  private ReadResult<DatasetHeader> header;

  DatasetRecords(InputStream in, ReaderSettings settings, RecordDecoder decoder) {
    this.settings = settings;
    this.lines = new LineRecords<>(in, settings, -1, (index, line, bytes, length) -> decoder.decode(index, line, bytes, length, index < 0));
  }

  /**
   * The header, read from the first line on the first call.
   *
   * @return the header, or the problems of the first line ({@code DATASET-HEADER} among them when
   *     it is no header of a supported version)
   */
  public ReadResult<DatasetHeader> header() {
    if (header == null) {
      header = readHeader();
    }
    return header;
  }

  @Override
  public boolean hasNext() {
    return header().isValid() && lines.hasNext();
  }

  @Override
  public RecordResult<Object> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return lines.next();
  }

  @Override
  public void close() {
    lines.close();
  }

  private ReadResult<DatasetHeader> readHeader() {
    if (!lines.hasNext()) {
      ReadContext context = new ReadContext(settings, 0);
      context.reportLine(ProblemCode.DATASET_HEADER, DatasetHeader.SCHEMA_VERSION);
      return ReadResult.failed(context.problems());
    }
    RecordResult<Object> first = lines.next();
    return first.isValid() ? ReadResult.of((DatasetHeader) first.value().orElseThrow()) : ReadResult.failed(first.problems());
  }
}
