package nl.cjg.core.populatie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.validation.CjgValidator;
import nl.cjg.core.validation.ValidationResult;
import org.junit.jupiter.api.Test;

/** The target groups of the communicatieplan 2012 (Communicatieplan CJG Bergen 2012, 5. doelgroepen). */
class DoelgroepTest {
  private static final CjgValidator VALIDATOR = CjgValidator.create();
  private static final String BRON = "Communicatieplan CJG Bergen 2012";
  private static final LocalDate VASTGESTELD = LocalDate.of(2012, 4, 25);

  @Test
  void theFourTargetGroupsOfTheCommunicatieplan() {
    Doelgroep kernpartners = group("kernpartners", 5).addWie(Doelgroepsoort.KERNPARTNERS).build();
    Doelgroep netwerkpartners = group("netwerkpartners", 40).addWie(Doelgroepsoort.NETWERKPARTNERS).build();
    Doelgroep ouders =
        group("(toekomstige) ouders in Bergen", 7_300).addWie(Doelgroepsoort.OUDERS, Doelgroepsoort.TOEKOMSTIGE_OUDERS).build();
    Doelgroep jeugdigen =
        group("jeugdigen in Bergen t/m 23 jaar", 4_000)
            .addWie(Doelgroepsoort.JEUGDIGEN)
            .leeftijdsgroep(Leeftijdsindelingen.CJG_DOELGROEP)
            .addAllKernen(BergenKernen.all())
            .build();
    for (Doelgroep doelgroep : new Doelgroep[] {kernpartners, netwerkpartners, ouders, jeugdigen}) {
      assertTrue(VALIDATOR.validate(doelgroep).isValid());
    }
    assertEquals(7_300, ouders.grootte().orElseThrow().aantal());
    assertEquals(Set.of(Doelgroepsoort.OUDERS, Doelgroepsoort.TOEKOMSTIGE_OUDERS), ouders.wie());
    assertTrue(jeugdigen.leeftijdsgroep().orElseThrow().bevat(23));
    assertEquals("toekomstige ouders", Doelgroepsoort.TOEKOMSTIGE_OUDERS.code());
  }

  @Test
  void specialGroupsAreLabelled() {
    Doelgroep scheidend =
        Doelgroep.builder()
            .naam("scheidende ouders")
            .addWie(Doelgroepsoort.OUDERS)
            .leeftijdsgroep(Leeftijdsgroep.of(0, 19))
            .addBijzondereGroepen("scheidende ouders")
            .build();
    assertTrue(VALIDATOR.validate(scheidend).isValid());
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> Doelgroep.builder().naam("ouders").addWie(Doelgroepsoort.OUDERS).addBijzondereGroepen(" ").build());
    assertEquals(Doelgroep.GROUP_CODE, e.code());
  }

  @Test
  void agesBeyondTwentyThreeAreOutsideTheCjgTargetGroup() {
    Doelgroep jongvolwassenen =
        Doelgroep.builder().naam("jongvolwassenen").addWie(Doelgroepsoort.JEUGDIGEN).leeftijdsgroep(Leeftijdsgroep.of(18, 25)).build();
    ValidationResult result = VALIDATOR.validate(jongvolwassenen);
    assertEquals(1, result.violations().size());
    assertEquals("POPULATIE-003", result.violations().get(0).ruleId());
    assertEquals("leeftijdsgroep", result.violations().get(0).path());
    assertEquals(
        "the age band lies outside the CJG target group (0 through 23 years)",
        CjgValidator.create(Locale.ENGLISH).validate(jongvolwassenen).violations().get(0).message());
  }

  @Test
  void onlyParentsAndYoungPeopleAreTiedToAnAge() {
    assertTrue(Doelgroepsoort.JEUGDIGEN.betreftLeeftijd());
    assertTrue(Doelgroepsoort.OUDERS.betreftLeeftijd());
    Set<Doelgroepsoort> notByAge =
        Arrays.stream(Doelgroepsoort.values()).filter(soort -> !soort.betreftLeeftijd()).collect(Collectors.toSet());
    assertEquals(
        Set.of(Doelgroepsoort.TOEKOMSTIGE_OUDERS, Doelgroepsoort.PROFESSIONALS, Doelgroepsoort.KERNPARTNERS, Doelgroepsoort.NETWERKPARTNERS),
        notByAge);
  }

  @Test
  void needsANameAndMembers() {
    InvalidValueException noName =
        assertThrows(InvalidValueException.class, () -> Doelgroep.builder().naam(" ").addWie(Doelgroepsoort.OUDERS).build());
    assertEquals(Doelgroep.NAME_CODE, noName.code());
    InvalidValueException noMembers = assertThrows(InvalidValueException.class, () -> Doelgroep.builder().naam("ouders").build());
    assertEquals(Doelgroep.WIE_CODE, noMembers.code());
  }

  @Test
  void aSizeHasASourceAndIsNotNegative() {
    assertEquals(Omvang.NEGATIVE_CODE, assertThrows(InvalidValueException.class, () -> Omvang.of(-1, BRON, VASTGESTELD)).code());
    assertEquals(Omvang.SOURCE_CODE, assertThrows(InvalidValueException.class, () -> Omvang.of(40, " ", VASTGESTELD)).code());
  }

  private static Doelgroep.Builder group(String naam, int aantal) {
    return Doelgroep.builder().naam(naam).grootte(Omvang.of(aantal, BRON, VASTGESTELD));
  }
}
