package nl.cjg.core.aanbod;

import nl.cjg.core.tijd.Datumbereik;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.validation.CjgValidator;
import nl.cjg.core.validation.ValidationResult;
import org.junit.jupiter.api.Test;

class KengetalTest {
  private static final CjgValidator VALIDATOR = CjgValidator.create();
  private static final Datumbereik JAAR = Datumbereik.jaar(2010);

  @Test
  void everyMeasureOfTheSeedCanBeHeld() {
    // Speciaal voortgezet onderwijs: 8 contact moments, attendance 100% (Werkplan CJG Bergen 2012, uitwerking 1, aanbod JGZ, kinderen 5-6 jaar).
    Kengetal speciaalVo =
        Kengetal.builder()
            .periode(JAAR)
            .omschrijving("speciaal voortgezet onderwijs")
            .contacten(8)
            .opgekomen(8)
            .doelgroepgrootte(8)
            .build();
    // Begeleidingscontacten 125, video hometraining 4 trajecten (Werkplan CJG Bergen 2012, uitwerking 1, aanbod JGZ, flexibel aanbod (maatwerk)).
    Kengetal maatwerk = Kengetal.builder().periode(JAAR).contacten(125).trajecten(4).build();
    // Inloopspreekuren 0-4: "onbekend" (Werkplan CJG Bergen 2012, uitwerking 1, aanbod JGZ, inloopspreekuren).
    Kengetal onbekend = Kengetal.builder().periode(JAAR).build();
    for (Kengetal kengetal : List.of(speciaalVo, maatwerk, onbekend)) {
      assertTrue(VALIDATOR.validate(kengetal).isValid());
    }
    assertEquals(Optional.empty(), onbekend.deelnemers());
  }

  @Test
  void contactsMayExceedTheNormAndTheTargetGroup() {
    Kengetal arts = Kengetal.builder().periode(JAAR).norm(1_385).contacten(1_467).doelgroepgrootte(1_000).build();
    assertTrue(VALIDATOR.validate(arts).isValid());
  }

  @Test
  void attendanceCannotExceedTheTargetGroup() {
    Kengetal kengetal = Kengetal.builder().periode(JAAR).opgekomen(9).doelgroepgrootte(8).build();
    ValidationResult result = VALIDATOR.validate(kengetal);
    assertEquals(1, result.violations().size());
    assertEquals("AANBOD-003", result.violations().get(0).ruleId());
    assertEquals("opgekomen", result.violations().get(0).path());
    assertEquals("het aantal is groter dan de doelgroepgrootte waarvan het een deel is", result.violations().get(0).message());
  }

  @Test
  void reachCannotExceedTheTargetGroup() {
    Kengetal bjz = Kengetal.builder().periode(Datumbereik.jaar(2011)).deelnemers(112).doelgroepgrootte(6_464).build();
    assertTrue(VALIDATOR.validate(bjz).isValid());
    Kengetal teVeel = Kengetal.builder().from(bjz).deelnemers(6_465).opgekomen(6_500).build();
    ValidationResult result = VALIDATOR.validate(teVeel);
    assertEquals(List.of("deelnemers", "opgekomen"), result.violations().stream().map(v -> v.path()).toList());
    assertEquals(Set.of("AANBOD-003"), result.ruleIds());
  }

  @Test
  void countsAreNotNegative() {
    List<UnaryOperator<Kengetal.Builder>> negatives =
        List.of(
            b -> b.deelnemers(-1),
            b -> b.contacten(-1),
            b -> b.trajecten(-1),
            b -> b.doelgroepgrootte(-1),
            b -> b.opgekomen(-1),
            b -> b.norm(-1));
    for (UnaryOperator<Kengetal.Builder> negative : negatives) {
      InvalidValueException e =
          assertThrows(InvalidValueException.class, () -> negative.apply(Kengetal.builder().periode(JAAR)).build());
      assertEquals(Kengetal.NEGATIVE_CODE, e.code());
    }
  }

  @Test
  void aDescriptionIsNotBlank() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Kengetal.builder().periode(JAAR).omschrijving(" ").build());
    assertEquals(Kengetal.DESCRIPTION_CODE, e.code());
  }
}
