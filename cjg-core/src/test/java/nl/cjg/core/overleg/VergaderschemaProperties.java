package nl.cjg.core.overleg;

import nl.cjg.core.tijd.Datumbereik;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class VergaderschemaProperties {
  private static final LocalDate BEGIN = LocalDate.of(2012, 1, 2);

  @Property
  void meetingsAreAscendingWorkingDaysWithinThePeriod(
      @ForAll("schemas") Vergaderschema schema, @ForAll("periodes") Datumbereik periode) {
    List<LocalDate> data = schema.vergaderdata(periode);
    for (int i = 0; i < data.size(); i++) {
      LocalDate datum = data.get(i);
      assertTrue(periode.bevat(datum));
      assertTrue(werkdag(schema, datum));
      assertTrue(i == 0 || data.get(i - 1).isBefore(datum));
    }
  }

  /** Checks the schedule against a day-by-day model of its documented rules. */
  @Property
  void meetingsAreTheRegularDatesDroppedOrMovedDayByDay(
      @ForAll("schemas") Vergaderschema schema, @ForAll("periodes") Datumbereik periode) {
    TreeSet<LocalDate> verwacht = new TreeSet<>();
    for (LocalDate regulier = schema.startdatum();
        !regulier.isAfter(periode.eind());
        regulier = regulier.plusDays(schema.intervalInDagen())) {
      LocalDate dag = regulier;
      if (schema.uitzonderingsregel() == Vergaderschema.Uitzonderingsregel.VOLGENDE_WERKDAG) {
        while (!werkdag(schema, dag) && !dag.isAfter(periode.eind())) {
          dag = dag.plusDays(1);
        }
      }
      if (werkdag(schema, dag) && periode.bevat(dag)) {
        verwacht.add(dag);
      }
    }
    assertEquals(new ArrayList<>(verwacht), schema.vergaderdata(periode));
  }

  @Property
  void withoutExceptionsAWeeklyRhythmFromAWorkingDayKeepsEveryRegularDate(
      @ForAll("werkdagen") LocalDate start, @ForAll("weken") int weken, @ForAll("periodes") Datumbereik periode) {
    Vergaderschema schema = Vergaderschema.builder().startdatum(start).intervalInDagen(7 * weken).build();
    List<LocalDate> data = schema.vergaderdata(periode);
    for (int i = 1; i < data.size(); i++) {
      assertEquals(data.get(i - 1).plusDays(7L * weken), data.get(i));
    }
    if (!data.isEmpty()) {
      assertTrue(data.get(0).minusDays(7L * weken).isBefore(periode.begin()) || data.get(0).equals(start));
      assertTrue(data.get(data.size() - 1).plusDays(7L * weken).isAfter(periode.eind()));
    }
  }

  private static boolean werkdag(Vergaderschema schema, LocalDate dag) {
    return dag.getDayOfWeek() != DayOfWeek.SATURDAY
        && dag.getDayOfWeek() != DayOfWeek.SUNDAY
        && schema.uitzonderingen().stream().noneMatch(uitzondering -> uitzondering.bevat(dag));
  }

  @Provide
  Arbitrary<Vergaderschema> schemas() {
    Arbitrary<LocalDate> start = Arbitraries.integers().between(0, 60).map(BEGIN::plusDays);
    Arbitrary<Integer> interval = Arbitraries.integers().between(1, 30);
    Arbitrary<List<Datumbereik>> uitzonderingen = periode(200, 40).list().ofMaxSize(4);
    Arbitrary<Vergaderschema.Uitzonderingsregel> regel = Arbitraries.of(Vergaderschema.Uitzonderingsregel.class);
    return Combinators.combine(start, interval, uitzonderingen, regel)
        .as(
            (s, i, u, r) ->
                Vergaderschema.builder()
                    .startdatum(s)
                    .intervalInDagen(i)
                    .uitzonderingen(u)
                    .uitzonderingsregel(r)
                    .build());
  }

  @Provide
  Arbitrary<Datumbereik> periodes() {
    return periode(150, 200).map(periode -> Datumbereik.of(periode.begin().minusDays(30), periode.eind()));
  }

  @Provide
  Arbitrary<LocalDate> werkdagen() {
    return Arbitraries.integers()
        .between(0, 60)
        .map(BEGIN::plusDays)
        .filter(dag -> dag.getDayOfWeek() != DayOfWeek.SATURDAY && dag.getDayOfWeek() != DayOfWeek.SUNDAY);
  }

  @Provide
  Arbitrary<Integer> weken() {
    return Arbitraries.integers().between(1, 6);
  }

  private static Arbitrary<Datumbereik> periode(int uiterlijkeStart, int langste) {
    return Combinators.combine(
            Arbitraries.integers().between(0, uiterlijkeStart), Arbitraries.integers().between(0, langste))
        .as((van, lengte) -> Datumbereik.of(BEGIN.plusDays(van), BEGIN.plusDays(van + lengte)));
  }
}
