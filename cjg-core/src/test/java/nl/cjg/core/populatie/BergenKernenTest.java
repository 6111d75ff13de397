package nl.cjg.core.populatie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.id.GemeenteCode;
import org.junit.jupiter.api.Test;

class BergenKernenTest {
  @Test
  void sevenKernenInThreeBesClusters() {
    assertEquals(7, BergenKernen.all().size());
    Set<String> clusters =
        BergenKernen.all().stream().map(kern -> kern.cluster().orElseThrow()).collect(Collectors.toSet());
    assertEquals(Set.of("Bergen", "Egmond", "Schoorl"), clusters);
    assertEquals(Optional.of("Schoorl"), BergenKernen.GROET_CAMPERDUIN.cluster());
  }

  @Test
  void foundByNameIgnoringCase() {
    assertEquals(Optional.of(BergenKernen.EGMOND_BINNEN), BergenKernen.byNaam(" egmond-binnen "));
    assertEquals(Optional.empty(), BergenKernen.byNaam("Alkmaar"));
  }

  @Test
  void aKernNeedsAName() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> Kern.builder().naam(" ").gemeente(GemeenteCode.BERGEN_NH).build());
    assertEquals(Kern.NAME_CODE, e.code());
  }
}
