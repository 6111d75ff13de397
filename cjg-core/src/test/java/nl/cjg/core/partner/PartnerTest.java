package nl.cjg.core.partner;

import static nl.cjg.core.partner.Partners.GGD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.id.AgbCode;
import nl.cjg.core.id.GemeenteCode;
import nl.cjg.core.id.KvkNummer;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.validation.CjgValidator;
import nl.cjg.core.validation.ValidationResult;
import nl.cjg.core.validation.Violation;
import org.junit.jupiter.api.Test;

class PartnerTest {
  private static final CjgValidator VALIDATOR = CjgValidator.create();

  @Test
  void ggdJeugdgezondheidszorgIsAKernpartnerFromZeroToNineteen() {
    assertEquals(Rol.KERNPARTNER, GGD.rol());
    assertTrue(GGD.bedientLeeftijd(0));
    assertTrue(GGD.bedientLeeftijd(18));
    assertFalse(GGD.bedientLeeftijd(19));
    assertFalse(GGD.bedientLeeftijd(-1));
    assertTrue(GGD.bedientKern(BergenKernen.EGMOND_BINNEN));
    assertFalse(GGD.bedientKern(Kern.builder().naam("Alkmaar").gemeente(GemeenteCode.parse("GM0361")).build()));
    assertTrue(GGD.heeftDiscipline(Discipline.JEUGDGEZONDHEIDSZORG));
    assertFalse(GGD.heeftDiscipline(Discipline.POLITIE));
    assertTrue(GGD.heeftExpertise(Expertise.POSITIEF_OPVOEDEN));
    assertFalse(GGD.heeftExpertise(Expertise.MELDCODE_KINDERMISHANDELING));
    assertTrue(VALIDATOR.validate(GGD).isValid());
  }

  @Test
  void identifiersAreOptional() {
    Partner withIds = Partner.builder().from(GGD).agbCode(AgbCode.parse("12345678")).kvkNummer(KvkNummer.parse("41234567")).build();
    assertEquals(Optional.of(AgbCode.parse("12345678")), withIds.agbCode());
    assertTrue(VALIDATOR.validate(withIds).isValid());
  }

  @Test
  void aPartnerServesAtLeastOneAgeGroup() {
    assertSingle(Partner.builder().from(GGD).leeftijdsgroepen(List.of()).build(), "PARTNER-001", "leeftijdsgroepen");
  }

  @Test
  void aPartnerServesAtLeastOneKern() {
    assertSingle(Partner.builder().from(GGD).kernen(Set.of()).build(), "PARTNER-002", "kernen");
  }

  @Test
  void aPartnerHasAtLeastOneDiscipline() {
    assertSingle(Partner.builder().from(GGD).disciplines(Set.of()).build(), "PARTNER-003", "disciplines");
  }

  @Test
  void aWebsiteIsAnHttpOrHttpsAddress() {
    assertTrue(VALIDATOR.validate(Partner.builder().from(GGD).website(URI.create("HTTPS://www.ggdhn.nl/")).build()).isValid());
    for (String notWeb : new String[] {"ftp://www.cjgbergen-nh.nl/", "mailto:cjg@bergen.nl", "www.cjgbergen-nh.nl", "http:/local"}) {
      assertSingle(Partner.builder().from(GGD).website(URI.create(notWeb)).build(), "PARTNER-004", "website");
    }
  }

  @Test
  void needsAName() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Partner.builder().from(GGD).naam(" ").build());
    assertEquals(Partner.NAME_CODE, e.code());
  }

  @Test
  void codesAsTheSeedsWriteThem() {
    assertEquals(Optional.of(Discipline.MAATSCHAPPELIJK_WERK), Discipline.fromCode("Maatschappelijk werk"));
    assertEquals(Optional.of(Discipline.GGZ), Discipline.fromCode(" ggz "));
    assertEquals(Optional.empty(), Discipline.fromCode("tandarts"));
    assertEquals(Optional.of(Expertise.MELDCODE_KINDERMISHANDELING), Expertise.fromCode("meldcode kindermishandeling"));
    assertEquals(Optional.of(Rol.NETWERKPARTNER), Rol.fromCode("netwerkpartner"));
    for (Discipline discipline : Discipline.values()) {
      assertEquals(Optional.of(discipline), Discipline.fromCode(discipline.code()));
    }
    for (Expertise expertise : Expertise.values()) {
      assertEquals(Optional.of(expertise), Expertise.fromCode(expertise.code()));
    }
  }

  private static void assertSingle(Partner partner, String ruleId, String path) {
    ValidationResult result = VALIDATOR.validate(partner);
    assertEquals(1, result.violations().size(), result.violations()::toString);
    Violation violation = result.violations().get(0);
    assertEquals(ruleId, violation.ruleId());
    assertEquals(path, violation.path());
  }
}
