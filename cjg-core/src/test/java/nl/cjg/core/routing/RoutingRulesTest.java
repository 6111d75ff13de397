package nl.cjg.core.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.cjg.core.partner.Discipline;
import nl.cjg.core.partner.Expertise;
import org.junit.jupiter.api.Test;

/** Reading, checking and refusing rule sets. */
class RoutingRulesTest {
  private static final String HEADER = "regelset Test\n";
  private static final String STAP = "dan vervolgstap laagdrempelig aanbod";

  /** A well-formed rule with the given id, priority and body lines. */
  private static String rule(String id, int priority, String... body) {
    StringBuilder text = new StringBuilder("regel " + id + "\nprioriteit " + priority + "\n");
    for (String line : body) {
      text.append(line).append('\n');
    }
    return text.append("uitleg nl Zin.\nuitleg en Sentence.\nbron test\n").toString();
  }

  private static RoutingRules read(String text) throws IOException {
    return RoutingRules.read(new StringReader(text));
  }

  private static List<RuleProblem> problems(String text) {
    return assertThrows(InvalidRulesException.class, () -> read(text)).problems();
  }

  /** Each problem as {@code line kind}. */
  private static List<String> found(String text) {
    return problems(text).stream().map(p -> p.line() + " " + p.kind()).toList();
  }

  @Test
  void theBergenRulesLoad() {
    RoutingRules bergen = RoutingRules.bergen2012();
    assertEquals("Bergen 2012", bergen.name());
    assertEquals(35, bergen.rules().size());
    RoutingRule acuut = bergen.rules().get(0);
    assertEquals("VEILIGHEID-ACUUT", acuut.id());
    assertEquals(100, acuut.priority());
    assertEquals(List.of("signaal acute onveiligheid = ja"), acuut.conditions());
    assertEquals(Optional.of(Niveau.VEILIGHEID), acuut.minimumLevel());
    assertEquals(Set.of(Expertise.MELDCODE_KINDERMISHANDELING), acuut.expertises());
    assertTrue(acuut.line() > 1);
    assertEquals(bergen, RoutingRules.bergen2012(), "loaded once");
  }

  @Test
  void aRuleSetReadsItsRulesWithCanonicalConditions() throws IOException {
    RoutingRules regels =
        read("# een regelset\n\r\n" + HEADER + rule("ZORG-THUIS", 30, "  als  ERNST Thuis>=ZORG", "als leeftijd<12",
            "dan niveau minstens basisaanbod", "dan discipline Maatschappelijk  Werk", "dan expertise 1 gezin 1 plan",
            "dan vervolgstap plan samen met ouders", "dan niveau niet casusoverleg"));
    RoutingRule regel = regels.rules().get(0);
    assertEquals(List.of("ernst thuis >= zorg", "leeftijd < 12"), regel.conditions());
    assertEquals(4, regel.line());
    assertEquals(Set.of(Discipline.MAATSCHAPPELIJK_WERK), regel.disciplines());
    assertEquals(Set.of(Expertise.EEN_GEZIN_EEN_PLAN), regel.expertises());
    assertEquals(List.of(Vervolgstap.PLAN_MET_OUDERS), regel.steps());
    assertEquals(Set.of(Niveau.CASUSOVERLEG), regel.forbiddenLevels());
    assertEquals("Zin.", regel.explanation(java.util.Locale.forLanguageTag("nl")));
    assertEquals("Sentence.", regel.explanation(java.util.Locale.ENGLISH));
  }

  @Test
  void windowsAndOldMacLineEndsAndAByteOrderMarkAreRead() throws IOException {
    String text = "\uFEFF" + (HEADER + rule("A", 1, STAP)).replace("\n", "\r\n");
    assertEquals("Test", read(text).name());
    assertEquals(2, read(text).rules().get(0).line());
    assertEquals(2, read(text.replace("\r\n", "\r")).rules().get(0).line());
  }

  @Test
  void syntaxErrorsAreReportedWithTheirLine() {
    String text = HEADER + rule("A", 1, "als leeftijd", "als leeftijd = twaalf", "als leeftijd != 12", "als leeftijd < 4 < 5",
        "als signaal acute onveiligheid > ja", "als toestemming = misschien", "als gewicht > 3", "dan verhuizen",
        "zodra leeftijd > 3", "uitleg fr Phrase.", "prioriteit 2");
    assertEquals(List.of("4 SYNTAX", "5 SYNTAX", "6 SYNTAX", "7 SYNTAX", "8 SYNTAX", "9 SYNTAX", "10 SYNTAX", "11 SYNTAX",
        "12 SYNTAX", "13 SYNTAX", "14 DUPLICATE"), found(text));
    RuleProblem first = problems(text).get(0);
    assertEquals(Optional.of("A"), first.ruleId());
    assertEquals("line 4, rule A: a condition needs a comparison (<, <=, =, >=, >): 'leeftijd'", first.toString());
  }

  @Test
  void linesOutsideARuleAndAMissingHeaderAreRefused() {
    assertEquals(List.of("1 MISSING", "1 SYNTAX"), found("prioriteit 3\n"));
    assertEquals(List.of("1 MISSING"), found(""));
    assertEquals(List.of("2 SYNTAX"), found(HEADER + "als leeftijd > 3\n" + rule("A", 1, STAP)));
    assertEquals(List.of("8 DUPLICATE"),
        found(HEADER + rule("A", 1, STAP) + "regelset Nog een\n"));
    assertEquals(List.of("0 MISSING"), found(HEADER), "a rule set without rules");
  }

  @Test
  void unknownCodesAreNamed() {
    String text = HEADER + rule("A", 1, "dan discipline tandarts", "dan expertise jongleren", "dan niveau minstens hoog",
        "dan vervolgstap bellen", "als ernst werk >= zorg", "als ernst thuis >= heel erg", "als signaal brand = ja",
        "als omstandigheid verhuizing = ja", "als leefgebieden vanaf veel > 1");
    List<RuleProblem> problems = problems(text);
    assertEquals(List.of(4, 5, 6, 7, 8, 9, 10, 11, 12), problems.stream().map(RuleProblem::line).toList());
    assertTrue(problems.stream().allMatch(p -> p.kind() == RuleProblem.Kind.UNKNOWN_CODE));
    assertEquals(
        List.of("unknown discipline 'tandarts'", "unknown expertise 'jongleren'", "unknown level (niveau) 'hoog'",
            "unknown step (vervolgstap) 'bellen'", "unknown leefgebied 'werk'", "unknown severity (ernst) 'heel erg'",
            "unknown safety signal (signaal) 'brand'", "unknown circumstance (omstandigheid) 'verhuizing'",
            "unknown severity (ernst) 'veel'"),
        problems.stream().map(RuleProblem::message).toList());
  }

  @Test
  void missingPartsOfARuleAreReportedAtTheRule() {
    String text = HEADER + "regel A\nals leeftijd > 3\ndan vervolgstap laagdrempelig aanbod\n" + rule("B", 1);
    assertEquals(List.of("2 MISSING", "5 MISSING"), found(text));
    assertEquals("the rule lacks prioriteit, uitleg nl, uitleg en, bron", problems(text).get(0).message());
    assertEquals("a rule needs at least one effect (dan ...)", problems(text).get(1).message());
  }

  @Test
  void idsAndPrioritiesAreCheckedAndIdsAreUnique() {
    String text = HEADER + rule("A", 1, STAP) + rule("A", 2, STAP)
        + rule("kleine-letters", 3, STAP) + rule("B", 1001, STAP);
    assertEquals(List.of("8 DUPLICATE", "14 OUT_OF_RANGE", "20 OUT_OF_RANGE"), found(text));
  }

  @Test
  void aRuleWhoseConditionsContradictCanNeverFire() {
    String text = HEADER + rule("A", 1, "als leeftijd < 4", "als toestemming = ja", "als leeftijd > 12",
        STAP) + rule("B", 1, "als leeftijd < 0", STAP)
        + rule("C", 1, "als hoogste ernst <= vraag", "als ernst thuis = ernstig", STAP)
        + rule("D", 1, "als leefgebieden vanaf zorg >= 3", "als leefgebieden vanaf ernstig >= 2", "als ernst thuis < zorg",
            "als ernst overige < ernstig", "als ernst school/werk < ernstig", STAP)
        + rule("E", 1, "als leefgebieden vanaf geen < 4", STAP);
    List<RuleProblem> problems = problems(text);
    assertEquals(List.of("A", "B", "C", "D", "E"), problems.stream().map(p -> p.ruleId().orElseThrow()).toList());
    assertTrue(problems.stream().allMatch(p -> p.kind() == RuleProblem.Kind.NEVER_FIRES));
    assertEquals("the rule can never fire: no situation meets 'leeftijd < 4' and 'leeftijd > 12'", problems.get(0).message());
    assertEquals("the rule can never fire: no situation meets 'leeftijd < 0'", problems.get(1).message());
    assertEquals("the rule can never fire: no situation meets 'hoogste ernst <= vraag' and 'ernst thuis = ernstig'",
        problems.get(2).message());
    assertTrue(problems.get(3).message().contains("'ernst school/werk < ernstig'"), "only all five together contradict");
  }

  @Test
  void conditionsThatCanHoldTogetherAreAccepted() throws IOException {
    read(HEADER + rule("A", 1, "als leefgebieden vanaf zorg >= 3", "als leefgebieden vanaf ernstig >= 2", "als ernst thuis < zorg",
        STAP));
  }

  @Test
  void settingAndForbiddingALevelAtTheSamePriorityForOneSituationIsAConflict() {
    String text = HEADER
        + rule("ZORG", 50, "als hoogste ernst >= zorg", "dan niveau minstens casusoverleg")
        + rule("ELDERS", 50, "als elders in behandeling = ja", "dan niveau niet casusoverleg")
        + rule("JONG", 50, "als leeftijd < 4", "als hoogste ernst = vraag", "dan niveau niet casusoverleg")
        + rule("HOGER", 60, "dan niveau niet casusoverleg")
        + rule("ZELF", 70, "dan niveau minstens basisaanbod", "dan niveau niet basisaanbod");
    List<RuleProblem> problems = problems(text);
    assertEquals(List.of("ELDERS CONFLICT", "ZELF CONFLICT"),
        problems.stream().map(p -> p.ruleId().orElseThrow() + " " + p.kind()).toList());
    assertEquals("at the same priority 50 as rule ZORG (line 2), one sets and the other forbids level 'casusoverleg' and "
        + "both can fire for the same situation", problems.get(0).message());
  }

  @Test
  void nothingMayForbidTheSafetyLevel() {
    assertEquals(List.of("2 FORBIDS_SAFETY"), found(HEADER + rule("A", 1, "dan niveau niet veiligheid")));
  }

  @Test
  void limitsOnLinesLineLengthAndRulesAreEnforced() {
    String longLine = HEADER + rule("A", 1, STAP, "# " + "x".repeat(RoutingRules.MAX_LINE_LENGTH));
    assertEquals(List.of("5 LIMIT"), found(longLine));

    String manyLines = HEADER + rule("A", 1, STAP) + "#\n".repeat(RoutingRules.MAX_LINES);
    assertEquals(List.of((RoutingRules.MAX_LINES + 1) + " LIMIT"), found(manyLines));

    StringBuilder manyRules = new StringBuilder(HEADER);
    for (int i = 0; i <= RoutingRules.MAX_RULES; i++) {
      manyRules.append("regel R").append(i).append("\nprioriteit 1\ndan vervolgstap laagdrempelig aanbod\n")
          .append("uitleg nl Z.\nuitleg en S.\nbron t\n");
    }
    List<RuleProblem> problems = problems(manyRules.toString());
    assertEquals(1, problems.size());
    assertEquals(RuleProblem.Kind.LIMIT, problems.get(0).kind());
    assertEquals(Optional.of("R" + RoutingRules.MAX_RULES), problems.get(0).ruleId());
  }

  @Test
  void eachLimitIsReadAndOneMoreIsRefused() throws IOException {
    String base = HEADER + rule("A", 1, STAP);
    int baseLines = (int) base.lines().count();
    String comment = "# " + "x".repeat(RoutingRules.MAX_LINE_LENGTH - 2) + "\n";
    assertEquals(1, read(base + comment).rules().size());
    assertEquals(List.of((baseLines + 1) + " LIMIT"), found(base + "x" + comment));

    String atLines = base + "#\n".repeat(RoutingRules.MAX_LINES - baseLines);
    assertEquals(RoutingRules.MAX_LINES, atLines.lines().count());
    assertEquals(1, read(atLines).rules().size());
    assertEquals(List.of((RoutingRules.MAX_LINES + 1) + " LIMIT"), found(atLines + "#\n"));

    StringBuilder rules = new StringBuilder(HEADER);
    for (int i = 0; i < RoutingRules.MAX_RULES; i++) {
      rules.append("regel R").append(i).append("\nprioriteit 1\ndan vervolgstap laagdrempelig aanbod\n")
          .append("uitleg nl Z.\nuitleg en S.\nbron t\n");
    }
    assertEquals(RoutingRules.MAX_RULES, read(rules.toString()).rules().size());
    rules.append("regel R").append(RoutingRules.MAX_RULES).append("\nprioriteit 1\ndan vervolgstap laagdrempelig aanbod\n")
        .append("uitleg nl Z.\nuitleg en S.\nbron t\n");
    assertEquals(List.of(RuleProblem.Kind.LIMIT), problems(rules.toString()).stream().map(RuleProblem::kind).toList());
  }

  @Test
  void allProblemsAreListedInLineOrderAndTheMessageShowsTheFirstTen() {
    StringBuilder text = new StringBuilder(HEADER);
    for (int i = 0; i < 12; i++) {
      text.append("onzin\n");
    }
    InvalidRulesException e = assertThrows(InvalidRulesException.class, () -> read(text.toString()));
    assertEquals(12, e.problems().size());
    assertTrue(e.getMessage().startsWith("the rule set is refused, 12 problem(s): line 2: unknown keyword 'onzin'"));
    assertTrue(e.getMessage().endsWith("; and 2 more"));
  }

  @Test
  void rulesBuiltInCodeAreCheckedTheSameWay() {
    RoutingRule goed =
        RoutingRule.builder().id("GOED").priority(5).addConditions("leeftijd >= 12").minimumLevel(Niveau.BASISAANBOD)
            .explanationDutch("Zin.").explanationEnglish("Sentence.").source("test").build();
    RoutingRules regels = RoutingRules.of("In code", List.of(goed));
    assertEquals("In code", regels.name());
    assertEquals(0, regels.rules().get(0).line());

    RoutingRule fout = RoutingRule.builder().from(goed).id("FOUT").conditions(List.of("leeftijd >> 3")).source(" ").build();
    InvalidRulesException e = assertThrows(InvalidRulesException.class, () -> RoutingRules.of(" ", List.of(goed, fout)));
    assertEquals(List.of("0 MISSING", "0 MISSING", "0 SYNTAX"),
        e.problems().stream().map(p -> p.line() + " " + p.kind()).toList());
    assertEquals("rule set, rule FOUT: a rule needs a source (bron)", e.problems().get(1).toString());
  }
}
