package nl.cjg.core.stats.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.cjg.core.populatie.Voorzieningen.AwbzBegeleiding;
import nl.cjg.core.populatie.Voorzieningen.Grondslag;
import nl.cjg.core.populatie.Voorzieningen.Kinderopvang;
import nl.cjg.core.populatie.Voorzieningen.Opvangsoort;
import nl.cjg.core.populatie.Voorzieningen.School;
import nl.cjg.core.populatie.Voorzieningen.Zorgtype;
import nl.cjg.core.referentie.BergenReferentie;
import nl.cjg.core.stats.table.Cell;
import nl.cjg.core.stats.table.PublishedTable;
import nl.cjg.core.stats.table.TableRow;

/**
 * The count tables of the Werkplan CJG Bergen 2012, uitwerking 1, that the reference data holds as
 * records (kinderopvang per kern, leerlingen per school, AWBZ begeleiding naar type zorg and naar
 * grondslag), laid out as the source prints them, in the audit format's conventions: a total row
 * or column named "Totaal" (or "(overlap)" where the rows overlap), percentages in "%" and "% van N"
 * columns. The figures come from {@link BergenReferentie} only.
 */
final class BergenTabellen {
  private BergenTabellen() {}

  /** Werkplan CJG Bergen 2012, uitwerking 1, doelgroep (kinderopvang per kern). */
  static PublishedTable kinderopvang() {
    Kinderopvang opvang = BergenReferentie.kinderopvang();
    List<String> clusters = List.copyOf(opvang.clusters());
    List<String> headers = new ArrayList<>(List.of("Soort opvang"));
    headers.addAll(clusters);
    headers.add("Totaal");
    List<TableRow> rows = new ArrayList<>();
    for (Opvangsoort soort : Opvangsoort.values()) {
      List<Cell> cells = new ArrayList<>();
      clusters.forEach(cluster -> cells.add(cell(opvang.kinderen(soort, cluster))));
      cells.add(cell(Optional.ofNullable(opvang.totaalPerSoort().get(soort))));
      rows.add(TableRow.of(soort.naam(), cells));
    }
    List<Cell> totalen = new ArrayList<>();
    clusters.forEach(cluster -> totalen.add(cell(Optional.ofNullable(opvang.totaalPerCluster().get(cluster)))));
    totalen.add(cell(opvang.totaal()));
    rows.add(TableRow.of("totaal", totalen));
    return PublishedTable.of(headers, rows);
  }

  /** Werkplan CJG Bergen 2012, uitwerking 1, doelgroep (leerlingen per school). */
  static PublishedTable leerlingen() {
    List<TableRow> rows = new ArrayList<>();
    for (School school : BergenReferentie.scholen()) {
      rows.add(TableRow.of(school.naam(), Cell.of(school.leerlingen()), cell(school.woonachtigInGemeente())));
    }
    return PublishedTable.of(List.of("School", "Totaal aantal leerlingen", "Woonachtig in Bergen"), rows);
  }

  /** Werkplan CJG Bergen 2012, uitwerking 1, Bureau Jeugdzorg (AWBZ begeleiding naar type zorg). */
  static PublishedTable awbzTypeZorg() {
    AwbzBegeleiding awbz = BergenReferentie.awbzBegeleiding();
    List<TableRow> rows = new ArrayList<>();
    for (Map.Entry<Zorgtype, AwbzBegeleiding.Regel> type : awbz.naarTypeZorg().entrySet()) {
      String label = type.getKey() == Zorgtype.KORTDUREND_VERBLIJF ? type.getKey().naam() : type.getKey().naam() + " 0-17 jaar";
      rows.add(regel(label, type.getValue()));
    }
    rows.add(TableRow.of(totaal(awbz) + " (overlap)", Cell.of(awbz.clienten()), Cell.empty(), cell(awbz.procentVanJongeren())));
    return PublishedTable.of(List.of("Type zorg", "AWBZ (0-17 jaar)", "%", van(awbz)), rows);
  }

  /** Werkplan CJG Bergen 2012, uitwerking 1, Bureau Jeugdzorg (AWBZ begeleiding naar grondslag). */
  static PublishedTable awbzGrondslag() {
    AwbzBegeleiding awbz = BergenReferentie.awbzBegeleiding();
    List<TableRow> rows = new ArrayList<>();
    for (Map.Entry<Grondslag, AwbzBegeleiding.Regel> grondslag : awbz.naarGrondslag().entrySet()) {
      rows.add(regel(grondslag.getKey().naam() + " (" + grondslag.getKey().name() + ")", grondslag.getValue()));
    }
    rows.add(TableRow.of(totaal(awbz), Cell.of(awbz.clienten()), Cell.empty(), Cell.empty()));
    return PublishedTable.of(List.of("Grondslag", "Aantal cliënten (0-17 jaar)", "%", van(awbz)), rows);
  }

  private static TableRow regel(String label, AwbzBegeleiding.Regel regel) {
    return TableRow.of(label, Cell.of(regel.clienten()), cell(regel.procentVanAwbz()), cell(regel.procentVanJongeren()));
  }

  private static String totaal(AwbzBegeleiding awbz) {
    return "Totaal aantal jongeren " + awbz.leeftijdsgroep().van() + "-" + (awbz.leeftijdsgroep().tot() - 1) + " jaar AWBZ";
  }

  private static String van(AwbzBegeleiding awbz) {
    return "% van " + awbz.jongeren().orElseThrow();
  }

  private static Cell cell(Optional<? extends Number> value) {
    return value.map(n -> n instanceof BigDecimal d ? Cell.of(d) : Cell.of(n.longValue())).orElse(Cell.empty());
  }
}
