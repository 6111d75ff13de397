package nl.cjg.core.casus;

import static nl.cjg.core.casus.Casusstatus.AANGEMELD;
import static nl.cjg.core.casus.Casusstatus.AFGEROND;
import static nl.cjg.core.casus.Casusstatus.BESPROKEN;
import static nl.cjg.core.casus.Casusstatus.DOORVERWEZEN;
import static nl.cjg.core.casus.Casusstatus.GEAGENDEERD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import nl.cjg.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class StatusgeschiedenisTest {
  private static final LocalDate APRIL_23 = LocalDate.of(2012, 4, 23);

  @Test
  void aCaseGoesFromRequestToDiscussionToClosure() {
    Statusgeschiedenis history =
        Statusgeschiedenis.aangemeld(APRIL_23)
            .met(GEAGENDEERD, APRIL_23.plusDays(7))
            .met(BESPROKEN, APRIL_23.plusDays(21))
            .met(AFGEROND, APRIL_23.plusDays(21));
    assertEquals(AFGEROND, history.huidigeStatus());
    assertEquals(4, history.wijzigingen().size());
  }

  @Test
  void aRequestTheMeetingCannotTakeIsReferred() {
    Statusgeschiedenis referred = Statusgeschiedenis.aangemeld(APRIL_23).met(DOORVERWEZEN, APRIL_23.plusDays(3));
    assertEquals(DOORVERWEZEN, referred.huidigeStatus());
  }

  @Test
  void theAllowedTransitions() {
    assertEquals(EnumSet.of(GEAGENDEERD, DOORVERWEZEN), next(AANGEMELD));
    assertEquals(EnumSet.of(BESPROKEN, DOORVERWEZEN), next(GEAGENDEERD));
    assertEquals(EnumSet.of(GEAGENDEERD, AFGEROND, DOORVERWEZEN), next(BESPROKEN));
    assertEquals(EnumSet.noneOf(Casusstatus.class), next(AFGEROND));
    assertEquals(EnumSet.noneOf(Casusstatus.class), next(DOORVERWEZEN));
  }

  @Test
  void aHistoryStartsWithTheRequest() {
    InvalidValueException empty = assertThrows(InvalidValueException.class, () -> Statusgeschiedenis.builder().build());
    assertEquals(Statusgeschiedenis.START_CODE, empty.code());
    InvalidValueException late =
        assertThrows(
            InvalidValueException.class,
            () -> Statusgeschiedenis.builder().addWijziging(Statusgeschiedenis.Wijziging.of(GEAGENDEERD, APRIL_23)).build());
    assertEquals(Statusgeschiedenis.START_CODE, late.code());
  }

  @Test
  void aDiscussedCaseMayReturnToTheAgendaOfALaterMeetingButNotTheNext() {
    Statusgeschiedenis besproken =
        Statusgeschiedenis.aangemeld(APRIL_23).met(GEAGENDEERD, APRIL_23).met(BESPROKEN, APRIL_23.plusDays(21));
    assertEquals(GEAGENDEERD, besproken.met(GEAGENDEERD, APRIL_23.plusDays(42)).huidigeStatus());
    assertEquals(false, Casusstatus.magWeerGeagendeerd(0));
    assertEquals(false, Casusstatus.magWeerGeagendeerd(1));
    assertEquals(true, Casusstatus.magWeerGeagendeerd(2));
    assertEquals(true, Casusstatus.magWeerGeagendeerd(3));
    InvalidValueException skipped =
        assertThrows(
            InvalidValueException.class, () -> Statusgeschiedenis.aangemeld(APRIL_23).met(BESPROKEN, APRIL_23));
    assertEquals(Statusgeschiedenis.TRANSITION_CODE, skipped.code());
  }

  @Test
  void datesDoNotDecrease() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> Statusgeschiedenis.aangemeld(APRIL_23).met(GEAGENDEERD, APRIL_23.minusDays(1)));
    assertEquals(Statusgeschiedenis.DATE_ORDER_CODE, e.code());
  }

  private static Set<Casusstatus> next(Casusstatus from) {
    Set<Casusstatus> allowed = EnumSet.noneOf(Casusstatus.class);
    for (Casusstatus to : Casusstatus.values()) {
      if (from.kanOvergaanNaar(to)) {
        allowed.add(to);
      }
    }
    return allowed;
  }
}
