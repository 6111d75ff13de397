package nl.cjg.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.function.Function;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.stats.table.Cell;
import nl.cjg.core.stats.table.PublishedTable;
import org.junit.jupiter.api.Test;

class DisclosureControlTest {
  @Test
  void standardWithholdsCountsBelowFiveButNotZeros() {
    DisclosureControl standard = DisclosureControl.standard();
    assertEquals(DisclosureControl.DEFAULT_THRESHOLD, standard.threshold());
    assertFalse(standard.isSensitive(0));
    assertTrue(standard.isSensitive(1));
    assertTrue(standard.isSensitive(4));
    assertFalse(standard.isSensitive(5));
    assertEquals(7, standard.rounded(7));
    assertEquals(DisclosureControl.Cost.VALUE, standard.cost());
  }

  @Test
  void theDefaultProtectionIntervalReachesFromZeroToTheThreshold() {
    DisclosureControl standard = DisclosureControl.standard();
    assertEquals(2, standard.upperProtection(3));
    assertEquals(3, standard.lowerProtection(3));
    assertEquals(5, DisclosureControl.builder().suppressZeros(true).build().upperProtection(0));
    assertEquals(0, standard.lowerProtection(0));
    DisclosureControl fixed = DisclosureControl.builder().upperProtectionLevel(3).lowerProtectionLevel(2).build();
    assertEquals(3, fixed.upperProtection(4));
    assertEquals(2, fixed.lowerProtection(4));
    assertEquals(1, fixed.lowerProtection(1), "never below 0");
    assertEquals(1, DisclosureControl.builder().upperProtectionLevel(0).build().upperProtection(4), "never a single value");
  }

  @Test
  void zerosCanBeShownAndTheThresholdChosen() {
    DisclosureControl control = DisclosureControl.builder().threshold(10).suppressZeros(false).build();
    assertFalse(control.isSensitive(0));
    assertTrue(control.isSensitive(9));
    assertFalse(control.isSensitive(10));
  }

  @Test
  void internalUseSuppressesNothing() {
    assertFalse(DisclosureControl.internalUseOnly().isSensitive(0));
    assertFalse(DisclosureControl.internalUseOnly().isSensitive(1));
    PublishedTable table =
        CrossTable.of(List.of("a"), List.of("b"), new long[][] {{1}})
            .publish("", Function.identity(), Function.identity(), DisclosureControl.internalUseOnly());
    assertFalse(table.cell(0, 0).isSuppressed());
  }

  @Test
  void roundingToMultiplesOfFiveRoundsHalfUp() {
    DisclosureControl control = DisclosureControl.builder().roundingBase(5).build();
    assertEquals(0, control.rounded(2));
    assertEquals(5, control.rounded(3));
    assertEquals(5, control.rounded(7));
    assertEquals(10, control.rounded(8));
    assertEquals(10, DisclosureControl.builder().roundingBase(10).build().rounded(5));
  }

  @Test
  void anEmptyCategoryIsLeftOutRatherThanWithheld() {
    CrossTable<String, String> table = CrossTable.of(List.of("p", "q", "r"), List.of("a", "b", "onbekend"),
        new long[][] {{7, 0, 0}, {8, 6, 0}, {0, 0, 0}});
    for (boolean zeros : new boolean[] {false, true}) {
      PublishedTable left = table.publish("", Function.identity(), Function.identity(),
          DisclosureControl.builder().suppressZeros(zeros).build());
      assertEquals(List.of("", "a", "b", "Totaal"), left.headers());
      assertEquals(List.of("p", "q", "Totaal"), left.rows().stream().map(row -> row.label()).toList());
      assertEquals(zeros, left.cell(0, 1).isSuppressed());
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("a", 7L);
    counts.put("b", 0L);
    assertEquals(Cell.of(0), Distribution.of(counts).publish("", Function.identity(), 0).cell(1, 0));
    assertEquals(List.of("a", "Totaal"),
        Distribution.of(counts).publish("", Function.identity(), 0, DisclosureControl.builder().suppressZeros(true).build())
            .rows().stream().map(row -> row.label()).toList());
  }

  @Test
  void settingsAreChecked() {
    assertEquals(
        DisclosureControl.SETTINGS_CODE,
        assertThrows(InvalidValueException.class, () -> DisclosureControl.builder().threshold(-1).build()).code());
    assertEquals(
        "DISCLOSURE-S01",
        assertThrows(InvalidValueException.class, () -> DisclosureControl.builder().roundingBase(0).build()).code());
    assertEquals(
        "DISCLOSURE-S01",
        assertThrows(InvalidValueException.class, () -> DisclosureControl.builder().upperProtectionLevel(-1).build()).code());
  }
}
