package nl.cjg.core.validation.internal;

import java.util.List;

/**
 * The business rules of one package, each defined once with its id, type, path and check. An
 * implementation is a package-private class with a constructor without parameters, named by
 * {@link Rules} on the value types it checks; its rules are listed in {@code docs/validation-rules.md}.
 */
public interface RuleTable {
  /**
   * The rules of this table, in the order of the rule catalogue. One rule id may have several
   * entries when it reports at different paths.
   *
   * @return the rules
   */
  List<Rule<?>> rules();
}
