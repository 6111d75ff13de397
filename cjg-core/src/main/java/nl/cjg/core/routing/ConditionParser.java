package nl.cjg.core.routing;

import java.util.Optional;
import java.util.function.Function;
import nl.cjg.core.casus.Leefgebied;

/**
 * Reads one condition of the rule language, {@code <subject> <comparison> <value>}, into a
 * {@link Condition}. The subjects, their values and the comparisons are listed in
 * {@code docs/routing-rules.md}.
 */
final class ConditionParser {
  /** The largest number a condition may compare with. */
  static final int MAX_NUMBER = 9999;

  private enum ValueKind { NUMBER, SEVERITY, YES_NO }

  private record Subject(int feature, ValueKind kind, String text) {}

  private ConditionParser() {}

  /**
   * The condition {@code text}.
   *
   * @throws RuleError when the text is not a condition, or names an unknown code
   */
  static Condition parse(String text) throws RuleError {
    String condition = CodeLists.normalise(text);
    int at = operatorStart(condition);
    if (at < 0) {
      throw new RuleError(
          RuleProblem.Kind.SYNTAX, "a condition needs a comparison (<, <=, =, >=, >): '" + text.strip() + "'");
    }
    if (at > 0 && condition.charAt(at - 1) == '!') {
      throw new RuleError(RuleProblem.Kind.SYNTAX, "unknown comparison '!='; use <, <=, =, >= or >");
    }
    boolean twoCharacters =
        condition.charAt(at) != '=' && at + 1 < condition.length() && condition.charAt(at + 1) == '=';
    int end = twoCharacters ? at + 2 : at + 1;
    String operator = condition.substring(at, end);
    String left = condition.substring(0, at).strip();
    String right = condition.substring(end).strip();
    if (operatorStart(right) >= 0) {
      throw new RuleError(RuleProblem.Kind.SYNTAX, "a condition holds one comparison: '" + text.strip() + "'");
    }
    if (left.isEmpty() || right.isEmpty()) {
      throw new RuleError(RuleProblem.Kind.SYNTAX, "a comparison needs a subject and a value: '" + text.strip() + "'");
    }
    Subject subject = subject(left);
    int value;
    String shown;
    switch (subject.kind()) {
      case NUMBER -> {
        value = number(right);
        shown = String.valueOf(value);
      }
      case SEVERITY -> {
        Ernst ernst = code(Ernst::fromCode, right, "severity (ernst)");
        value = ernst.ordinal();
        shown = ernst.code();
      }
      default -> {
        if (!operator.equals("=")) {
          throw new RuleError(RuleProblem.Kind.SYNTAX, "'" + subject.text() + "' is ja or nee: compare it with =");
        }
        value = yesNo(right);
        shown = right;
      }
    }
    return interval(subject, operator, value, subject.text() + " " + operator + " " + shown);
  }

  private static int operatorStart(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '<' || c == '>' || c == '=') {
        return i;
      }
    }
    return -1;
  }

  private static Condition interval(Subject subject, String operator, int value, String text) {
    int feature = subject.feature();
    return switch (operator) {
      case "<" -> new Condition(feature, Integer.MIN_VALUE, value - 1, text);
      case "<=" -> new Condition(feature, Integer.MIN_VALUE, value, text);
      case ">" -> new Condition(feature, value + 1, Integer.MAX_VALUE, text);
      case ">=" -> new Condition(feature, value, Integer.MAX_VALUE, text);
      default -> new Condition(feature, value, value, text);
    };
  }

  private static Subject subject(String text) throws RuleError {
    switch (text) {
      case "leeftijd":
        return new Subject(Features.AGE, ValueKind.NUMBER, text);
      case "hoogste ernst":
        return new Subject(Features.HIGHEST, ValueKind.SEVERITY, text);
      case "professionals":
        return new Subject(Features.PROFESSIONALS, ValueKind.NUMBER, text);
      case "samenwerking met ouders mogelijk":
        return new Subject(Features.COOPERATION, ValueKind.YES_NO, text);
      case "toestemming":
        return new Subject(Features.CONSENT, ValueKind.YES_NO, text);
      case "elders in behandeling":
        return new Subject(Features.ELSEWHERE, ValueKind.YES_NO, text);
      case "zorgcoördinator bekend":
        return new Subject(Features.COORDINATOR, ValueKind.YES_NO, text);
      case "in verwijsindex":
        return new Subject(Features.VERWIJSINDEX, ValueKind.YES_NO, text);
      case "samenwerking professionals onvoldoende":
        return new Subject(Features.PROFESSIONALS_COOPERATION, ValueKind.YES_NO, text);
      case "hulpverlening stagneert":
        return new Subject(Features.STAGNATION, ValueKind.YES_NO, text);
      case "herstel geprobeerd":
        return new Subject(Features.REPAIR_TRIED, ValueKind.YES_NO, text);
      case "procesregie zonder resultaat":
        return new Subject(Features.PROCESREGIE_FAILED, ValueKind.YES_NO, text);
      default:
        break;
    }
    if (text.startsWith("ernst ")) {
      Leefgebied leefgebied = code(LeefgebiedCodes::fromCode, text.substring(6), "leefgebied");
      return new Subject(
          Features.ERNST_FIRST + leefgebied.ordinal(), ValueKind.SEVERITY, "ernst " + LeefgebiedCodes.code(leefgebied));
    }
    if (text.startsWith("leefgebieden vanaf ")) {
      Ernst ernst = code(Ernst::fromCode, text.substring(19), "severity (ernst)");
      return new Subject(
          Features.COUNT_FIRST + ernst.ordinal(), ValueKind.NUMBER, "leefgebieden vanaf " + ernst.code());
    }
    if (text.startsWith("signaal ")) {
      Veiligheidssignaal signaal = code(Veiligheidssignaal::fromCode, text.substring(8), "safety signal (signaal)");
      return new Subject(Features.SIGNAL_FIRST + signaal.ordinal(), ValueKind.YES_NO, "signaal " + signaal.code());
    }
    if (text.startsWith("omstandigheid ")) {
      Omstandigheid omstandigheid = code(Omstandigheid::fromCode, text.substring(14), "circumstance (omstandigheid)");
      return new Subject(Features.CIRCUMSTANCE_FIRST + omstandigheid.ordinal(), ValueKind.YES_NO,
          "omstandigheid " + omstandigheid.code());
    }
    throw new RuleError(RuleProblem.Kind.SYNTAX, "unknown subject '" + text + "'");
  }

  /** The constant with {@code text} as code, or a problem naming {@code what}. */
  static <E> E code(Function<String, Optional<E>> lookup, String text, String what) throws RuleError {
    Optional<E> found = lookup.apply(text);
    if (found.isEmpty()) {
      throw new RuleError(RuleProblem.Kind.UNKNOWN_CODE, "unknown " + what + " '" + text.strip() + "'");
    }
    return found.get();
  }

  private static int number(String text) throws RuleError {
    if (!text.matches("\\d{1,4}")) {
      throw new RuleError(
          RuleProblem.Kind.SYNTAX, "expected a whole number from 0 to " + MAX_NUMBER + ", not '" + text + "'");
    }
    return Integer.parseInt(text);
  }

  private static int yesNo(String text) throws RuleError {
    return switch (text) {
      case "ja" -> 1;
      case "nee" -> 0;
      default -> throw new RuleError(RuleProblem.Kind.SYNTAX, "expected ja or nee, not '" + text + "'");
    };
  }
}
