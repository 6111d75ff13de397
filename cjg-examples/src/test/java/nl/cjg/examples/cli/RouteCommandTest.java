package nl.cjg.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.cjg.core.casus.Gezinsplan;
import nl.cjg.core.casus.Professional;
import nl.cjg.core.routing.Niveau;
import nl.cjg.core.routing.Vervolgstap;
import nl.cjg.json.CjgJsonWriter;
import org.junit.jupiter.api.Test;

/** {@code cjg route}: an advice with its explanation for every casus. */
class RouteCommandTest {
  @Test
  void everyCaseGetsAnAdviceWithTheRulesThatFired() {
    Run run = Run.withInput(Datasets.bytes(Datasets.bergenLines()), "route", "-");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    List<String> advice = run.out().lines().filter(line -> line.startsWith("-:")).toList();
    assertEquals(11, advice.size());
    assertTrue(advice.get(0).matches("-:\\d+: PILOT-2012-01: [a-z ]+.*"), advice.get(0));
    assertTrue(run.out().lines().anyMatch(line -> line.matches("  [A-Z0-9-]+: .+")), "explanations: " + run.out());
    assertTrue(advice.stream().anyMatch(line -> line.endsWith(": informatie en eigen kracht; stappen: informatie en advies geven")),
        String.join("\n", advice));
  }

  @Test
  void inEnglishLevelsStepsAndExplanationsAreEnglish() {
    for (Run run : List.of(Run.withInput(Datasets.bytes(Datasets.bergenLines()), "route", "--lang", "en", "-"),
        Run.withInput(Datasets.bytes(Datasets.bergenLines()), "route", "--english", "-"))) {
      assertEquals(ExitCodes.OK, run.exitCode(), run.err());
      List<String> advice = run.out().lines().filter(line -> line.startsWith("-:")).toList();
      assertTrue(advice.stream().anyMatch(line -> line.endsWith(": information and own strength; steps: give information and advice")),
          String.join("\n", advice));
      assertFalse(run.out().contains("eigen kracht") || run.out().contains("stappen:") || run.out().contains("advies geven"), run.out());
      assertTrue(run.summary().startsWith("cjg route: read: standard input (66 records); written: standard output (11 advices: "), run.err());
    }
  }

  @Test
  void everyLevelAndStepHasAnEnglishLabel() {
    Messages english = Messages.of(Language.ENGLISH);
    for (Niveau niveau : Niveau.values()) {
      assertFalse(english.label("niveau." + niveau.name(), niveau.code()).equals(niveau.code()), niveau.name());
    }
    for (Vervolgstap stap : Vervolgstap.values()) {
      assertFalse(english.label("stap." + stap.name(), stap.code()).equals(stap.code()), stap.name());
    }
  }

  @Test
  void aConcernInSeveralLeefgebiedenIsExplainedInEnglishAsJson() {
    List<String> lines = new ArrayList<>(Datasets.bergenLines());
    String casus = Datasets.firstOfType("casus");
    lines.add(casus.replace("PILOT-2012-01", "EXTRA-1").replace("\"schets\":{}",
        "\"schets\":{\"THUIS\":\"x\",\"SCHOOL_WERK\":\"x\",\"VRIJE_TIJD_SOCIALE_CONTACTEN\":\"x\"}"));
    Run run = Run.withInput(Datasets.bytes(lines), "route", "--format", "json", "--english", "-");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    String extra = run.out().lines().filter(line -> line.contains("\"EXTRA-1\"")).findFirst().orElseThrow();
    assertTrue(extra.startsWith("{\"kenmerk\":\"EXTRA-1\",\"line\":" + lines.size() + ","), extra);
    assertTrue(extra.contains("\"niveau\":\"CASUSOVERLEG\"") || extra.contains("\"niveau\":\"SPECIALISTISCHE_HULP\""), extra);
    assertTrue(extra.contains("\"toegepast\":true,\"tekst\":\""), extra);
  }

  @Test
  void aDuplicateCaseIsRoutedOnceAndSaidSo() {
    List<String> lines = new ArrayList<>(Datasets.bergenLines());
    lines.add(Datasets.firstOfType("casus"));
    Run run = Run.withInput(Datasets.bytes(lines), "route", "-");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertEquals(11, run.out().lines().filter(line -> line.startsWith("-:")).count());
    assertTrue(run.errIsOneCleanLine() && run.err().contains("1 dubbel record"), run.err());
  }

  @Test
  void aCaseWithProblemsIsSkippedAndSaidSo() {
    List<String> lines = new ArrayList<>(Datasets.bergenLines());
    lines.add(Datasets.firstOfType("casus").replace("PILOT-2012-01", "ZONDER-LEEFTIJD")
        .replaceFirst("\"kind\":\\{\"leeftijdsgroep\":\\{[^}]*\\}", "\"kind\":{"));
    Run run = Run.withInput(Datasets.bytes(lines), "route", "-");
    assertEquals(ExitCodes.DATA_PROBLEMS, run.exitCode(), run.err());
    assertTrue(run.errIsOneCleanLine(), run.err());
    assertTrue(run.summary().contains("; geweigerd: 1 record met problemen overgeslagen (zie 'cjg validate'); "), run.err());
    assertTrue(run.summary().contains("geschreven: standaarduitvoer (11 adviezen: "), "totals per level: " + run.err());
    assertEquals(11, run.out().lines().filter(line -> line.startsWith("-:")).count());
  }

  @Test
  void aKenmerkThatIsPersonalDataIsNeverPrinted() {
    List<String> kenmerken = List.of("999990019", "CJG-Jansen", "ouder@example.org", "06-12345678", "CJG-1-4-2012");
    List<String> lines = new ArrayList<>(Datasets.bergenLines());
    for (String kenmerk : kenmerken) {
      lines.add(Datasets.firstOfType("casus").replace("PILOT-2012-01", kenmerk));
    }
    byte[] dataset = Datasets.bytes(lines);
    List<Run> runs =
        List.of(
            Run.withInput(dataset, "route", "-"),
            Run.withInput(dataset, "route", "--format", "json", "-"),
            Run.withInput(dataset, "validate", "-"),
            Run.withInput(dataset, "stats", "-"),
            Run.withInput(dataset, "stats", "--format", "json", "-"));
    for (Run run : runs) {
      for (String kenmerk : kenmerken) {
        assertFalse(run.out().contains(kenmerk) || run.err().contains(kenmerk), () -> kenmerk + " printed: " + run.out() + run.err());
      }
    }
    assertTrue(runs.get(0).summary().contains("geweigerd: " + kenmerken.size() + " records met problemen overgeslagen"), runs.get(0).err());
    assertEquals(kenmerken.size(), runs.get(2).out().lines().filter(line -> line.contains("#/kenmerk CASUS-005 ")).count(), runs.get(2).out());
  }

  @Test
  void usage() {
    assertEquals(ExitCodes.USAGE_OR_INPUT, Run.of("route").exitCode());
    assertEquals(ExitCodes.USAGE_OR_INPUT, Run.withInput(new byte[0], "route", "--format", "csv", "-").exitCode());
    assertEquals(ExitCodes.OK, Run.of("route", "--help").exitCode());
  }

  /** A family plan of PILOT-2012-02 that called in the procesregisseur and then the wethouder, as JSON Lines record. */
  private static String escalatedPlan() {
    LocalDate juli = LocalDate.of(2012, 7, 2);
    Gezinsplan plan = Gezinsplan.builder()
        .addCasussen("PILOT-2012-02")
        .datumOpgesteld(juli.minusMonths(2))
        .zorgcoordinator(Professional.builder().organisatie("Stichting de Wering").functie("maatschappelijk werker").build())
        .oudersBetrokken(true)
        .addEscalaties(Gezinsplan.Escalatie.builder().datum(juli).reden(Gezinsplan.Escalatie.Reden.HULPVERLENING_STAGNEERT)
            .trede(Gezinsplan.Escalatie.Trede.PROCESREGISSEUR).addHerstelpogingen("overleg van de betrokkenen").build())
        .addEscalaties(Gezinsplan.Escalatie.builder().datum(juli.plusWeeks(6))
            .reden(Gezinsplan.Escalatie.Reden.HULPVERLENING_STAGNEERT).trede(Gezinsplan.Escalatie.Trede.DOORZETTINGSMACHT_WETHOUDER)
            .addHerstelpogingen("de procesregisseur stuurde op de afspraken").build())
        .build();
    return "{\"type\":\"gezinsplan\"," + CjgJsonWriter.create().write(plan).substring(1);
  }

  @Test
  void aFamilyPlanReadAfterItsCaseAdvisesTheCaseAgainWithItsEscalations() {
    List<String> lines = new ArrayList<>(Datasets.bergenLines());
    lines.add(escalatedPlan());
    Run run = Run.withInput(Datasets.bytes(lines), "route", "-");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    List<String> advice = run.out().lines().filter(line -> line.startsWith("-:")).toList();
    assertEquals(12, advice.size(), run.out());
    assertTrue(advice.get(11).startsWith("-:" + lines.size() + ": PILOT-2012-02 (met de escalaties van het gezinsplan): specialistische hulp"),
        advice.get(11));
    assertTrue(advice.get(11).contains("procesregisseur inschakelen, doorzettingsmacht wethouder"), advice.get(11));
    String first = advice.stream().filter(line -> line.contains(": PILOT-2012-02: ")).findFirst().orElseThrow();
    assertFalse(first.contains("doorzettingsmacht"), first);
    assertTrue(run.out().contains("  DOORZETTINGSMACHT-HULPVERLENING: De hulp aan het kind stagneert, ook na procesregie"), run.out());
    assertTrue(run.summary().contains("(12 adviezen: "), run.err());
  }

  @Test
  void aFamilyPlanReadBeforeItsCaseIsPartOfTheCasesAdviceInJson() {
    List<String> lines = new ArrayList<>(Datasets.bergenLines());
    int eersteCasus = lines.indexOf(Datasets.firstOfType("casus"));
    lines.add(eersteCasus, escalatedPlan());
    Run run = Run.withInput(Datasets.bytes(lines), "route", "--format", "json", "--lang", "en", "-");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    List<String> advice = run.out().lines().toList();
    assertEquals(11, advice.size(), run.out());
    String tweede = advice.stream().filter(line -> line.contains("\"PILOT-2012-02\"")).findFirst().orElseThrow();
    assertTrue(tweede.contains("\"niveau\":\"SPECIALISTISCHE_HULP\""), tweede);
    assertTrue(tweede.contains("\"PROCESREGISSEUR_INSCHAKELEN\",\"DOORZETTINGSMACHT_WETHOUDER\""), tweede);
    assertFalse(tweede.contains("\"gezinsplan\""), tweede);
  }
}
