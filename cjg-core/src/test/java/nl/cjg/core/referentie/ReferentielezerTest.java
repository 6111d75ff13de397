package nl.cjg.core.referentie;

import nl.cjg.core.referentie.Referentielezer.ReferentieFormatException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import nl.cjg.core.partner.Netwerk;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.populatie.Populatie;
import org.junit.jupiter.api.Test;

class ReferentielezerTest {
  private static final String KOP = "! gemeente = GM0373\n! peildatum = 2010-01-01\n! bron = test\nkern;van;tot;aantal\n";
  private static final String PARTNER_KOP = "naam;rol;disciplines;leeftijden;kernen;expertises;website\n";

  @Test
  void readsCommentsPropertiesAndCellsOfAPopulationTable() {
    Populatie populatie =
        Referentielezer.populatie(
            "# een commentaar\n\n" + KOP + ";;;100\r\nSchoorl ; 0 ; 15 ; 40\nschoorl;;;90\n", BergenKernen.all());
    assertEquals(Optional.of(100), populatie.inwonersGemeente());
    assertEquals(Optional.of(40), populatie.aantal(BergenKernen.SCHOORL, Leeftijdsgroep.of(0, 15)));
    assertEquals(Optional.of(90), populatie.inwoners(BergenKernen.SCHOORL));
  }

  @Test
  void problemsNameTheirLine() {
    assertEquals(6, lineOf(KOP + ";;;100\nSchoorl;0;15\n"));
    assertEquals(5, lineOf(KOP + "Atlantis;;;1\n"));
    assertEquals(5, lineOf(KOP + "Bergen;0;;1\n"));
    assertEquals(5, lineOf(KOP + "Bergen;;;1.000\n"));
    assertEquals(5, lineOf(KOP + "Bergen;;;-1\n"));
    assertEquals(4, lineOf("! gemeente = GM0373\n! peildatum = 2010-01-01\n! bron = test\nkern;tot;van;aantal\n"));
    assertEquals(2, lineOf("! gemeente = GM0373\n! kleur = rood\n"));
    assertEquals(2, lineOf("! gemeente = GM0373\n! gemeente = GM0373\n"));
    assertEquals(1, lineOf("! gemeente\n"));
  }

  @Test
  void aBandWhoseBoundsAreOutOfOrderBreaksItsInvariant() {
    ReferentieFormatException problem =
        assertThrows(ReferentieFormatException.class, () -> Referentielezer.populatie(KOP + "Bergen;10;5;1\n", BergenKernen.all()));
    assertEquals(5, problem.regel());
    assertTrue(problem.getMessage().contains("LEEFTIJDSGROEP-S01"), problem.getMessage());
  }

  @Test
  void aTableWithoutHeaderOrPropertiesIsRefusedAsAWhole() {
    assertEquals(0, lineOf("# niets\n"));
    assertEquals(0, lineOf("kern;van;tot;aantal\n"));
    assertEquals(0, lineOf("! gemeente = GM0373\n! peildatum = 2010-13-01\n! bron = test\nkern;van;tot;aantal\n"));
    ReferentieFormatException dubbel =
        assertThrows(
            ReferentieFormatException.class, () -> Referentielezer.populatie(KOP + "Bergen;;;1\nBergen;;;2\n", BergenKernen.all()));
    assertEquals(0, dubbel.regel());
    assertTrue(dubbel.getMessage().contains("POPULATIE-S01"), dubbel.getMessage());
  }

  @Test
  void messagesDoNotRepeatTheOffendingText() {
    ReferentieFormatException problem =
        assertThrows(ReferentieFormatException.class, () -> Referentielezer.populatie(KOP + "Geheimdorp;;;1\n", BergenKernen.all()));
    assertFalse(problem.getMessage().contains("Geheimdorp"));
  }

  @Test
  void readsAPartnerMap() {
    Netwerk netwerk =
        Referentielezer.netwerk(
            PARTNER_KOP
                + "Buurthuis;netwerkpartner;welzijn|jongerenwerk;0-4|19-24;Schoorl|Groet + Camperduin;ambulant werken;https://buurthuis.example\n"
                + "Gemeente;KERNPARTNER;gemeente;4-30;alle;;\n",
            BergenKernen.all());
    assertEquals(2, netwerk.partners().size());
    assertEquals("0 – 4 jaar", netwerk.partners().get(0).leeftijdsgroepen().get(0).naam());
    assertEquals(Leeftijdsgroep.of(4, 30), netwerk.partners().get(1).leeftijdsgroepen().get(0));
    assertEquals(7, netwerk.partners().get(1).kernen().size());
    assertEquals(2, netwerk.partners().get(0).kernen().size());
  }

  @Test
  void partnerMapProblemsNameTheirLine() {
    assertEquals(2, partnerLineOf("Een;beheerder;welzijn;0-4;alle;;\n"));
    assertEquals(2, partnerLineOf("Een;kernpartner;tuinbouw;0-4;alle;;\n"));
    assertEquals(2, partnerLineOf("Een;kernpartner;welzijn;0-4;alle;breien;\n"));
    assertEquals(2, partnerLineOf("Een;kernpartner;welzijn;vier;alle;;\n"));
    assertEquals(2, partnerLineOf("Een;kernpartner;welzijn;0-4;alle;;ftp://server\n"));
    assertEquals(2, partnerLineOf("Een;kernpartner;welzijn;0-4;alle;;http://[kapot\n"));
    assertEquals(2, partnerLineOf(";kernpartner;welzijn;0-4;alle;;\n"));
    assertEquals(0, partnerLineOf("Een;kernpartner;welzijn;0-4;alle;;\neen;kernpartner;welzijn;0-4;alle;;\n"));
  }

  private static int lineOf(String tekst) {
    return assertThrows(ReferentieFormatException.class, () -> Referentielezer.populatie(tekst, BergenKernen.all())).regel();
  }

  private static int partnerLineOf(String rijen) {
    return assertThrows(ReferentieFormatException.class, () -> Referentielezer.netwerk(PARTNER_KOP + rijen, List.copyOf(BergenKernen.all())))
        .regel();
  }
}
