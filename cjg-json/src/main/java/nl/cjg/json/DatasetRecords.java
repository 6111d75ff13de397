package nl.cjg.json;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import nl.cjg.core.validation.CjgValidator;

/**
 * A dataset being read: its {@link #header()} (the first line), then its records one at a time in
 * constant memory, each with its record type, value or problems. A bad record does not end the
 * stream (unless the reader fails fast); a bad header does: then there are no records. Closing
 * closes the stream. Not thread-safe. A reader built with more than one thread
 * ({@link CjgJsonReader.Builder#threads(int)}) decodes and checks the records ahead on worker
 * threads and gives them in the order of the input, so that everything read — records, their
 * problems and line numbers, the dataset rules' problems — is what one thread reads; closing then
 * also stops those threads.
 *
 * <p>By default every valid record is also given, with its line, to the dataset rules across
 * records ({@code DATASET-nnn}: references resolve, no kenmerk or partner twice, …), which keep
 * only the keys they need; their problems are in {@link #datasetProblems()} once every record has
 * been read.
 */
public final class DatasetRecords implements Records<Object> {
  private final Records<Object> lines;
  private final ReaderSettings settings;
  private final BusinessRules datasetRules;
  private ReadResult<DatasetHeader> header;
  private CjgValidator.DatasetCheck check;
  private List<Problem> datasetProblems;

  /**
   * @param lines the records of every line, the header first (index -1)
   * @param datasetRules the dataset rules, or null for none
   */
  DatasetRecords(Records<Object> lines, ReaderSettings settings, BusinessRules datasetRules) {
    this.lines = lines;
    this.settings = settings;
    this.datasetRules = datasetRules;
  }

  /**
   * The header, read from the first line on the first call.
   *
   * @return the header, or the problems of the first line: {@code DATASET-NO-HEADER} first when it
   *     is no dataset header at all (then followed by what else is wrong with the line), or
   *     {@code DATASET-HEADER} when it is a header of a version this library does not read
   */
  public ReadResult<DatasetHeader> header() {
    if (header == null) {
      header = readHeader();
      if (datasetRules != null) {
        header.value().ifPresent(read -> check = datasetRules.datasetCheck(read.peildatum()));
      }
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
    RecordResult<Object> record = lines.next();
    if (check != null) {
      record.value().ifPresent(value -> check.add(value, record.line()));
    }
    return record;
  }

  /**
   * The problems of the dataset rules across the records, each at the line of the record it was
   * found in; its message names the other record involved by its line. Complete once every record
   * has been read ({@link #hasNext()} false); warnings ({@link Problem#warning()}) do not make the
   * dataset invalid. Empty when the header is bad or the reader checks no dataset rules
   * ({@link CjgJsonReader.Builder#datasetRules(boolean)}).
   *
   * @return the problems, by line
   * @throws IllegalStateException when records are still to be read
   */
  public List<Problem> datasetProblems() {
    if (hasNext()) {
      throw new IllegalStateException("the dataset rules are checked once every record has been read");
    }
    if (datasetProblems == null) {
      datasetProblems = check == null ? List.of() : check.result().violations().stream().map(BusinessRules::problem).toList();
    }
    return datasetProblems;
  }

  @Override
  public void close() {
    lines.close();
  }

  private ReadResult<DatasetHeader> readHeader() {
    if (!lines.hasNext()) {
      ReadContext context = new ReadContext(settings, 0);
      context.reportLine(ProblemCode.NO_DATASET_HEADER, DatasetHeader.SCHEMA_VERSION);
      return ReadResult.failed(context.problems());
    }
    RecordResult<Object> first = lines.next();
    if (first.isValid()) {
      return ReadResult.of((DatasetHeader) first.value().orElseThrow());
    }
    return isNoHeader(first) ? withNoHeader(first) : ReadResult.failed(first.problems());
  }

  /**
   * Whether a first line that failed is no header at all: not a {@code "type":"dataset"} object,
   * nor a line whose bytes cannot be read (a byte order mark or bad UTF-8 may hide a header).
   */
  private static boolean isNoHeader(RecordResult<Object> first) {
    List<String> codes = first.result().codes();
    return first.type().isEmpty()
        && !codes.contains(ProblemCode.BYTE_ORDER_MARK.code())
        && !codes.contains(ProblemCode.ENCODING.code())
        && !codes.contains(ProblemCode.NO_DATASET_HEADER.code());
  }

  /** The problems of the first line, after the one that says the file has no header. */
  private ReadResult<DatasetHeader> withNoHeader(RecordResult<Object> first) {
    ReadContext context = new ReadContext(settings, first.line() - 1);
    context.reportLine(ProblemCode.NO_DATASET_HEADER, DatasetHeader.SCHEMA_VERSION);
    List<Problem> problems = new ArrayList<>(context.problems());
    problems.addAll(first.problems());
    return ReadResult.failed(problems);
  }
}
