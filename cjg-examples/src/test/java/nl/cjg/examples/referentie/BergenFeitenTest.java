package nl.cjg.examples.referentie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Casusstatus;
import nl.cjg.core.overleg.Casusoverleg;
import nl.cjg.core.validation.CjgValidator;
import nl.cjg.core.validation.ValidationResult;
import org.junit.jupiter.api.Test;

/** The facts of the reference dataset: valid, and as the sources count them. */
class BergenFeitenTest {
  private static final CjgValidator VALIDATOR = CjgValidator.create();

  @Test
  void everyRecordValidatesWithoutViolations() {
    for (Object record : BergenFeiten.records()) {
      ValidationResult result = VALIDATOR.validate(record);
      assertTrue(result.isValid(), () -> record.getClass().getSimpleName() + ": " + result.violations());
    }
  }

  @Test
  void thePilotHasFiveMeetingsEveryThreeWeeksAndElevenRequests() {
    List<Casusoverleg> overleggen = BergenPilot.overleggen();
    assertEquals(5, overleggen.size());
    for (int i = 1; i < overleggen.size(); i++) {
      assertEquals(21, overleggen.get(i).datum().toEpochDay() - overleggen.get(i - 1).datum().toEpochDay());
    }
    List<Casus> casussen = BergenPilot.casussen();
    assertEquals(11, casussen.size());
    long besproken = casussen.stream().filter(c -> status(c) == Casusstatus.BESPROKEN).count();
    long doorverwezen = casussen.stream().filter(c -> status(c) == Casusstatus.DOORVERWEZEN).count();
    assertTrue(besproken < 11, "fewer handled than requested (Werkplan CJG Bergen 2012, uitwerking 2, evaluatie van de pilot (overige evaluatiepunten))");
    assertEquals(11, besproken + doorverwezen, "all other requests were taken up elsewhere in the network");
    assertEquals(besproken, overleggen.stream().mapToLong(o -> o.casussen().size()).sum());
    assertTrue(casussen.stream().filter(Casus::isAnoniem).count() < casussen.size() / 2, "most with consent (Werkplan CJG Bergen 2012, uitwerking 2, evaluatie van de pilot (inbedden 1 gezin/1 plan))");
    assertTrue(casussen.stream().allMatch(c -> c.kind().persoonsgegevens().isEmpty()), "no identifying data");
  }

  @Test
  void everyMeetingRanHalfAnHourToAnHourOverItsPlannedHourAndAHalf() {
    for (Casusoverleg overleg : BergenPilot.overleggen()) {
      assertEquals(90, overleg.geplandeMinuten());
      int over = overleg.bestedeMinuten().orElseThrow() - overleg.geplandeMinuten();
      assertTrue(over >= 30 && over <= 60, "over by " + over);
    }
  }

  private static Casusstatus status(Casus casus) {
    return casus.statusgeschiedenis().huidigeStatus();
  }
}
