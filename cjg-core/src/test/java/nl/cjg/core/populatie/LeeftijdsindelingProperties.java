package nl.cjg.core.populatie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LeeftijdsindelingProperties {
  @Property
  void inACompleteSetEveryAgeInRangeLiesInExactlyOneBand(@ForAll("complete") Leeftijdsindeling indeling) {
    assertTrue(indeling.isVolledig());
    for (int age = 0; age < indeling.tot(); age++) {
      int holding = age;
      List<Leeftijdsgroep> bands = indeling.groepen().stream().filter(band -> band.bevat(holding)).toList();
      assertEquals(1, bands.size());
      assertEquals(Optional.of(bands.get(0)), indeling.groepVoor(age));
    }
    assertEquals(Optional.empty(), indeling.groepVoor(indeling.tot()));
    assertEquals(Optional.empty(), indeling.groepVoor(-1));
  }

  @Property
  void aSetIsCompleteExactlyWhenEveryAgeBelowItsEndIsCovered(@ForAll("any") Leeftijdsindeling indeling) {
    boolean covered = true;
    for (int age = 0; age < indeling.tot(); age++) {
      covered &= indeling.groepVoor(age).isPresent();
    }
    assertEquals(covered, indeling.isVolledig());
  }

  @Property
  void theBandForAnAgeIsTheOneHoldingIt(@ForAll("any") Leeftijdsindeling indeling) {
    for (int age = -1; age <= indeling.tot() + 1; age++) {
      int holding = age;
      Optional<Leeftijdsgroep> expected = indeling.groepen().stream().filter(band -> band.bevat(holding)).findFirst();
      assertEquals(expected, indeling.groepVoor(age));
    }
  }

  @Provide
  Arbitrary<Leeftijdsindeling> complete() {
    return Arbitraries.integers().between(1, 10).list().ofMinSize(1).ofMaxSize(8).map(widths -> bands(widths, null));
  }

  @Provide
  Arbitrary<Leeftijdsindeling> any() {
    Arbitrary<List<Integer>> widths = Arbitraries.integers().between(1, 10).list().ofMinSize(1).ofMaxSize(8);
    Arbitrary<List<Integer>> gaps = Arbitraries.integers().between(0, 3).list().ofSize(8);
    return net.jqwik.api.Combinators.combine(widths, gaps).as(LeeftijdsindelingProperties::bands);
  }

  /** Bands of the given widths, each preceded by the given gap (none when {@code gaps} is null). */
  private static Leeftijdsindeling bands(List<Integer> widths, List<Integer> gaps) {
    List<Leeftijdsgroep> bands = new ArrayList<>();
    int van = 0;
    for (int i = 0; i < widths.size(); i++) {
      van += gaps == null ? 0 : gaps.get(i);
      bands.add(Leeftijdsgroep.of(van, van + widths.get(i)));
      van += widths.get(i);
    }
    return Leeftijdsindeling.of("gegenereerd", bands);
  }
}
