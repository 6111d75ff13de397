package nl.cjg.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.OptionalLong;

/**
 * The elements of one large top-level JSON array, read one at a time in constant memory. A bad
 * element becomes a record with its problems and reading goes on; broken JSON, an element over the
 * record limit or content after the array ends the stream with a record holding that problem.
 * Pointers are into the whole document ({@code /17/naam}). Not thread-safe.
 *
 * @param <T> the type of the elements
 */
final class ArrayRecords<T> extends LookaheadRecords<T> {
  private final JsonFactory factory;
  private final RecordBudget budget;
  private JsonParser parser;
  private final Codec<T> codec;
  private final ReaderSettings settings;
  private boolean cannotGoOn;
  private final BusinessRules rules;
  private final ProblemCode prefixProblem;
  private long index;
  private boolean started;

  /**
   * @param rules business validation of each element, or null for none
   * @param prefixProblem what is wrong with the first bytes (see {@link Parsing#prefixProblem}), or null
   */
  ArrayRecords(
      JsonFactory factory, RecordBudget budget, Codec<T> codec, ReaderSettings settings, BusinessRules rules, ProblemCode prefixProblem) {
    super(settings);
    this.prefixProblem = prefixProblem;
    this.factory = factory;
    this.budget = budget;
    this.codec = codec;
    this.settings = settings;
    this.rules = rules;
  }

  @Override
  public void close() {
    try {
      if (parser != null) {
        parser.close();
      }
      budget.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The next record, or null at the end; sets {@link #cannotGoOn} when the input cannot be read on. */
  @Override
  boolean stopAfterCurrent() {
    return cannotGoOn;
  }

  @Override
  RecordResult<T> advance() {
    ReadContext context = new ReadContext(settings, 0);
    budget.reset(settings.limits().maxRecordLength());
    long line = 1;
    try {
      if (!started) {
        started = true;
        if (prefixProblem != null) {
          cannotGoOn = true;
          context.reportLine(prefixProblem);
          return record(line, null, context);
        }
        parser = new LimitedParser(factory.createParser(budget), settings.limits());
        if (parser.nextToken() != JsonToken.START_ARRAY) {
          cannotGoOn = true;
          context.wrongType(parser, ValueKind.ARRAY);
          return record(line, null, context);
        }
      }
      JsonToken token = parser.nextToken();
      line = parser.currentTokenLocation().getLineNr();
      if (token == JsonToken.END_ARRAY) {
        cannotGoOn = true;
        Parsing.requireEnd(parser, context);
        return context.hasProblems() ? record(line, null, context) : null;
      }
      if (index >= settings.limits().maxRecords()) {
        cannotGoOn = true;
        context.report(parser, ProblemCode.LIMIT_RECORDS, Parsing.argument(ProblemCode.LIMIT_RECORDS, context));
        return record(line, null, context);
      }
      T value = null;
      if (token == JsonToken.VALUE_NULL) {
        context.report(parser, ProblemCode.NULL);
      } else {
        value = codec.read(parser, context);
      }
      if (value != null && !context.hasProblems() && rules != null) {
        rules.check(value, context, OptionalLong.of(line));
      }
      return record(line, value, context);
    } catch (RecordBudget.Exceeded e) {
      cannotGoOn = true;
      context.reportLast(parser.currentLocation(), ReadContext.pointer(parser), ProblemCode.LIMIT_RECORD, settings.limits().maxRecordLength());
    } catch (Utf8CheckingInputStream.Malformed e) {
      cannotGoOn = true;
      Parsing.reportMalformed(context, e);
    } catch (JsonProcessingException | CharConversionException e) {
      cannotGoOn = true;
      Parsing.reportFailure(parser, context, e);
    } catch (ReadContext.StopReading e) {
      cannotGoOn = true; // the parser is inside the element: the stream cannot go on
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return record(line, null, context);
  }

  private RecordResult<T> record(long line, T value, ReadContext context) {
    ReadResult<T> result = context.hasProblems() ? ReadResult.failed(context.problems()) : ReadResult.of(value);
    return new RecordResult<>(index++, line, null, result);
  }
}
