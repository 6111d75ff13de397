package nl.cjg.core.overleg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import nl.cjg.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class PlanningsregelsTest {
  private static String code(Executable build) {
    return assertThrows(InvalidValueException.class, build).code();
  }

  @Test
  void thePilotsDefaults() {
    Planningsregels standaard = Planningsregels.standaard();
    assertEquals(90, standaard.minutenPerOverleg());
    assertEquals(1, standaard.dagenVoorbereiding());
    assertEquals(Optional.empty(), standaard.maximaalUitgesteld());
    assertEquals(Optional.empty(), standaard.maximaleWachtdagen());
  }

  @Test
  void aMeetingHasAtLeastOneMinute() {
    assertEquals("PLANNING-S05", code(() -> Planningsregels.builder().minutenPerOverleg(0).build()));
  }

  @Test
  void thePreparationTimeIsNotNegative() {
    assertEquals("PLANNING-S06", code(() -> Planningsregels.builder().dagenVoorbereiding(-1).build()));
    assertEquals(0, Planningsregels.builder().dagenVoorbereiding(0).build().dagenVoorbereiding());
  }

  @Test
  void aRequestMayBePassedOverAtLeastOnce() {
    assertEquals("PLANNING-S07", code(() -> Planningsregels.builder().maximaalUitgesteld(0).build()));
    assertEquals(Optional.of(1), Planningsregels.builder().maximaalUitgesteld(1).build().maximaalUitgesteld());
  }

  @Test
  void theLongestWaitIsNotShorterThanThePreparationTime() {
    assertEquals(
        "PLANNING-S08", code(() -> Planningsregels.builder().dagenVoorbereiding(3).maximaleWachtdagen(2).build()));
    assertEquals(
        Optional.of(3), Planningsregels.builder().dagenVoorbereiding(3).maximaleWachtdagen(3).build().maximaleWachtdagen());
  }
}
