package nl.cjg.core.casus;

import static nl.cjg.core.casus.Voorbeelden.found;
import static nl.cjg.core.testkit.Bespreekformulieren.anoniem;
import static nl.cjg.core.testkit.Bespreekformulieren.metToestemming;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.cjg.core.casus.Casus.Anonimiteit;
import nl.cjg.core.id.GemeenteCode;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.validation.CjgValidator;
import org.junit.jupiter.api.Test;

/** The rules that keep an anonymous case from singling out a child: ANONIEM-001 to ANONIEM-003. */
class AnonimiteitTest {
  private static final Kind TWAALF_TOT_ZESTIEN =
      Kind.builder().leeftijdsgroep(Leeftijdsgroep.of(12, 16)).kern(BergenKernen.SCHOORL).build();

  @Test
  void anoniem001AnAnonymousCaseNamesNoSchoolClassCareerEthnicityOrDayCare() {
    assertEquals(List.of(), found(anoniem().kind(TWAALF_TOT_ZESTIEN).build()));
    assertEquals(
        List.of("ANONIEM-001 kind.school"), found(anoniem().kind(metKind().school("Bergerscholengemeenschap").build()).build()));
    assertEquals(List.of("ANONIEM-001 kind.groepOfKlas"), found(anoniem().kind(metKind().groepOfKlas("2 havo").build()).build()));
    assertEquals(
        List.of("ANONIEM-001 kind.schoolloopbaan"),
        found(anoniem().kind(metKind().schoolloopbaan("één keer gedoubleerd").build()).build()));
    assertEquals(List.of("ANONIEM-001 kind.etniciteit"), found(anoniem().kind(metKind().etniciteit("x").build()).build()));
    Kind peuter =
        Kind.builder().leeftijdsgroep(Leeftijdsgroep.of(0, 4)).kinderdagverblijfOfPeuterspeelzaal("Peuterspeelzaal").build();
    assertEquals(List.of("ANONIEM-001 kind.kinderdagverblijfOfPeuterspeelzaal"), found(anoniem().kind(peuter).build()));
  }

  @Test
  void aCaseWithConsentMayNameSchoolAndClassAsTheFormAsks() {
    Casus casus = metToestemming(LocalDate.of(2003, 2, 14)).build();
    Casus metSchool =
        Casus.builder().from(casus).kind(Kind.builder().from(casus.kind()).school("De Zandloper").groepOfKlas("groep 6").build()).build();
    assertEquals(List.of(), found(metSchool));
  }

  @Test
  void anoniem002AnAnonymousCaseGivesABandOfAtLeastFourYears() {
    assertEquals(List.of("ANONIEM-002 kind.leeftijd"), found(anoniem().kind(Kind.builder().leeftijd(14).build()).build()));
    assertEquals(
        List.of("ANONIEM-002 kind.leeftijdsgroep"),
        found(anoniem().kind(Kind.builder().leeftijdsgroep(Leeftijdsgroep.of(13, 16)).build()).build()));
    assertEquals(List.of(), found(anoniem().kind(Kind.builder().leeftijdsgroep(Leeftijdsgroep.of(12, 16)).build()).build()));
    assertEquals(List.of(), found(anoniem().kind(Kind.builder().leeftijdsgroep(Leeftijdsgroep.of(0, 4)).build()).build()));
  }

  @Test
  void anoniem002NamesTheWidthInItsMessage() {
    Casus exact = anoniem().kind(Kind.builder().leeftijd(14).build()).build();
    assertEquals(
        "een anonieme casus geeft de leeftijd als leeftijdsgroep van ten minste 4 jaar, niet in jaren",
        Voorbeelden.validate(exact).violations().get(0).message());
    assertEquals(
        "an anonymous case gives the age as an age band of at least 4 years, not in years",
        CjgValidator.create(Locale.ENGLISH).validate(exact).violations().get(0).message());
  }

  @Test
  void anoniem003AnAnonymousCaseNamesNoSmallKern() {
    Kind inBergenAanZee = Kind.builder().leeftijdsgroep(Leeftijdsgroep.of(12, 16)).kern(BergenKernen.BERGEN_AAN_ZEE).build();
    assertEquals(List.of("ANONIEM-003 kind.kern"), found(anoniem().kind(inBergenAanZee).build()));
    Kind inGroet = Kind.builder().leeftijdsgroep(Leeftijdsgroep.of(12, 16)).kern(BergenKernen.GROET_CAMPERDUIN).build();
    assertEquals(List.of("ANONIEM-003 kind.kern"), found(anoniem().kind(inGroet).build()));
    Kind zonderKern = Kind.builder().leeftijdsgroep(Leeftijdsgroep.of(12, 16)).build();
    assertEquals(List.of(), found(anoniem().kind(zonderKern).build()));
  }

  /**
   * Small are exactly the kernen with fewer than 100 young people aged 0–25: Bergen aan Zee (88)
   * and Groet + Camperduin (57), CBS, Gemeente op maat, Bergen NH 2010, as in Werkplan CJG Bergen
   * 2012, uitwerking 1 (bevolking per kern); the smallest other kern, Egmond-Binnen, has 894.
   */
  @Test
  void theSmallKernenOfBergenAreBergenAanZeeAndGroetCamperduin() {
    List<Kern> klein = BergenKernen.all().stream().filter(Anonimiteit::isKleineKern).toList();
    assertEquals(List.of(BergenKernen.BERGEN_AAN_ZEE, BergenKernen.GROET_CAMPERDUIN), klein);
    Kern elders = Kern.builder().naam("Elders").gemeente(GemeenteCode.parse("GM0363")).build();
    assertFalse(Anonimiteit.isKleineKern(elders));
  }

  @Test
  void aBandIsWideEnoughFromFourYears() {
    assertTrue(Anonimiteit.isBreedGenoeg(Leeftijdsgroep.of(19, 24)));
    assertTrue(Anonimiteit.isBreedGenoeg(Leeftijdsgroep.of(0, 4)));
    assertFalse(Anonimiteit.isBreedGenoeg(Leeftijdsgroep.of(5, 7)));
  }

  private static Kind.Builder metKind() {
    return Kind.builder().from(TWAALF_TOT_ZESTIEN);
  }
}
