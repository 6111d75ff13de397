package nl.cjg.json;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import nl.cjg.core.validation.CjgValidator;
import nl.cjg.core.validation.Violation;

/**
 * Runs business validation on a value that was read and turns each violation into a problem: the
 * rule id as code, the property path as a JSON Pointer. Immutable and thread-safe.
 */
final class BusinessRules {
  private final CjgValidator validator;

  BusinessRules(CjgValidator validator) {
    this.validator = validator;
  }

  /**
   * Reports every violation of {@code value} to {@code context}, at {@code line} when known. Should
   * a rule fail on the value instead of judging it (a validator that throws), the value is refused
   * with {@link ProblemCode#RULE_FAILURE} at the document's root: the failure's message, which may
   * quote the value, is not used, and nothing escapes the reader.
   */
  void check(Object value, ReadContext context, OptionalLong line) {
    List<Violation> violations;
    try {
      violations = validator.validate(value).violations();
    } catch (RuntimeException failure) {
      Problem.Builder problem =
          Problem.builder()
              .code(ProblemCode.RULE_FAILURE.code())
              .pointer("")
              .message(context.messages().format(ProblemCode.RULE_FAILURE.code()));
      line.ifPresent(problem::line);
      context.add(problem.build());
      return;
    }
    for (Violation violation : violations) {
      Problem.Builder problem =
          Problem.builder().code(violation.ruleId()).pointer(pointer(violation.path())).message(violation.message());
      line.ifPresent(problem::line);
      context.add(problem.build());
    }
  }

  /** A new check of the dataset rules for one dataset with this reference date. */
  CjgValidator.DatasetCheck datasetCheck(LocalDate peildatum) {
    return validator.datasetCheck(peildatum);
  }

  /**
   * The problem of a dataset rule's violation: at the line of its record, a warning when the
   * violation is one.
   */
  static Problem problem(Violation violation) {
    Problem.Builder problem = Problem.builder()
        .code(violation.ruleId())
        .pointer(pointer(violation.path()))
        .message(violation.message())
        .warning(violation.severity() == Violation.Severity.WARNING);
    violation.line().ifPresent(problem::line);
    return problem.build();
  }

  /**
   * The JSON Pointer of a validator path: {@code acties[2].effect} becomes {@code /acties/2/effect},
   * a map key {@code [a/b]} becomes {@code /a~1b}.
   */
  static String pointer(String path) {
    StringBuilder pointer = new StringBuilder();
    StringBuilder segment = new StringBuilder();
    boolean inBrackets = false;
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (inBrackets) {
        if (c == ']') {
          inBrackets = false;
          append(pointer, segment);
        } else {
          segment.append(c);
        }
      } else if (c == '.' || c == '[') {
        append(pointer, segment);
        inBrackets = c == '[';
      } else {
        segment.append(c);
      }
    }
    append(pointer, segment);
    return pointer.toString();
  }

  private static void append(StringBuilder pointer, StringBuilder segment) {
    if (segment.length() == 0) {
      return;
    }
    pointer.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
    segment.setLength(0);
  }
}
