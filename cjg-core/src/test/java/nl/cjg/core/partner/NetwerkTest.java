package nl.cjg.core.partner;

import static nl.cjg.core.partner.Partners.BUREAU_JEUGDZORG;
import static nl.cjg.core.partner.Partners.DE_WERING;
import static nl.cjg.core.partner.Partners.GGD;
import static nl.cjg.core.partner.Partners.VEILIGHEIDSHUIS;
import static nl.cjg.core.partner.Partners.WELZIJN_BERGEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.populatie.Leeftijdsindelingen;
import nl.cjg.core.validation.CjgValidator;
import nl.cjg.core.validation.ValidationResult;
import nl.cjg.core.validation.Violation;
import org.junit.jupiter.api.Test;

class NetwerkTest {
  private static final CjgValidator VALIDATOR = CjgValidator.create();
  private static final Netwerk BERGEN =
      Netwerk.builder().addPartners(GGD, BUREAU_JEUGDZORG, WELZIJN_BERGEN, DE_WERING, VEILIGHEIDSHUIS).build();

  @Test
  void findsPartnersByName() {
    assertEquals(Optional.of(GGD), BERGEN.partner("GGD Hollands Noorden"));
    assertEquals(Optional.of(DE_WERING), BERGEN.partner("  stichting DE WERING "));
    assertEquals(Optional.empty(), BERGEN.partner("Brijderstichting"));
  }

  @Test
  void findsPartnersByAgeInNetworkOrder() {
    assertEquals(List.of(GGD, BUREAU_JEUGDZORG, DE_WERING), BERGEN.bedienenLeeftijd(0));
    assertEquals(List.of(GGD, BUREAU_JEUGDZORG, WELZIJN_BERGEN, DE_WERING, VEILIGHEIDSHUIS), BERGEN.bedienenLeeftijd(12));
    assertEquals(List.of(WELZIJN_BERGEN, DE_WERING, VEILIGHEIDSHUIS), BERGEN.bedienenLeeftijd(23));
    assertEquals(List.of(), BERGEN.bedienenLeeftijd(24));
    assertEquals(List.of(), BERGEN.bedienenLeeftijd(-1));
  }

  @Test
  void findsPartnersByKernDisciplineExpertiseAndRole() {
    assertEquals(List.of(GGD, BUREAU_JEUGDZORG, WELZIJN_BERGEN, DE_WERING), BERGEN.bedienenKern(BergenKernen.EGMOND_AAN_ZEE));
    assertEquals(5, BERGEN.bedienenKern(BergenKernen.SCHOORL).size());
    assertEquals(List.of(WELZIJN_BERGEN), BERGEN.metDiscipline(Discipline.JONGERENWERK));
    assertEquals(List.of(), BERGEN.metDiscipline(Discipline.HUISARTS));
    assertEquals(List.of(BUREAU_JEUGDZORG), BERGEN.metExpertise(Expertise.MELDCODE_KINDERMISHANDELING));
    assertEquals(List.of(VEILIGHEIDSHUIS), BERGEN.metRol(Rol.NETWERKPARTNER));
    assertEquals(4, BERGEN.metRol(Rol.KERNPARTNER).size());
  }

  @Test
  void lookupsCannotBeChanged() {
    assertThrows(UnsupportedOperationException.class, () -> BERGEN.bedienenKern(BergenKernen.BERGEN).clear());
    assertThrows(UnsupportedOperationException.class, () -> BERGEN.bedienenLeeftijd(5).clear());
  }

  @Test
  void aClosedChainServesEveryAgeThroughTwentyThree() {
    assertTrue(VALIDATOR.validate(BERGEN).isValid());
    assertEquals(List.of(), BERGEN.hiaten(Leeftijdsindelingen.CJG_DOELGROEP));
  }

  @Test
  void gapsInTheChainAreReported() {
    Netwerk jongeKinderen = Netwerk.builder().addPartners(GGD, BUREAU_JEUGDZORG).build();
    assertEquals(List.of(Leeftijdsgroep.of(19, 24)), jongeKinderen.hiaten(Leeftijdsindelingen.CJG_DOELGROEP));
    ValidationResult result = VALIDATOR.validate(jongeKinderen);
    assertEquals(1, result.violations().size());
    Violation violation = result.violations().get(0);
    assertEquals("PARTNER-005", violation.ruleId());
    assertEquals("partners", violation.path());
    assertEquals("geen partner in het netwerk bedient leeftijd 19–23: de keten is niet sluitend", violation.message());

    Partner metGaten =
        Partner.builder().from(VEILIGHEIDSHUIS).leeftijdsgroepen(List.of(Leeftijdsgroep.of(1, 12), Leeftijdsgroep.of(13, 23))).build();
    Netwerk gaten = Netwerk.builder().addPartners(metGaten).build();
    assertEquals(
        "no partner in the network serves age 0, 12, 23: the chain of care is not closed",
        CjgValidator.create(Locale.ENGLISH).validate(gaten).violations().get(0).message());
  }

  @Test
  void anEmptyNetworkServesNobody() {
    Netwerk leeg = Netwerk.builder().build();
    assertEquals(List.of(Leeftijdsgroep.of(0, 24)), leeg.hiaten(Leeftijdsindelingen.CJG_DOELGROEP));
    assertEquals("PARTNER-005", VALIDATOR.validate(leeg).violations().get(0).ruleId());
  }

  @Test
  void partnerRulesAreCheckedInsideTheNetwork() {
    Partner geenKern = Partner.builder().from(VEILIGHEIDSHUIS).kernen(Set.of()).build();
    ValidationResult result = VALIDATOR.validate(Netwerk.builder().addPartners(DE_WERING, geenKern).build());
    assertEquals(1, result.violations().size());
    assertEquals("PARTNER-002", result.violations().get(0).ruleId());
    assertEquals("partners[1].kernen", result.violations().get(0).path());
  }

  @Test
  void namesAreUniqueIgnoringCase() {
    Partner tweede = Partner.builder().from(VEILIGHEIDSHUIS).naam(" stichting de wering").build();
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Netwerk.builder().addPartners(DE_WERING, tweede).build());
    assertEquals(Netwerk.UNIQUE_CODE, e.code());
  }
}
