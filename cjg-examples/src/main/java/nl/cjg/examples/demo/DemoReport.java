package nl.cjg.examples.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import nl.cjg.core.stats.audit.Finding;
import nl.cjg.core.stats.table.Cell;
import nl.cjg.core.stats.table.PublishedTable;
import nl.cjg.core.stats.table.TableConventions;
import nl.cjg.core.stats.table.TableRow;
import nl.cjg.core.werkplan.Evaluatie;
import nl.cjg.core.werkplan.Werkplan;
import nl.cjg.core.werkplan.WerkplanItem;
import nl.cjg.examples.report.Chart;
import nl.cjg.examples.report.Charts;
import nl.cjg.examples.report.Report;
import nl.cjg.examples.report.Section;
import nl.cjg.examples.report.Table;
import nl.cjg.examples.report.TimelineItem;

/** Builds the demo's {@link Report} from its {@link DemoResult}: one section per subject, each with a short explanation. */
public final class DemoReport {
  private DemoReport() {}

  /**
   * The report of a demo run.
   *
   * @param result what the demo computed
   * @return the report, ready for {@link nl.cjg.examples.report.HtmlReport}
   */
  public static Report of(DemoResult result) {
    List<Section> sections = new ArrayList<>();
    sections.add(populatie(result.populatie()));
    sections.add(bereik(result.aanbod()));
    sections.add(verzoeken(result.pilot()));
    sections.add(routering(result.routering()));
    sections.add(werkplan(result.werkplan()));
    sections.add(validatie(result));
    result.statistieken().forEach(table -> sections.add(statistiek(sections.size(), table)));
    sections.add(audit(result.audits()));
    return new Report(
        "CJG Bergen — demo van de CJG-bibliotheek",
        List.of(
            "Dit rapport is gemaakt door de CJG-bibliotheek op de Bergense referentiegegevens (werkplan 2012, plan van"
                + " aanpak 2008–2010, sociale kaart, CBS 2010) en op een gegenereerde, gekalibreerde steekproef van "
                + result.steekproefCasussen() + " casussen (seed " + result.seed() + ", peildatum " + result.peildatum()
                + "). Gegenereerde gegevens zijn verzonnen: geen echte personen, burgerservicenummers alleen uit de testreeks.",
            "Tabellen voor publicatie zijn beschermd: kleine aantallen zijn onderdrukt (x), zodat geen kind herkenbaar is."),
        sections);
  }

  private static Section populatie(Populatie populatie) {
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
    Chart chart = Charts.stackedBars("populatie", "Jeugdigen per kern en leeftijdsgroep", "kern", "inwoners", ordered);
    return Section.withChart(
        "populatie",
        "Bevolking per kern en leeftijd",
        chart,
        "Hoeveel jeugdigen wonen in elke kern van de gemeente, gestapeld per leeftijdsgroep (bron: " + populatie.bron()
            + ", peildatum " + populatie.peildatum() + "). Het CJG richt zich op (toekomstige) ouders en jeugdigen tot en met"
            + " 23 jaar; deze verdeling bepaalt waar het aanbod het meest nodig is.");
  }

  private static Section bereik(List<Aanbod> aanbod) {
    Map<String, Long> bereik = new LinkedHashMap<>();
    List<List<String>> rows = new ArrayList<>();
    for (Aanbod offering : aanbod) {
      Optional<Long> count = bereik(offering);
      count.ifPresent(c -> bereik.put(offering.naam(), c));
      rows.add(List.of(offering.partner(), offering.naam(), offering.soort().code(), offering.aard().code(),
          count.map(String::valueOf).orElse("")));
    }
    Chart chart = Charts.bars("bereik", "Bereik van het aanbod", "aanbod", "deelnemers, contacten of trajecten", bereik);
    Table table = new Table(List.of("Partner", "Aanbod", "Soort", "Aard", "Bereik"), rows);
    return new Section(
        "bereik",
        "Bereik van het aanbod",
        List.of(
            "Per aanbod het aantal deelnemers (of, waar het werkplan die telt, contacten of trajecten) in het jaar van"
                + " het jaarverslag. Basisaanbod is er voor iedereen in een leeftijdsgroep; flexibel aanbod is maatwerk.",
            "Aanbod zonder telling in het werkplan (zoals het schoolmaatschappelijk werk) staat in de tabel zonder bereik."),
        Optional.of(chart),
        Optional.of(table));
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

  private static Section verzoeken(List<Casus> pilot) {
    long besproken = pilot.stream().filter(c -> c.datumOverleg().isPresent()).count();
    long doorverwezen = pilot.stream().filter(c -> c.statusgeschiedenis().huidigeStatus() == Casusstatus.DOORVERWEZEN).count();
    long anoniem = pilot.stream().filter(Casus::isAnoniem).count();
    Map<String, Long> stroom = new LinkedHashMap<>();
    stroom.put("verzoeken om bespreking", (long) pilot.size());
    stroom.put("besproken in het casusoverleg", besproken);
    stroom.put("elders in het netwerk opgepakt", doorverwezen);
    stroom.put("anoniem ingebracht", anoniem);
    Chart chart = Charts.bars("verzoeken", "Verzoeken in de pilot casusoverleg 2012", "verzoeken", "aantal", stroom);
    return Section.withChart(
        "verzoeken",
        "Verzoeken aan het casusoverleg",
        chart,
        "De pilot van voorjaar 2012: vijf casusoverleggen, eens per drie weken, met " + pilot.size() + " verzoeken om een"
            + " casus te bespreken. Niet alle verzoeken konden worden besproken; de andere zijn elders in het netwerk"
            + " opgepakt. De meeste casussen kwamen met toestemming van de ouders, zodat samen een plan kon worden gemaakt"
            + " (1 Gezin 1 Plan).");
  }

  private static Section routering(Map<String, Long> niveaus) {
    Chart chart = Charts.bars("routering", "Advies per niveau", "niveau", "casussen", niveaus);
    return Section.withChart(
        "routering",
        "Routering van de casussen",
        chart,
        "Elke gegenereerde casus is gerouteerd met de Bergense regels van 2012: van informatie en eigen kracht, via"
            + " basisaanbod en het casusoverleg, naar specialistische hulp en de meldcode bij onveiligheid. Ieder advies"
            + " legt uit welke regels hebben gewogen.");
  }

  private static Section werkplan(Werkplan werkplan) {
    LocalDate start = werkplan.jaar().atDay(1);
    List<TimelineItem> items = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (WerkplanItem item : werkplan.items()) {
      LocalDate end = item.gerealiseerdVoor().minusDays(1);
      items.add(new TimelineItem(item.nummer() + ". " + kort(item.onderwerp()), start, end.isBefore(start) ? start : end));
      List<String> evaluaties = new ArrayList<>();
      for (Evaluatie evaluatie : item.evaluaties()) {
        evaluaties.add(evaluatie.datum() + ": " + evaluatie.uitkomst().map(v -> v.name().toLowerCase(Locale.ROOT).replace('_', ' ')).orElse("—"));
      }
      rows.add(List.of(String.valueOf(item.nummer()), item.onderwerp(), item.gerealiseerdVoor().toString(), String.join("; ", evaluaties)));
    }
    Chart chart = Charts.timeline("werkplan", "Werkplan " + werkplan.jaar(), "werkplan", items);
    return new Section(
        "werkplan",
        "Tijdlijn van het werkplan " + werkplan.jaar(),
        List.of("De vier onderwerpen van het werkplan, elk van het begin van het jaar tot de datum waarvoor het"
            + " gerealiseerd moest zijn, met de uitkomst van de evaluaties in juni en oktober."),
        Optional.of(chart),
        Optional.of(new Table(List.of("Nr", "Onderwerp", "Gerealiseerd voor", "Evaluaties"), rows)));
  }

  private static String kort(String text) {
    return text.length() <= 48 ? text : text.substring(0, 47) + "…";
  }

  private static Section validatie(DemoResult result) {
    List<List<String>> rows = new ArrayList<>();
    new TreeMap<>(result.overtredingenPerRegel()).forEach((rule, count) -> rows.add(List.of(rule, String.valueOf(count))));
    String summary = "De referentiegegevens (" + result.referentieRecords() + " records) en de steekproef ("
        + result.steekproefRecords() + " records) zijn gevalideerd met alle regels van de bibliotheek: "
        + (rows.isEmpty() ? "geen overtredingen." : "overtredingen per regel in de tabel.");
    List<String> explanation = List.of(summary,
        "Iedere regel heeft een vast nummer; docs/validation-rules.md zegt per regel wat hij controleert en waarom.");
    Optional<Table> table = rows.isEmpty() ? Optional.empty() : Optional.of(new Table(List.of("Regel", "Overtredingen"), rows));
    return new Section("validatie", "Validatie", explanation, Optional.empty(), table);
  }

  private static Section statistiek(int index, NamedTable named) {
    PublishedTable tabel = named.tabel();
    List<List<String>> rows = new ArrayList<>();
    for (TableRow row : tabel.rows()) {
      List<String> cells = new ArrayList<>();
      cells.add(row.label());
      row.cells().forEach(cell -> cells.add(text(cell)));
      rows.add(cells);
    }
    return Section.withTable(
        "statistiek-" + index,
        named.titel() + " (steekproef)",
        new Table(tabel.headers(), rows),
        "Geteld over de gegenereerde casussen en gepubliceerd met onthullingscontrole: cellen met een klein aantal"
            + " staan als " + TableConventions.SUPPRESSED_MARK + ", en zo veel andere cellen als nodig is om ze niet uit de"
            + " totalen terug te kunnen rekenen.");
  }

  private static String text(Cell cell) {
    if (cell.isSuppressed()) {
      return TableConventions.SUPPRESSED_MARK;
    }
    return cell.value().map(v -> v.toPlainString()).orElse("");
  }

  private static Section audit(List<AuditedTable> audits) {
    List<List<String>> rows = new ArrayList<>();
    long consistent = 0;
    for (AuditedTable audited : audits) {
      if (audited.resultaat().isConsistent()) {
        consistent++;
      }
      for (Finding finding : audited.resultaat().findings()) {
        rows.add(List.of(audited.tabel().titel(), audited.tabel().bron(), finding.row(), finding.column(),
            finding.kind().jsonName(), finding.stated().toPlainString(), finding.expected().toPlainString()));
      }
    }
    return Section.withTable(
        "audit",
        "Controle van de tabellen in het werkplan",
        new Table(List.of("Tabel", "Bron", "Rij", "Kolom", "Soort", "Staat er", "Zou moeten zijn"), rows),
        "De " + audits.size() + " tabellen met cijfers in het werkplan 2012 zijn nagerekend: totalen die niet de som van"
            + " hun delen zijn, en percentages die niet volgen uit hun aantal. " + consistent + " tabellen kloppen; de"
            + " andere staan hieronder met de cel die het verschil verklaart en de waarde die er had moeten staan.");
  }
}
