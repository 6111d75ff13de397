package nl.cjg.core.werkplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every rule id and structural code of this package is in the catalogue
 * ({@code docs/validation-rules.md}, this package's two sections) and every business rule has a
 * message in Dutch and English; the catalogue sections list nothing else.
 */
class WerkplanRuleCatalogueTest {
  private static final Path SOURCES = Path.of("src/main/java/nl/cjg/core/werkplan");
  private static final Path CATALOGUE = Path.of("../docs/validation-rules.md");
  private static final String SECTION = "### Work plans, plans of approach and communication plans (`nl.cjg.core.werkplan`)";

  @Test
  void everyRuleAndCodeIsCataloguedAndHasMessages() throws IOException {
    Set<String> rules = new TreeSet<>();
    Set<String> codes = new TreeSet<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path file : files.toList()) {
        String source = Files.readString(file);
        rules.addAll(all(Pattern.compile("default \"\\{([A-Z]+-\\d{3})\\}\""), source));
        codes.addAll(all(Pattern.compile("\"([A-Z]+-S\\d{2})\""), source));
      }
    }
    assertFalse(rules.isEmpty());
    assertFalse(codes.isEmpty());

    String catalogue = Files.readString(CATALOGUE);
    assertEquals(rules, ids(section(catalogue, SECTION + "\n")));
    assertEquals(codes, ids(section(catalogue, SECTION + " — structural\n")));

    Properties dutch = messages("/ValidationMessages.properties");
    Properties english = messages("/ValidationMessages_en.properties");
    for (String rule : rules) {
      assertTrue(dutch.containsKey(rule), rule + " has no Dutch message");
      assertTrue(english.containsKey(rule), rule + " has no English message");
    }
  }

  private static String section(String catalogue, String heading) {
    int begin = catalogue.indexOf(heading);
    assertTrue(begin >= 0, heading);
    int end = catalogue.indexOf("\n#", begin + heading.length());
    return catalogue.substring(begin + heading.length(), end < 0 ? catalogue.length() : end);
  }

  private static Set<String> ids(String section) {
    return all(Pattern.compile("(?m)^\\| ([A-Z]+-S?\\d+) \\|"), section);
  }

  private static Set<String> all(Pattern pattern, String text) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  private static Properties messages(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = WerkplanRuleCatalogueTest.class.getResourceAsStream(resource)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
