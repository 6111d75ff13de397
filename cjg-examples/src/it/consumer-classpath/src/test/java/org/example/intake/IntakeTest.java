package org.example.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import nl.cjg.core.casus.Casus;
import nl.cjg.jqwik.CjgArbitraries;
import org.junit.jupiter.api.Test;

class IntakeTest {
  @Test
  void anIntakeRecordBecomesAValidCaseThatReadsBackEqual() {
    Casus casus = Intake.anonymousCase("CJG-2012-101", LocalDate.of(2012, 5, 1));
    assertTrue(Intake.problems(casus).isEmpty(), Intake.problems(casus).toString());
    assertEquals(casus, Intake.exchange(casus));
  }

  @Test
  void generatedCasesAreValidForTheConsumerToo() {
    CjgArbitraries.casus().sampleStream().limit(20).forEach(casus -> {
      assertTrue(Intake.problems(casus).isEmpty(), Intake.problems(casus).toString());
      assertEquals(casus, Intake.exchange(casus));
    });
  }
}
