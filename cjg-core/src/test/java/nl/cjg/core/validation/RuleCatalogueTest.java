package nl.cjg.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Constraint;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.cjg.core.validation.internal.Rule;
import nl.cjg.core.validation.internal.RuleTable;
import nl.cjg.core.validation.internal.Rules;
import org.junit.jupiter.api.Test;

/**
 * Keeps the rule catalogue honest: every rule in code is in {@code docs/validation-rules.md}, with
 * the type it applies to and the paths it reports at as its rule table defines them; it has a
 * Dutch and an English message and a test that names it; and nothing is listed that the code does
 * not have.
 */
class RuleCatalogueTest {
  private static final Pattern BUSINESS_ROW =
      Pattern.compile("^\\|\\s*([A-Z]+-\\d+)\\s*\\|([^|]*)\\|([^|]*)\\|", Pattern.MULTILINE);
  private static final Pattern TABLE_ROW = Pattern.compile("^\\|\\s*([A-Z]+-S?\\d+)\\s*\\|", Pattern.MULTILINE);
  private static final Path MODULE = Path.of("").toAbsolutePath();

  @Test
  void businessRulesInCodeEqualTheDocumentedOnes() throws Exception {
    assertEquals(documented().business(), constraintRuleIds());
  }

  @Test
  void theIdOfAValueThatCouldNotBeCheckedIsDocumented() throws Exception {
    String doc = Files.readString(MODULE.resolveSibling("docs").resolve("validation-rules.md"));
    assertTrue(doc.contains("`" + CjgValidator.UNCHECKED_RULE_ID + "`"));
  }

  @Test
  void theDocumentedTypeAndPathsOfEveryBusinessRuleAreThoseInCode() throws Exception {
    assertEquals(documentedWhere(), codeWhere());
  }

  @Test
  void structuralCodesInCodeEqualTheDocumentedOnes() throws Exception {
    assertEquals(documented().structural(), structuralCodes().keySet());
  }

  @Test
  void everyBusinessRuleHasADutchAndAnEnglishMessage() throws Exception {
    Set<String> ids = constraintRuleIds();
    ids.add(CjgValidator.UNCHECKED_RULE_ID);
    assertEquals(ids, keys("/ValidationMessages.properties"));
    assertEquals(ids, keys("/ValidationMessages_en.properties"));
  }

  @Test
  void everyRuleIsNamedInSomeTest() throws Exception {
    String tests;
    try (Stream<Path> files = Files.walk(MODULE.resolve("src/test/java"))) {
      StringBuilder all = new StringBuilder();
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        if (!file.endsWith("RuleCatalogueTest.java")) {
          all.append(Files.readString(file));
        }
      }
      tests = all.toString();
    }
    Set<String> untested = new TreeSet<>();
    for (String id : constraintRuleIds()) {
      if (!namesLiterally(tests, id)) {
        untested.add(id);
      }
    }
    for (Map.Entry<String, String> code : structuralCodes().entrySet()) {
      if (!namesLiterally(tests, code.getKey()) && !tests.contains(code.getValue())) {
        untested.add(code.getKey());
      }
    }
    assertTrue(untested.isEmpty(), "rules without a test that names them: " + untested);
  }

  @Test
  void noStructuralCodeIsUsedByTwoConstants() throws Exception {
    Map<String, String> seen = new TreeMap<>();
    Set<String> clashes = new TreeSet<>();
    for (Class<?> type : mainClasses()) {
      for (Map.Entry<String, String> code : codesOf(type).entrySet()) {
        String earlier = seen.putIfAbsent(code.getKey(), code.getValue());
        if (earlier != null && !earlier.equals(code.getValue())) {
          clashes.add(code.getKey() + " (" + earlier + ", " + code.getValue() + ")");
        }
      }
    }
    assertTrue(clashes.isEmpty(), "codes used twice: " + clashes);
  }

  /** Whether a string literal in the tests starts with the id: {@code "CASUS-001"} or {@code "CASUS-001 kind"}. */
  private static boolean namesLiterally(String tests, String id) {
    return Pattern.compile("\"" + Pattern.quote(id) + "(?![0-9])").matcher(tests).find();
  }

  private record Documented(Set<String> business, Set<String> structural) {}

  private static Documented documented() throws IOException {
    String doc = Files.readString(MODULE.resolveSibling("docs").resolve("validation-rules.md"));
    int split = doc.indexOf("## Structural invariants");
    assertTrue(split > 0, "docs/validation-rules.md has a section '## Structural invariants'");
    return new Documented(ids(doc.substring(0, split)), ids(doc.substring(split)));
  }

  private static Set<String> ids(String markdown) {
    Set<String> ids = new TreeSet<>();
    Matcher matcher = TABLE_ROW.matcher(markdown);
    while (matcher.find()) {
      ids.add(matcher.group(1));
    }
    return ids;
  }

  /** The ids of the rule tables' rules and of the public field constraints. */
  private static Set<String> constraintRuleIds() throws Exception {
    return new TreeSet<>(codeWhere().keySet());
  }

  /**
   * Per rule id, where it applies as the code defines it: {@code Casus: kind.leeftijd} for a rule of
   * a table or a dataset rule, {@code @ElfproefGeldig} for a field constraint.
   */
  private static Map<String, Set<String>> codeWhere() throws Exception {
    Map<String, Set<String>> where = new TreeMap<>();
    for (Class<?> type : mainClasses()) {
      if (type.isAnnotation() && type.isAnnotationPresent(Constraint.class) && type != Rules.class) {
        String id = CjgValidator.ruleId((String) type.getMethod("message").getDefaultValue());
        where.computeIfAbsent(id, key -> new TreeSet<>()).add("@" + type.getSimpleName());
      }
      if (type == DatasetRules.class) {
        for (DatasetRules.Where rule : DatasetRules.CATALOGUE) {
          where.computeIfAbsent(rule.ruleId(), key -> new TreeSet<>()).add(rule.type().getSimpleName() + ": " + rule.path());
        }
      }
      if (RuleTable.class.isAssignableFrom(type) && !type.isInterface()) {
        for (Rule<?> rule : Rules.Validator.rulesOf(type.asSubclass(RuleTable.class))) {
          where.computeIfAbsent(rule.id(), key -> new TreeSet<>())
              .add(rule.type().getSimpleName() + ": " + (rule.path().isEmpty() ? "(the value)" : rule.path()));
        }
      }
    }
    return where;
  }

  /**
   * Per rule id, the cells "applies to" and "path" of its row: {@code | CASUS-001 | Casus |
   * `kind.leeftijd`, `kind.leeftijdsgroep` | ...}; a field constraint's row names the annotation
   * and has the path "the annotated field".
   */
  private static Map<String, Set<String>> documentedWhere() throws IOException {
    String doc = Files.readString(MODULE.resolveSibling("docs").resolve("validation-rules.md"));
    String business = doc.substring(0, doc.indexOf("## Structural invariants"));
    Matcher row = BUSINESS_ROW.matcher(business);
    Map<String, Set<String>> where = new TreeMap<>();
    while (row.find()) {
      Set<String> cells = where.computeIfAbsent(row.group(1), key -> new TreeSet<>());
      String type = row.group(2).trim();
      if (type.startsWith("`@")) {
        cells.add(type.substring(1, type.length() - 1));
        assertEquals("the annotated field", row.group(3).trim(), row.group(1));
      } else {
        for (String path : row.group(3).split(",")) {
          String unquoted = path.trim().replace("`", "");
          cells.add(type.replace("`", "") + ": " + unquoted);
        }
      }
    }
    return where;
  }

  /** Each structural code with the constant that holds it, for example {@code Bsn.FORMAT_CODE}. */
  private static Map<String, String> structuralCodes() throws Exception {
    Map<String, String> codes = new TreeMap<>();
    for (Class<?> type : mainClasses()) {
      codes.putAll(codesOf(type));
    }
    return codes;
  }

  private static Map<String, String> codesOf(Class<?> type) throws IllegalAccessException {
    Map<String, String> codes = new TreeMap<>();
    for (Field field : type.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isStatic(modifiers)
          && Modifier.isFinal(modifiers)
          && Modifier.isPublic(modifiers)
          && field.getType() == String.class
          && field.getName().endsWith("_CODE")) {
        codes.put((String) field.get(null), type.getSimpleName() + "." + field.getName());
      }
    }
    return codes;
  }

  private static Set<Class<?>> mainClasses() throws IOException, URISyntaxException, ClassNotFoundException {
    Path root = Path.of(CjgValidator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<Class<?>> classes = new java.util.HashSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
        String name = root.relativize(file).toString().replace(java.io.File.separatorChar, '.');
        name = name.substring(0, name.length() - ".class".length());
        if (!name.endsWith("module-info") && !name.endsWith("package-info")) {
          classes.add(Class.forName(name, false, CjgValidator.class.getClassLoader()));
        }
      }
    }
    return classes;
  }

  private static Set<String> keys(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = RuleCatalogueTest.class.getResourceAsStream(resource)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return new TreeSet<>(properties.stringPropertyNames());
  }
}
