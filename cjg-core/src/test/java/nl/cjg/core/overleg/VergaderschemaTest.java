package nl.cjg.core.overleg;

import nl.cjg.core.tijd.Datumbereik;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.cjg.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class VergaderschemaTest {
  /** The pilot: every three weeks on Tuesday from 6 March 2012, until the June 2012 evaluation. */
  private static final Vergaderschema PILOT = Vergaderschema.of(LocalDate.of(2012, 3, 6));
  private static final Datumbereik VOOR_EVALUATIE = Datumbereik.of(LocalDate.of(2012, 3, 1), LocalDate.of(2012, 6, 15));
  /** A holiday of nine days, Saturday 14 through Sunday 22 April 2012. */
  private static final Datumbereik VAKANTIE = Datumbereik.of(LocalDate.of(2012, 4, 14), LocalDate.of(2012, 4, 22));

  @Test
  void theDefaultIsEveryThreeWeeks() {
    assertEquals(21, PILOT.intervalInDagen());
    assertEquals(Vergaderschema.Uitzonderingsregel.VERVALT, PILOT.uitzonderingsregel());
  }

  @Test
  void thePilotHeldFiveMeetingsBeforeTheJuneEvaluation() {
    assertEquals(
        List.of(
            LocalDate.of(2012, 3, 6),
            LocalDate.of(2012, 3, 27),
            LocalDate.of(2012, 4, 17),
            LocalDate.of(2012, 5, 8),
            LocalDate.of(2012, 5, 29)),
        PILOT.vergaderdata(VOOR_EVALUATIE));
  }

  @Test
  void aMeetingInAHolidayIsDroppedByDefault() {
    Vergaderschema schema = Vergaderschema.builder().from(PILOT).addUitzonderingen(VAKANTIE).build();
    assertEquals(
        List.of(LocalDate.of(2012, 3, 6), LocalDate.of(2012, 3, 27), LocalDate.of(2012, 5, 8), LocalDate.of(2012, 5, 29)),
        schema.vergaderdata(VOOR_EVALUATIE));
  }

  @Test
  void aMeetingInAHolidayCanMoveToTheFirstWorkingDayAfterIt() {
    Vergaderschema schema =
        Vergaderschema.builder()
            .from(PILOT)
            .addUitzonderingen(VAKANTIE)
            .uitzonderingsregel(Vergaderschema.Uitzonderingsregel.VOLGENDE_WERKDAG)
            .build();
    assertEquals(
        List.of(
            LocalDate.of(2012, 3, 6),
            LocalDate.of(2012, 3, 27),
            LocalDate.of(2012, 4, 23),
            LocalDate.of(2012, 5, 8),
            LocalDate.of(2012, 5, 29)),
        schema.vergaderdata(VOOR_EVALUATIE));
  }

  @Test
  void meetingsMovingToTheSameDayAreHeldAsOne() {
    Vergaderschema wekelijks =
        Vergaderschema.builder()
            .startdatum(LocalDate.of(2012, 7, 2))
            .intervalInDagen(7)
            .addUitzonderingen(Datumbereik.of(LocalDate.of(2012, 7, 7), LocalDate.of(2012, 8, 19)))
            .uitzonderingsregel(Vergaderschema.Uitzonderingsregel.VOLGENDE_WERKDAG)
            .build();
    assertEquals(
        List.of(LocalDate.of(2012, 7, 2), LocalDate.of(2012, 8, 20), LocalDate.of(2012, 8, 27)),
        wekelijks.vergaderdata(Datumbereik.of(LocalDate.of(2012, 7, 1), LocalDate.of(2012, 8, 31))));
  }

  @Test
  void weekendsAreNoWorkingDays() {
    Vergaderschema elkeTienDagen =
        Vergaderschema.builder().startdatum(LocalDate.of(2012, 3, 5)).intervalInDagen(10).build();
    Datumbereik periode = Datumbereik.of(LocalDate.of(2012, 3, 1), LocalDate.of(2012, 4, 30));
    assertEquals(
        List.of(LocalDate.of(2012, 3, 5), LocalDate.of(2012, 3, 15), LocalDate.of(2012, 4, 4), LocalDate.of(2012, 4, 24)),
        elkeTienDagen.vergaderdata(periode));
    Vergaderschema verschuivend =
        Vergaderschema.builder().from(elkeTienDagen).uitzonderingsregel(Vergaderschema.Uitzonderingsregel.VOLGENDE_WERKDAG).build();
    assertEquals(
        List.of(
            LocalDate.of(2012, 3, 5),
            LocalDate.of(2012, 3, 15),
            LocalDate.of(2012, 3, 26),
            LocalDate.of(2012, 4, 4),
            LocalDate.of(2012, 4, 16),
            LocalDate.of(2012, 4, 24)),
        verschuivend.vergaderdata(periode));
    assertFalse(elkeTienDagen.isWerkdag(LocalDate.of(2012, 3, 25)));
    assertTrue(elkeTienDagen.isWerkdag(LocalDate.of(2012, 3, 26)));
  }

  @Test
  void aMeetingMovedIntoThePeriodCountsAndOneMovedOutOfItDoesNot() {
    Vergaderschema schema =
        Vergaderschema.builder()
            .from(PILOT)
            .addUitzonderingen(VAKANTIE)
            .uitzonderingsregel(Vergaderschema.Uitzonderingsregel.VOLGENDE_WERKDAG)
            .build();
    assertEquals(
        List.of(LocalDate.of(2012, 4, 23), LocalDate.of(2012, 5, 8)),
        schema.vergaderdata(Datumbereik.of(LocalDate.of(2012, 4, 20), LocalDate.of(2012, 5, 10))));
    assertEquals(List.of(), schema.vergaderdata(Datumbereik.of(LocalDate.of(2012, 4, 1), LocalDate.of(2012, 4, 20))));
  }

  @Test
  void aMeetingMovingPastAHolidayThatOutlastsThePeriodIsNotInIt() {
    Vergaderschema schema =
        Vergaderschema.builder()
            .from(PILOT)
            .addUitzonderingen(Datumbereik.of(LocalDate.of(2012, 4, 14), LocalDate.of(2012, 12, 31)))
            .uitzonderingsregel(Vergaderschema.Uitzonderingsregel.VOLGENDE_WERKDAG)
            .build();
    assertEquals(
        List.of(LocalDate.of(2012, 3, 6), LocalDate.of(2012, 3, 27)),
        schema.vergaderdata(Datumbereik.of(LocalDate.of(2012, 3, 1), LocalDate.of(2012, 12, 31))));
  }

  @Test
  void noMeetingsBeforeTheStart() {
    assertEquals(List.of(), PILOT.vergaderdata(Datumbereik.of(LocalDate.of(2012, 1, 1), LocalDate.of(2012, 3, 5))));
    assertEquals(List.of(LocalDate.of(2012, 3, 6)), PILOT.vergaderdata(Datumbereik.dag(LocalDate.of(2012, 3, 6))));
  }

  @Test
  void theIntervalIsAtLeastOneDay() {
    InvalidValueException thrown =
        assertThrows(
            InvalidValueException.class,
            () -> Vergaderschema.builder().startdatum(LocalDate.of(2012, 3, 6)).intervalInDagen(0).build());
    assertEquals("PLANNING-S02", thrown.code());
    assertEquals(
        1, Vergaderschema.builder().startdatum(LocalDate.of(2012, 3, 6)).intervalInDagen(1).build().intervalInDagen());
  }
}
