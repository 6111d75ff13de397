package nl.cjg.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.stats.table.PublishedTable;
import org.junit.jupiter.api.Test;

class DisclosureControlTest {
  @Test
  void standardSuppressesCountsBelowFiveZerosIncluded() {
    DisclosureControl standard = DisclosureControl.standard();
    assertEquals(DisclosureControl.DEFAULT_THRESHOLD, standard.threshold());
    assertTrue(standard.isSensitive(0));
    assertTrue(standard.isSensitive(4));
    assertFalse(standard.isSensitive(5));
    assertEquals(7, standard.rounded(7));
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
  void aTableWithoutCategoriesIsSuppressedWhole() {
    PublishedTable table =
        CrossTable.<String, String>empty(List.of(), List.of("a", "b")).publish("", Function.identity(), Function.identity());
    assertEquals(1, table.rows().size());
    assertTrue(table.rows().get(0).cells().stream().allMatch(cell -> cell.isSuppressed()));
  }

  @Test
  void settingsAreChecked() {
    assertEquals(
        DisclosureControl.SETTINGS_CODE,
        assertThrows(InvalidValueException.class, () -> DisclosureControl.builder().threshold(-1).build()).code());
    assertEquals(
        "DISCLOSURE-S01",
        assertThrows(InvalidValueException.class, () -> DisclosureControl.builder().roundingBase(0).build()).code());
  }
}
