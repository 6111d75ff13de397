package nl.cjg.core.referentie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import nl.cjg.core.partner.Netwerk;
import nl.cjg.core.tijd.Periode;
import nl.cjg.core.validation.CjgValidator;
import org.junit.jupiter.api.Test;

/** The cooperation agreements of werkplan topic 3, each pinned to its source, and rules PARTNER-006 and PARTNER-007. */
class BergenSamenwerkingTest {
  private static final CjgValidator VALIDATOR = CjgValidator.create();
  private static final List<Netwerk.Samenwerkingsafspraak> AFSPRAKEN = BergenReferentie.samenwerkingsafspraken();

  @Test
  void theAgreementsOfTheSourcesHoldInTheBergenNetwork() {
    Netwerk netwerk = Netwerk.builder().from(BergenReferentie.netwerk()).samenwerkingsafspraken(AFSPRAKEN).build();
    assertEquals(List.of(), VALIDATOR.validate(netwerk).violations());
    assertEquals(5, AFSPRAKEN.size());
    assertTrue(AFSPRAKEN.stream().allMatch(a -> a.bron().startsWith("Plan van aanpak") || a.bron().startsWith("Werkplan")
        || a.bron().startsWith("Communicatieplan")));
  }

  /** Plan van aanpak stap 2: the convenant, October 2009; the partners are an assumption, said so in the bron. */
  @Test
  void theConvenantOfOctober2009MarksItsPartnersAsAnAssumption() {
    Netwerk.Samenwerkingsafspraak convenant = AFSPRAKEN.get(0);
    assertEquals(Periode.parse("Oktober 2009"), convenant.sinds());
    assertTrue(convenant.bron().contains("aanname"));
  }

  /** Werkplan 2012, uitwerking 2: the fixed CJG team since the CJG meeting of 23 April 2012, chaired by the coördinator CJG. */
  @Test
  void theCasusoverlegTeamHasFourOrganisationsAndTheCoordinatorAsProcesregisseur() {
    Netwerk.Samenwerkingsafspraak team = AFSPRAKEN.get(2);
    assertEquals(Periode.parse("23 april 2012"), team.sinds());
    assertEquals(Set.of("Gemeente Bergen", "Stichting Welzijn Bergen", "Bureau Jeugdzorg Noord-Holland", "Stichting de Wering"),
        team.partners());
    assertTrue(team.taken().get("Gemeente Bergen").contains("procesregisseur"));
  }

  @Test
  void partner006And007AnAgreementBindsAtLeastTwoPartnersOfTheNetwork() {
    Netwerk.Samenwerkingsafspraak vreemd = Netwerk.Samenwerkingsafspraak.builder().from(AFSPRAKEN.get(3))
        .addPartners("Onbekende stichting").build();
    Netwerk.Samenwerkingsafspraak alleen = Netwerk.Samenwerkingsafspraak.builder().from(AFSPRAKEN.get(3))
        .partners(Set.of("Gemeente Bergen")).build();
    Netwerk.Samenwerkingsafspraak taakBuiten = Netwerk.Samenwerkingsafspraak.builder().from(AFSPRAKEN.get(2))
        .putTaken("Politie", "wijkagent").build();
    Netwerk netwerk = Netwerk.builder().from(BergenReferentie.netwerk()).addSamenwerkingsafspraken(vreemd, alleen, taakBuiten).build();
    assertEquals(
        List.of("PARTNER-006 samenwerkingsafspraken[0].partners", "PARTNER-006 samenwerkingsafspraken[2].partners",
            "PARTNER-007 samenwerkingsafspraken[1].partners"),
        VALIDATOR.validate(netwerk).violations().stream().map(v -> v.ruleId() + " " + v.path()).sorted().toList());
  }
}
