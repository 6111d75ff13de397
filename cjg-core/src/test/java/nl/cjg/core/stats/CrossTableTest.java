package nl.cjg.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.stats.audit.TableAudit;
import nl.cjg.core.stats.table.Cell;
import nl.cjg.core.stats.table.PublishedTable;
import org.junit.jupiter.api.Test;

class CrossTableTest {
  static final Leeftijdsgroep TOT_15 = Leeftijdsgroep.of(0, 15);
  static final Leeftijdsgroep VAN_15_TOT_25 = Leeftijdsgroep.of(15, 25);

  /** Werkplan CJG Bergen 2012, uitwerking 1, bevolking per kern: per kern the young people 0-15 and 15-25. */
  static CrossTable<Kern, Leeftijdsgroep> kernenByBand() {
    return CrossTable.of(
        BergenKernen.all(),
        List.of(TOT_15, VAN_15_TOT_25),
        new long[][] {{1878, 1269}, {48, 40}, {593, 444}, {548, 346}, {754, 452}, {959, 640}, {34, 23}});
  }

  /** Werkplan CJG Bergen 2012, uitwerking 1, kinderopvang per kern: children per type of childcare and BES kern. */
  static CrossTable<String, String> kinderopvang() {
    return CrossTable.of(
        List.of("Buitenschoolse opvang", "Kinderdagopvang", "Peuterspeelzaal"),
        List.of("Bergen", "Egmond", "Schoorl"),
        new long[][] {{254, 158, 84}, {126, 125, 67}, {32, 136, 34}});
  }

  /** Werkplan CJG Bergen 2012, uitwerking 1, aanbod JGZ, opvoedspreekuur (resultaat contact): outcome of opvoedspreekuur contacts per location. */
  static CrossTable<String, String> resultaatContact() {
    return CrossTable.of(
        List.of(
            "Andere aanpak uitproberen",
            "Probleem beter hanteerbaar",
            "Probleem opgelost",
            "Probleem ongewijzigd",
            "Doorverwijzing",
            "Nvt / anders / onbekend"),
        List.of("Egmond", "Bergen"),
        new long[][] {{17, 3}, {2, 7}, {2, 1}, {2, 2}, {6, 3}, {1, 1}});
  }

  @Test
  void kernenRowTotalsAndRowPercentagesAreTheSeeds() {
    CrossTable<Kern, Leeftijdsgroep> table = kernenByBand();
    assertEquals(
        List.of(3147L, 88L, 1037L, 894L, 1206L, 1599L, 57L), List.copyOf(table.rowTotals().counts().values()));
    int[][] seedPercentages = {{60, 40}, {55, 45}, {57, 43}, {61, 39}, {63, 37}, {60, 40}, {60, 40}};
    for (int k = 0; k < BergenKernen.all().size(); k++) {
      Distribution<Leeftijdsgroep> row = table.row(BergenKernen.all().get(k));
      assertEquals(BigDecimal.valueOf(seedPercentages[k][0]), row.percentages(0).orElseThrow().get(TOT_15));
      assertEquals(BigDecimal.valueOf(seedPercentages[k][1]), row.percentages(0).orElseThrow().get(VAN_15_TOT_25));
    }
    // The kernen add up to 8028 young people 0-25, not to the municipality's 7753 of the bands.
    assertEquals(8028, table.total());
    assertEquals(4814, table.columnTotals().count(TOT_15));
    assertEquals(3214, table.columnTotals().count(VAN_15_TOT_25));
  }

  @Test
  void childcareTotalsShowTheSeedsBergenTotalIsWrong() {
    CrossTable<String, String> table = kinderopvang();
    assertEquals(List.of(496L, 318L, 202L), List.copyOf(table.rowTotals().counts().values()));
    assertEquals(412, table.columnTotals().count("Bergen")); // the source says 418
    assertEquals(419, table.columnTotals().count("Egmond"));
    assertEquals(185, table.columnTotals().count("Schoorl"));
    assertEquals(1016, table.total());
    assertEquals(254, table.count("Buitenschoolse opvang", "Bergen"));
    assertEquals(0, table.count("Buitenschoolse opvang", "Alkmaar"));
    assertEquals(table.column("Egmond").counts().values().stream().mapToLong(Long::longValue).sum(), 419);
  }

  @Test
  void opvoedspreekuurContactsAddUpAndOutcomesDoNot() {
    CrossTable<String, String> contacts =
        CrossTable.of(
            List.of("Eerste contact", "Vervolg contact", "Laatste contact", "Eenmalig"),
            List.of("Egmond", "Bergen"),
            new long[][] {{21, 13}, {24, 19}, {19, 12}, {13, 3}});
    assertEquals(77, contacts.columnTotals().count("Egmond"));
    assertEquals(47, contacts.columnTotals().count("Bergen"));
    assertEquals(124, contacts.total());
    assertEquals(List.of(34L, 43L, 31L, 16L), List.copyOf(contacts.rowTotals().counts().values()));

    // The source's Egmond total 31, row total 10 and grand total 48 all hold when Egmond's
    // "Probleem beter hanteerbaar" is 3 rather than 2, which is what the table audit reports.
    CrossTable<String, String> outcomes = resultaatContact();
    assertEquals(30, outcomes.columnTotals().count("Egmond"));
    assertEquals(9, outcomes.rowTotals().count("Probleem beter hanteerbaar"));
    assertEquals(47, outcomes.total());
  }

  @Test
  void mergeAndPlusAddPerCellAndExtendCategories() {
    CrossTable<String, String> a = CrossTable.<String, String>empty(List.of("r1"), List.of("c1")).add("r1", "c1", 2);
    CrossTable<String, String> b = CrossTable.<String, String>empty(List.of("r2"), List.of("c1", "c2")).add("r2", "c2", 3);
    CrossTable<String, String> merged = a.merge(b);
    assertEquals(List.of("r1", "r2"), merged.rowCategories());
    assertEquals(List.of("c1", "c2"), merged.columnCategories());
    assertEquals(2, merged.count("r1", "c1"));
    assertEquals(3, merged.count("r2", "c2"));
    assertEquals(0, merged.count("r1", "c2"));
    assertEquals(merged, merged.merge(CrossTable.empty(List.of(), List.of())));
    assertEquals(merged, CrossTable.<String, String>empty(List.of(), List.of()).merge(merged));
    assertThrows(IllegalArgumentException.class, () -> a.add("r1", "c1", -1));
  }

  @Test
  void structuralRules() {
    assertEquals(
        CrossTable.CATEGORIES_CODE,
        assertThrows(InvalidValueException.class, () -> CrossTable.empty(List.of("a", "a"), List.of("c"))).code());
    assertEquals(
        CrossTable.SHAPE_CODE,
        assertThrows(InvalidValueException.class, () -> CrossTable.of(List.of("a"), List.of("c"), new long[][] {{1, 2}}))
            .code());
    assertEquals(
        CrossTable.SHAPE_CODE,
        assertThrows(InvalidValueException.class, () -> CrossTable.of(List.of("a"), List.of("c"), new long[][] {}))
            .code());
    assertEquals(
        CrossTable.NEGATIVE_CODE,
        assertThrows(InvalidValueException.class, () -> CrossTable.of(List.of("a"), List.of("c"), new long[][] {{-1}}))
            .code());
  }

  @Test
  void publishingATableWithoutSmallCellsChangesNothing() {
    PublishedTable table = kinderopvang().publish("Soort opvang", Function.identity(), Function.identity());
    assertEquals(List.of("Soort opvang", "Bergen", "Egmond", "Schoorl", "Totaal"), table.headers());
    assertEquals(Cell.of(412), table.cell(3, 0));
    assertEquals(Cell.of(1016), table.cell(3, 3));
    assertTrue(TableAudit.audit(table).isConsistent());
  }

  @Test
  void secondarySuppressionClosesTheCheapestRectangle() {
    DisclosureControl control = DisclosureControl.builder().threshold(50).build();
    PublishedTable table = kinderopvang().publish("Soort opvang", Function.identity(), Function.identity(), control);
    // Peuterspeelzaal Bergen (32) and Schoorl (34) are below 50; Kinderdagopvang Bergen and
    // Schoorl (126 + 67) are cheaper complements than Buitenschoolse opvang (254 + 84).
    assertTrue(table.cell(2, 0).isSuppressed());
    assertTrue(table.cell(2, 2).isSuppressed());
    assertTrue(table.cell(1, 0).isSuppressed());
    assertTrue(table.cell(1, 2).isSuppressed());
    assertEquals(Cell.of(254), table.cell(0, 0));
    assertEquals(Cell.of(136), table.cell(2, 1));
    assertEquals(Cell.of(412), table.cell(3, 0));
  }

  @Test
  void publishingProtectsTheOutcomesTable() {
    PublishedTable table = resultaatContact().publish("Resultaat contact", Function.identity(), Function.identity());
    // Every count below 5 is suppressed, and so are enough others that none can be recomputed.
    for (int r = 0; r < 7; r++) {
      int suppressed = 0;
      for (int c = 0; c < 3; c++) {
        suppressed += table.cell(r, c).isSuppressed() ? 1 : 0;
      }
      assertTrue(suppressed == 0 || suppressed >= 2, "row " + r);
    }
    for (int c = 0; c < 3; c++) {
      int suppressed = 0;
      for (int r = 0; r < 7; r++) {
        suppressed += table.cell(r, c).isSuppressed() ? 1 : 0;
      }
      assertTrue(suppressed == 0 || suppressed >= 2, "column " + c);
    }
    assertTrue(table.cell(1, 0).isSuppressed());
    assertEquals(Cell.of(20), table.cell(0, 2));
    assertEquals(Cell.of(30), table.cell(6, 0));
    assertEquals(Cell.of(47), table.cell(6, 2));
    assertTrue(TableAudit.audit(table).isConsistent());
  }
}
