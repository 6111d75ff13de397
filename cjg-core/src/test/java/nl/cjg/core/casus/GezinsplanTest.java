package nl.cjg.core.casus;

import static nl.cjg.core.casus.Voorbeelden.found;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.cjg.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class GezinsplanTest {
  private static final LocalDate OPGESTELD = LocalDate.of(2012, 6, 11);

  private static Afspraak afspraak(String casus) {
    return Afspraak.builder()
        .wie(Professional.builder().organisatie("Stichting Welzijn Bergen").functie("jongerenwerker").build())
        .wat("wekelijks contact met de jongere")
        .uiterlijk(OPGESTELD.plusWeeks(6))
        .casus(casus)
        .build();
  }

  private static Gezinsplan.Builder plan() {
    return Gezinsplan.builder()
        .addCasussen("CJG-2012-007", "CJG-2012-009")
        .datumOpgesteld(OPGESTELD)
        .zorgcoordinator(
            Professional.builder().naam("Ilse Proefstra").organisatie("Bureau Jeugdzorg Noord-Holland").build())
        .oudersBetrokken(true)
        .addDoel(Doel.builder().omschrijving("vaste structuur in de week").build())
        .addAfspraken(afspraak("CJG-2012-007"), afspraak("CJG-2012-009"));
  }

  @Test
  void theExampleIsValid() {
    assertEquals(List.of(), found(plan().build()));
    assertEquals(Doel.Status.LOPEND, plan().build().doelen().get(0).status());
    assertEquals(Afspraak.Status.OPEN, plan().build().afspraken().get(0).status());
  }

  @Test
  void aPlanCannotExistWithoutItsZorgcoordinator() {
    Gezinsplan.Builder builder =
        Gezinsplan.builder().addCasus("CJG-2012-007").datumOpgesteld(OPGESTELD).oudersBetrokken(true);
    IllegalStateException e = assertThrows(IllegalStateException.class, builder::build);
    assertTrue(e.getMessage().contains("zorgcoordinator"));
  }

  @Test
  void aPlanNamesItsFamilysCases() {
    InvalidValueException none =
        assertThrows(InvalidValueException.class, () -> plan().casussen(List.of()).afspraken(List.of()).build());
    assertEquals(Gezinsplan.FAMILY_CODE, none.code());
    InvalidValueException blank = assertThrows(InvalidValueException.class, () -> plan().addCasus(" ").build());
    assertEquals(Gezinsplan.FAMILY_CODE, blank.code());
  }

  @Test
  void anAgreementSaysWhatAndForWhichCase() {
    InvalidValueException what =
        assertThrows(
            InvalidValueException.class, () -> Afspraak.builder().from(afspraak("CJG-2012-007")).wat(" ").build());
    assertEquals(Afspraak.TEXT_CODE, what.code());
    InvalidValueException which =
        assertThrows(
            InvalidValueException.class, () -> Afspraak.builder().from(afspraak("CJG-2012-007")).casus("").build());
    assertEquals(Afspraak.TEXT_CODE, which.code());
  }

  @Test
  void gezinsplan001IsMadeWithTheParents() {
    assertEquals(List.of("GEZINSPLAN-001 oudersBetrokken"), found(plan().oudersBetrokken(false).build()));
  }

  @Test
  void gezinsplan002AgreementsAreAboutTheFamilysCases() {
    Gezinsplan stray = plan().addAfspraak(afspraak("CJG-2012-003")).build();
    assertEquals(List.of("GEZINSPLAN-002 afspraken[2].casus"), found(stray));
  }

  @Test
  void toStringHidesWhatIsAgreedAndTheGoals() {
    String text = plan().build().toString();
    assertFalse(text.contains("wekelijks"));
    assertFalse(text.contains("structuur"));
    assertFalse(text.contains("Proefstra"));
  }

  private static Gezinsplan.Escalatie escalatie(
      Gezinsplan.Escalatie.Trede trede, LocalDate datum, Gezinsplan.Escalatie.Reden reden, String... pogingen) {
    return Gezinsplan.Escalatie.builder().datum(datum).reden(reden).trede(trede).addHerstelpogingen(pogingen).build();
  }

  @Test
  void gezinsplan003TheProcesregisseurComesInOnlyAfterARepairWasTried() {
    LocalDate juli = OPGESTELD.plusWeeks(4);
    Gezinsplan geprobeerd =
        plan().addEscalaties(escalatie(Gezinsplan.Escalatie.Trede.PROCESREGISSEUR, juli,
            Gezinsplan.Escalatie.Reden.SAMENWERKING_ONVOLDOENDE, "zorgcoördinator belde alle betrokkenen")).build();
    assertEquals(List.of(), found(geprobeerd));
    Gezinsplan meteen =
        plan().addEscalaties(escalatie(Gezinsplan.Escalatie.Trede.PROCESREGISSEUR, juli,
            Gezinsplan.Escalatie.Reden.SAMENWERKING_ONVOLDOENDE, " ")).build();
    assertEquals(List.of("GEZINSPLAN-003 escalaties[0].herstelpogingen"), found(meteen));
  }

  @Test
  void gezinsplan004TheDoorzettingsmachtOfTheWethouderIsTheLastStep() {
    LocalDate juli = OPGESTELD.plusWeeks(4);
    Gezinsplan.Escalatie procesregisseur =
        escalatie(Gezinsplan.Escalatie.Trede.PROCESREGISSEUR, juli, Gezinsplan.Escalatie.Reden.HULPVERLENING_STAGNEERT, "overleg");
    Gezinsplan.Escalatie wethouder =
        escalatie(Gezinsplan.Escalatie.Trede.DOORZETTINGSMACHT_WETHOUDER, juli.plusWeeks(6),
            Gezinsplan.Escalatie.Reden.HULPVERLENING_STAGNEERT, "procesregisseur stuurde op de afspraken");
    assertEquals(List.of(), found(plan().addEscalaties(procesregisseur, wethouder).build()));
    assertEquals(List.of("GEZINSPLAN-004 escalaties[0].trede"), found(plan().addEscalaties(wethouder).build()));
    Gezinsplan.Escalatie andereReden =
        escalatie(Gezinsplan.Escalatie.Trede.PROCESREGISSEUR, juli, Gezinsplan.Escalatie.Reden.SAMENWERKING_ONVOLDOENDE, "overleg");
    assertEquals(List.of("GEZINSPLAN-004 escalaties[1].trede"), found(plan().addEscalaties(andereReden, wethouder).build()));
    Gezinsplan.Escalatie later =
        escalatie(Gezinsplan.Escalatie.Trede.PROCESREGISSEUR, juli.plusWeeks(7), Gezinsplan.Escalatie.Reden.HULPVERLENING_STAGNEERT, "overleg");
    assertEquals(List.of("GEZINSPLAN-004 escalaties[0].trede"), found(plan().addEscalaties(wethouder, later).build()));
  }

  @Test
  void whatWasTriedDoesNotShowInToString() {
    Gezinsplan.Escalatie escalatie =
        escalatie(Gezinsplan.Escalatie.Trede.PROCESREGISSEUR, OPGESTELD, Gezinsplan.Escalatie.Reden.SAMENWERKING_ONVOLDOENDE, "gesprek met moeder Jansen");
    assertFalse(escalatie.toString().contains("Jansen"));
  }
}
