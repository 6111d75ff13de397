package nl.cjg.core.overleg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import nl.cjg.core.overleg.Casusoverleg.Overlegvorm;
import org.junit.jupiter.api.Test;

/** The meeting forms as Werkplan CJG Bergen 2012, uitwerking 2, "Overlegstructuren binnen de gemeente", describes them. */
class OverlegvormTest {
  @Test
  void theCasusoverlegIsCalledPlanbesprekingFrom2013() {
    assertEquals("casusoverleg CJG", Overlegvorm.CASUSOVERLEG_CJG.naam(2012));
    assertEquals("Planbespreking", Overlegvorm.CASUSOVERLEG_CJG.naam(2013));
    assertEquals("buurtnetwerk", Overlegvorm.BUURTNETWERK.naam(2013));
  }

  @Test
  void theZatOfSecondarySchoolsMeetsFiveToSixTimesAYearChairedByTheSchoolorthopedagoog() {
    assertEquals("5 tot 6 keer per jaar, 1 tot 1,5 uur", Overlegvorm.ZORG_ADVIES_TEAM_VO.frequentie());
    assertEquals("schoolorthopedagoog", Overlegvorm.ZORG_ADVIES_TEAM_VO.voorzitter());
    assertTrue(Overlegvorm.ZORG_ADVIES_TEAM_VO.deelnemers().contains("leerplichtambtenaar"));
  }

  @Test
  void theBuurtnetwerkenEndedIn2012AndTheCasusoverlegMeetsEveryThreeWeeks() {
    assertEquals(Optional.of(LocalDate.of(2012, 12, 31)), Overlegvorm.BUURTNETWERK.beeindigdUiterlijk());
    assertEquals(Optional.empty(), Overlegvorm.CASUSOVERLEG_CJG.beeindigdUiterlijk());
    assertEquals("eens per drie weken", Overlegvorm.CASUSOVERLEG_CJG.frequentie());
    assertEquals("coördinator CJG, tevens procesregisseur", Overlegvorm.CASUSOVERLEG_CJG.voorzitter());
  }
}
