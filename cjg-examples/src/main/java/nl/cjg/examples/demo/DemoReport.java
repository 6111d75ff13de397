package nl.cjg.examples.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.cjg.core.aanbod.Aanbod;
import nl.cjg.core.aanbod.Kengetal;
import nl.cjg.core.aanbod.Uitsplitsing;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Casusstatus;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.populatie.Populatie;
import nl.cjg.core.stats.table.TableConventions;
import nl.cjg.core.werkplan.Evaluatie;
import nl.cjg.core.werkplan.Werkplan;
import nl.cjg.core.werkplan.WerkplanItem;
import nl.cjg.examples.report.Chart;
import nl.cjg.examples.report.Charts;
import nl.cjg.examples.report.Report;
import nl.cjg.examples.report.Section;
import nl.cjg.examples.report.Table;
import nl.cjg.examples.report.Texts;
import nl.cjg.examples.report.TimelineItem;

/**
 * Builds the demo's {@link Report} from its {@link DemoResult}: one section per subject, each with a
 * short explanation, in the language of the given {@link Texts}.
 */
public final class DemoReport {
  private DemoReport() {}

  /**
   * The report of a demo run.
   *
   * @param result what the demo computed
   * @param texts the report's language
   * @return the report, ready for {@link nl.cjg.examples.report.HtmlReport}
   */
  public static Report of(DemoResult result, Texts texts) {
    List<Section> sections = new ArrayList<>();
    sections.add(populatie(result.populatie(), texts));
    sections.add(bereik(result.aanbod(), texts));
    sections.add(ReferenceSections.rates("percentages", result.aanbod(), texts));
    sections.add(ReferenceSections.assumptions("aannames", result.aannames(), texts, texts.text("demo.aannames.partnerkaart")));
    sections.add(verzoeken(result.pilot(), texts));
    sections.add(routering(result.routering(), texts));
    sections.add(werkplan(result.werkplan(), texts));
    sections.add(validatie(result, texts));
    result.statistieken().forEach(table -> sections.add(statistiek(sections.size(), table, texts)));
    sections.add(PublishedTables.audit("audit", result.audits(), texts));
    return new Report(
        texts.text("demo.title"),
        List.of(
            texts.text("demo.intro", texts.number(result.steekproefCasussen()), String.valueOf(result.seed()),
                texts.date(result.peildatum())),
            texts.text("demo.intro.suppressed", TableConventions.SUPPRESSED_MARK)),
        sections);
  }

  private static Section populatie(Populatie populatie, Texts texts) {
    Map<String, Map<String, Integer>> perBand = new LinkedHashMap<>();
    for (Kern kern : populatie.kernen()) {
      List<Populatie.Telling> bands = populatie.tellingen().stream()
          .filter(t -> t.kern().equals(Optional.of(kern)) && t.leeftijdsgroep().isPresent())
          .toList();
      for (Populatie.Telling telling : bands) {
        Leeftijdsgroep band = telling.leeftijdsgroep().orElseThrow();
        boolean smallest = bands.stream()
            .map(t -> t.leeftijdsgroep().orElseThrow())
            .noneMatch(other -> !other.heeftZelfdeGrenzen(band) && other.ligtBinnen(band));
        if (smallest) {
          perBand.computeIfAbsent(band.naam(), b -> new LinkedHashMap<>()).put(kern.naam(), telling.aantal());
        }
      }
    }
    List<String> bandOrder = populatie.tellingen().stream()
        .flatMap(t -> t.leeftijdsgroep().stream())
        .sorted(Comparator.comparingInt(Leeftijdsgroep::van))
        .map(Leeftijdsgroep::naam)
        .distinct()
        .toList();
    Map<String, Map<String, Integer>> ordered = new LinkedHashMap<>();
    bandOrder.stream().filter(perBand::containsKey).forEach(band -> ordered.put(band, perBand.get(band)));
    String kern = texts.text("demo.populatie.kern");
    Chart chart = Charts.stackedBars("populatie", texts.text("demo.populatie.chart"), kern, texts.text("demo.populatie.inwoners"),
        ordered, texts);
    return Section.withChart(
        "populatie",
        texts.text("demo.populatie.title"),
        chart,
        Table.ofSeries(kern, ordered, texts),
        texts.text("demo.populatie.text", populatie.bron(), texts.date(populatie.peildatum())));
  }

  private static Section bereik(List<Aanbod> aanbod, Texts texts) {
    Map<String, Long> bereik = new LinkedHashMap<>();
    List<List<String>> rows = new ArrayList<>();
    for (Aanbod offering : aanbod) {
      Optional<Long> count = bereik(offering);
      count.ifPresent(c -> bereik.put(offering.naam(), c));
      rows.add(List.of(offering.partner(), offering.naam(), offering.soort().code(), offering.aard().code(),
          count.map(texts::number).orElse("")));
    }
    Chart chart = Charts.bars("bereik", texts.text("demo.bereik.title"), texts.text("demo.bereik.aanbod"),
        texts.text("demo.bereik.eenheid"), bereik, texts);
    Table table = new Table(List.of(texts.text("demo.bereik.headers").split("\\|")), rows);
    return Section.withChart(
        "bereik",
        texts.text("demo.bereik.title"),
        chart,
        table,
        texts.text("demo.bereik.text"),
        texts.text("demo.bereik.zonder"));
  }

  /** Participants, else contacts, else trajectories, else the first breakdown's sum, over the measures. */
  static Optional<Long> bereik(Aanbod aanbod) {
    long total = 0;
    boolean counted = false;
    for (Kengetal kengetal : aanbod.kengetallen()) {
      Optional<Integer> count = kengetal.deelnemers().or(kengetal::contacten).or(kengetal::trajecten);
      Optional<Long> value = count.map(Integer::longValue)
          .or(() -> kengetal.uitsplitsingen().stream().findFirst().map(Uitsplitsing::som));
      if (value.isPresent()) {
        total += value.get();
        counted = true;
      }
    }
    return counted ? Optional.of(total) : Optional.empty();
  }

  private static Section verzoeken(List<Casus> pilot, Texts texts) {
    long besproken = pilot.stream().filter(c -> c.datumOverleg().isPresent()).count();
    long doorverwezen = pilot.stream().filter(c -> c.statusgeschiedenis().huidigeStatus() == Casusstatus.DOORVERWEZEN).count();
    long anoniem = pilot.stream().filter(Casus::isAnoniem).count();
    Map<String, Long> stroom = new LinkedHashMap<>();
    stroom.put(texts.text("demo.verzoeken.verzoeken"), (long) pilot.size());
    stroom.put(texts.text("demo.verzoeken.besproken"), besproken);
    stroom.put(texts.text("demo.verzoeken.elders"), doorverwezen);
    stroom.put(texts.text("demo.verzoeken.anoniem"), anoniem);
    String verzoeken = texts.text("demo.verzoeken.as");
    String aantal = texts.text("demo.aantal");
    Chart chart = Charts.bars("verzoeken", texts.text("demo.verzoeken.chart"), verzoeken, aantal, stroom, texts);
    return Section.withChart(
        "verzoeken",
        texts.text("demo.verzoeken.title"),
        chart,
        Table.of(verzoeken, aantal, stroom, texts),
        texts.text("demo.verzoeken.text", texts.number(pilot.size())));
  }

  private static Section routering(Map<String, Long> niveaus, Texts texts) {
    String niveau = texts.text("demo.routering.niveau");
    String casussen = texts.text("demo.routering.casussen");
    Chart chart = Charts.bars("routering", texts.text("demo.routering.chart"), niveau, casussen, niveaus, texts);
    return Section.withChart(
        "routering",
        texts.text("demo.routering.title"),
        chart,
        Table.of(niveau, casussen, niveaus, texts),
        texts.text("demo.routering.text"));
  }

  private static Section werkplan(Werkplan werkplan, Texts texts) {
    LocalDate start = werkplan.jaar().atDay(1);
    List<TimelineItem> items = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (WerkplanItem item : werkplan.items()) {
      LocalDate end = item.gerealiseerdVoor().minusDays(1);
      items.add(new TimelineItem(item.nummer() + ". " + item.onderwerp(), start, end.isBefore(start) ? start : end));
      List<String> evaluaties = new ArrayList<>();
      for (Evaluatie evaluatie : item.evaluaties()) {
        evaluaties.add(texts.date(evaluatie.datum()) + ": "
            + evaluatie.uitkomst().map(v -> texts.text("voortgang." + v.name())).orElse("—"));
      }
      rows.add(List.of(String.valueOf(item.nummer()), item.onderwerp(), texts.date(item.gerealiseerdVoor()),
          String.join("; ", evaluaties)));
    }
    String jaar = String.valueOf(werkplan.jaar());
    Chart chart = Charts.timeline("werkplan", texts.text("demo.werkplan.chart", jaar), texts.text("demo.werkplan.series"),
        items, texts);
    return Section.withChart(
        "werkplan",
        texts.text("demo.werkplan.title", jaar),
        chart,
        new Table(List.of(texts.text("demo.werkplan.headers").split("\\|")), rows),
        texts.text("demo.werkplan.text"));
  }

  private static Section validatie(DemoResult result, Texts texts) {
    List<List<String>> rows = new ArrayList<>();
    new TreeMap<>(result.overtredingenPerRegel()).forEach((rule, count) -> rows.add(List.of(rule, texts.number(count))));
    String summary = texts.text("demo.validatie.text", texts.number(result.referentieRecords()),
        texts.number(result.steekproefRecords()))
        + " " + texts.text(rows.isEmpty() ? "validatie.geen" : "validatie.perRegel");
    String rules = texts.text("validatie.regels");
    Optional<Table> table = rows.isEmpty()
        ? Optional.empty() : Optional.of(new Table(List.of(texts.text("validatie.headers").split("\\|")), rows));
    return new Section("validatie", texts.text("validatie.title"), List.of(summary, rules), Optional.empty(), table);
  }

  private static Section statistiek(int index, NamedTable named, Texts texts) {
    return Section.withTable(
        "statistiek-" + index,
        texts.text("demo.statistiek.title", named.titel()),
        PublishedTables.table(named.tabel(), texts),
        texts.text("statistiek.text", TableConventions.SUPPRESSED_MARK));
  }
}
