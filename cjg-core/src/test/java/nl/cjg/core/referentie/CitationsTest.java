package nl.cjg.core.referentie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.cjg.core.routing.RoutingRule;
import nl.cjg.core.routing.RoutingRules;
import nl.cjg.core.routing.Vervolgstap;
import org.junit.jupiter.api.Test;

/**
 * Citations name a source by title and section, as docs/sources.md lists them: never a line
 * number, never a file outside the repository. Checks the documentation, the README and every
 * {@code src/main} tree (code and resources), and the {@code bron} of every Bergen 2012 routing rule.
 */
class CitationsTest {
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  /** A line-number citation or a file that is not in the repository. */
  static final Pattern FORBIDDEN =
      Pattern.compile(
          "seed 00[01]|\\b00[01] ?~|\\b00[01]_[0-9a-f]{6}|~ ?(?:lines? |regels? )?[0-9]{2,4}\\b|\\bregels? ~|DOMAIN\\.md|DESIGN\\.md");

  /** The titles of docs/sources.md that a routing rule's source may start a citation with. */
  private static final List<String> TITLES =
      List.of(
          "Werkplan CJG Bergen 2012, ",
          "Communicatieplan CJG Bergen 2012, ",
          "Plan van aanpak CJG Bergen 2008–2010, ",
          "Basismodel meldcode huiselijk geweld en kindermishandeling, ",
          "Wet op de jeugdzorg, ",
          "WGBO ",
          "Leerplichtwet 1969 ");

  /** How a rule marks what it takes from no source. */
  private static final String EIGEN_AFWEGING = "eigen afweging: ";

  @Test
  void theDetectorFlagsLineNumbersAndOutsideFilesButNotATitleAndSection() {
    for (String bad :
        List.of(
            "(000 ~318)", "000 ~line 1091–1097", "(seed 000, regels ~1894-2075)", "(~423–431)", "werkplan ~1300–1311",
            "seed 000", "see DOMAIN.md §4", "DESIGN.md", "seeds/000_1e0abb072ca9687c.txt", "001 ~155")) {
      assertTrue(FORBIDDEN.matcher(bad).find(), bad);
    }
    for (String good :
        List.of(
            "Werkplan CJG Bergen 2012, uitwerking 1, bevolking per kern", "Plan van aanpak CJG Bergen 2008–2010, stap 3",
            "a sample dataset (seed 2012, 10,000 cases)", "BSN-001", "0 – 4 jaar", "~1 µs")) {
      assertFalse(FORBIDDEN.matcher(good).find(), good);
    }
  }

  @Test
  void noDocumentReadmeOrMainTreeCitesALineNumberOrAFileOutsideTheRepository() throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(ROOT.resolve("README.md"));
    try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
      docs.filter(Files::isRegularFile).forEach(files::add);
    }
    try (Stream<Path> modules = Files.list(ROOT)) {
      for (Path main : modules.map(module -> module.resolve("src").resolve("main")).filter(Files::isDirectory).toList()) {
        try (Stream<Path> tree = Files.walk(main)) {
          tree.filter(Files::isRegularFile).forEach(files::add);
        }
      }
    }
    assertTrue(files.size() > 100, "found the repository's files: " + files.size());
    List<String> found = new ArrayList<>();
    for (Path file : files) {
      List<String> lines = text(file);
      for (int i = 0; i < lines.size(); i++) {
        Matcher matcher = FORBIDDEN.matcher(lines.get(i));
        if (matcher.find()) {
          found.add(ROOT.relativize(file) + ":" + (i + 1) + ": " + matcher.group());
        }
      }
    }
    assertEquals(List.of(), found, "cite a source by title and section (docs/sources.md), never a line number");
  }

  @Test
  void everyBergenRuleCitesASourceBySectionAndMarksItsOwnJudgement() {
    RoutingRules rules = RoutingRules.bergen2012();
    assertTrue(rules.name().contains("2012"), "the set states the year it models: " + rules.name());
    String sources = read(ROOT.resolve("docs").resolve("sources.md"));
    for (String title : TITLES) {
      assertTrue(sources.contains(title.strip().replace(",", "")), "docs/sources.md lists " + title);
    }
    for (RoutingRule rule : rules.rules()) {
      String[] parts = rule.source().replace("2008-2010", "2008–2010").split("; ");
      assertTrue(startsWithTitle(parts[0]), rule.id() + " starts with a source: " + rule.source());
      for (String part : parts) {
        assertTrue(startsWithTitle(part) || part.startsWith(EIGEN_AFWEGING), rule.id() + " cites by title: " + part);
      }
      boolean ownThreshold =
          rule.conditions().stream().anyMatch(c -> c.startsWith("leefgebieden vanaf") || c.startsWith("professionals"));
      if (ownThreshold) {
        assertTrue(rule.source().contains(EIGEN_AFWEGING), rule.id() + " marks its threshold as its own judgement");
      }
    }
  }

  @Test
  void theBergen2012RulesReportToTheAmkNotToVeiligThuis() {
    List<RoutingRule> rules = RoutingRules.bergen2012().rules();
    assertTrue(rules.stream().noneMatch(rule -> rule.steps().contains(Vervolgstap.MELDEN_VEILIG_THUIS)));
    assertEquals(
        List.of("VEILIGHEID-ACUUT", "VEILIGHEID-STRUCTUREEL"),
        rules.stream().filter(rule -> rule.steps().contains(Vervolgstap.MELDEN_AMK)).map(RoutingRule::id).toList());
    assertTrue(rules.stream().noneMatch(rule -> rule.explanationDutch().contains("Veilig Thuis")));
  }

  private static boolean startsWithTitle(String part) {
    return TITLES.stream().anyMatch(part::startsWith);
  }

  private static List<String> text(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException binary) {
      return List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    return String.join("\n", text(file));
  }
}
