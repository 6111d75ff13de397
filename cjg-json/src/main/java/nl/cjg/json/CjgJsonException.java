package nl.cjg.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by Jackson's {@code ObjectMapper} (with {@link CjgModule}) when JSON does not make a value
 * of the CJG model: it carries the same {@link Problem}s that {@link CjgJsonReader} would return,
 * in English. Its message never contains input text.
 */
public final class CjgJsonException extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  /** The problems; transient like Jackson's own processor reference. */
  private final transient List<Problem> problems;

  CjgJsonException(JsonParser parser, List<Problem> problems) {
    super(parser, problems.stream().map(Problem::describe).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found in the value. */
  public List<Problem> problems() {
    return problems;
  }
}
