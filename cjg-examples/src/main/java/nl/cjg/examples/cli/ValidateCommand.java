package nl.cjg.examples.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.cjg.json.Problem;
import nl.cjg.json.ReadResult;
import nl.cjg.json.DatasetRecords;
import nl.cjg.json.RecordResult;
import nl.cjg.json.RecordTypes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code cjg validate FILE}: reads a dataset, or a single record, strictly and with every business
 * rule — for a dataset also the dataset rules across its records, after each record's own —, and
 * prints every problem with its line, column, JSON Pointer, code and message. Exit 1 when there are
 * problems; warnings (an overdue agreement, DATASET-009) are printed but do not count.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {
  /** The most bytes of a single record read into memory. */
  static final int MAX_RECORD_BYTES = 16 * 1024 * 1024;

  @ParentCommand private Cjg cjg;

  @Parameters(paramLabel = "FILE", descriptionKey = "file")
  private String file;

  @Option(names = "--type", paramLabel = "TYPE")
  private Optional<String> type;

  @Mixin private ThreadsOption threads;

  @Override
  public Integer call() throws IOException {
    int threadCount = threads.threads();
    RecordTypes types = RecordTypes.standard();
    PrintStream out = cjg.terminal().out();
    try (BufferedInputStream in = new BufferedInputStream(Inputs.open(file, cjg.terminal()), Peek.LIMIT + 1)) {
      Optional<String> found = Peek.type(in);
      if (found.isPresent() && found.get().equals(RecordTypes.HEADER)) {
        return dataset(in, types, out, threadCount);
      }
      byte[] json = in.readNBytes(MAX_RECORD_BYTES + 1);
      if (json.length > MAX_RECORD_BYTES) {
        throw CliException.of("validate.recordTooLarge", file, MAX_RECORD_BYTES);
      }
      if (found.isPresent() && types.type(found.get()).isPresent()) {
        return typedRecord(json, types, out);
      }
      String name = type.orElse("casus");
      Class<?> recordType = types.type(name)
          .orElseThrow(() -> CliException.of("validate.unknownType", String.join(", ", types.names())));
      ReadResult<?> result = cjg.reader().read(json, recordType);
      result.problems().forEach(problem -> out.println(file + ":" + Positions.of(problem, json).describe()));
      return summary(out, 1, result.isValid() ? 0 : 1, result.problems().size());
    }
  }

  private Integer dataset(InputStream in, RecordTypes types, PrintStream out, int threadCount) {
    long records = 0;
    long bad = 0;
    long problems = 0;
    try (DatasetRecords dataset = Inputs.dataset(in, cjg, types, threadCount)) {
      for (Problem problem : dataset.header().problems()) {
        out.println(file + ":" + problem.describe());
        problems++;
      }
      while (dataset.hasNext()) {
        RecordResult<Object> record = dataset.next();
        records++;
        if (!record.isValid()) {
          bad++;
          for (Problem problem : record.problems()) {
            out.println(file + ":" + problem.describe());
            problems++;
          }
        }
      }
      Set<Long> broken = new HashSet<>();
      for (Problem problem : dataset.datasetProblems()) {
        out.println(file + ":" + problem.describe());
        if (!problem.warning()) {
          problems++;
          problem.line().ifPresent(broken::add);
        }
      }
      bad += broken.size();
    } catch (UncheckedIOException e) {
      throw CliException.of(e, "error.unreadable", file);
    }
    return summary(out, records, bad, problems);
  }

  /**
   * A record as a dataset line holds it (with {@code type}), over one line or several: read with
   * the same checks as a line of a dataset, positions as in the input.
   */
  private Integer typedRecord(byte[] json, RecordTypes types, PrintStream out) {
    RecordResult<Object> record = cjg.reader().readRecord(json, types);
    record.problems().forEach(problem -> out.println(file + ":" + Positions.of(problem, json).describe()));
    return summary(out, 1, record.isValid() ? 0 : 1, record.problems().size());
  }

  private Integer summary(PrintStream out, long records, long bad, long problems) {
    Messages messages = cjg.messages();
    cjg.summary().read(file, messages.text("count.records", records)).refused(bad, messages.text("count.badRecords", bad));
    if (problems == 0) {
      out.println(file + ": " + messages.text("validate.valid", records));
      return ExitCodes.OK;
    }
    out.println(file + ": " + messages.text("validate.problems", problems, bad, records));
    return ExitCodes.DATA_PROBLEMS;
  }
}
