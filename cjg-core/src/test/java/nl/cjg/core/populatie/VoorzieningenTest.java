package nl.cjg.core.populatie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.id.GemeenteCode;
import nl.cjg.core.populatie.Voorzieningen.AwbzBegeleiding;
import nl.cjg.core.populatie.Voorzieningen.Grondslag;
import nl.cjg.core.populatie.Voorzieningen.Kinderopvang;
import nl.cjg.core.populatie.Voorzieningen.Opvangsoort;
import nl.cjg.core.populatie.Voorzieningen.School;
import nl.cjg.core.populatie.Voorzieningen.Zorgtype;
import nl.cjg.core.tijd.Datumbereik;
import nl.cjg.core.validation.CjgValidator;
import nl.cjg.core.validation.ValidationResult;
import nl.cjg.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** The provisions' records: their invariants and the rules VOORZIENING-001 to VOORZIENING-007. */
class VoorzieningenTest {
  private static final CjgValidator VALIDATOR = CjgValidator.create();
  private static final GemeenteCode ALKMAAR = GemeenteCode.parse("GM0361");

  /** Two kinds of care in two clusters: 10 + 5 in A, 20 + 0 in B. */
  private static Kinderopvang.Builder opvang() {
    return Kinderopvang.builder()
        .gemeente(GemeenteCode.BERGEN_NH)
        .bron("eigen telling")
        .addAantallen(
            Kinderopvang.Aantal.of(Opvangsoort.KINDERDAGOPVANG, "A", 10),
            Kinderopvang.Aantal.of(Opvangsoort.PEUTERSPEELZAAL, "A", 5),
            Kinderopvang.Aantal.of(Opvangsoort.KINDERDAGOPVANG, "B", 20),
            Kinderopvang.Aantal.of(Opvangsoort.PEUTERSPEELZAAL, "B", 0));
  }

  private static School.Builder school() {
    return School.builder().naam("Scholengemeenschap").gemeente(GemeenteCode.BERGEN_NH).leerlingen(100).bron("eigen telling");
  }

  /** 10 children of 1000: 6 individual (60.0%, 0.60%), 7 group; grondslag 4 VG + 6 PSY. */
  private static AwbzBegeleiding.Builder awbz() {
    return AwbzBegeleiding.builder()
        .gemeente(GemeenteCode.BERGEN_NH)
        .periode(Datumbereik.kwartaal(2011, 3))
        .leeftijdsgroep(Leeftijdsgroep.of(0, 18))
        .clienten(10)
        .jongeren(1000)
        .procentVanJongeren(new BigDecimal("1.0"))
        .putNaarTypeZorg(Zorgtype.BEGELEIDING_INDIVIDUEEL, AwbzBegeleiding.Regel.of(6, "60.0", "0.60"))
        .putNaarTypeZorg(Zorgtype.BEGELEIDING_GROEP, AwbzBegeleiding.Regel.of(7, "70", "0.7"))
        .putNaarGrondslag(Grondslag.VG, AwbzBegeleiding.Regel.of(4))
        .putNaarGrondslag(Grondslag.PSY, AwbzBegeleiding.Regel.of(6, "60.0", "0.60"))
        .bron("eigen telling");
  }

  private static List<String> violations(Object value) {
    ValidationResult result = VALIDATOR.validate(value);
    return result.violations().stream().map(v -> v.ruleId() + " " + v.path()).toList();
  }

  @Test
  void totalsThatAddUpAreValidAndTheSumsAreTheCells() {
    Kinderopvang opvang = opvang().putTotaalPerCluster("A", 15).putTotaalPerSoort(Opvangsoort.KINDERDAGOPVANG, 30).totaal(35).build();
    assertEquals(List.of(), violations(opvang));
    assertEquals(Set.of("A", "B"), opvang.clusters());
    assertEquals(List.of("A", "B"), List.copyOf(opvang.clusters()));
    assertEquals(Optional.of(20), opvang.kinderen(Opvangsoort.KINDERDAGOPVANG, "B"));
    assertEquals(Optional.empty(), opvang.kinderen(Opvangsoort.BUITENSCHOOLSE_OPVANG, "A"));
    assertEquals(15, opvang.som("A"));
    assertEquals(5, opvang.som(Opvangsoort.PEUTERSPEELZAAL));
    assertEquals(35, opvang.som());
  }

  @Test
  void aStatedTotalThatIsNotItsCellsMustBeMarkedAsTheSourcesDiscrepancy() {
    Kinderopvang fout = opvang().putTotaalPerCluster("A", 16).putTotaalPerSoort(Opvangsoort.PEUTERSPEELZAAL, 6).totaal(34).build();
    assertEquals(
        List.of("VOORZIENING-001 totaal", "VOORZIENING-001 totaalPerCluster[A]", "VOORZIENING-001 totaalPerSoort[PEUTERSPEELZAAL]"),
        violations(fout).stream().sorted().toList());
    Kinderopvang gemarkeerd = Kinderopvang.builder().from(fout)
        .addBronafwijkingen("totaalPerCluster[A]", "totaalPerSoort[PEUTERSPEELZAAL]", Voorzieningen.TOTAAL)
        .build();
    assertEquals(List.of(), violations(gemarkeerd), "kept as printed, the discrepancy named as data");
    Kinderopvang verouderd = opvang().putTotaalPerCluster("B", 20).addBronafwijkingen("totaalPerCluster[B]").build();
    assertEquals(List.of("VOORZIENING-001 totaalPerCluster[B]"), violations(verouderd), "a mark on a total that adds up is reported");
  }

  @Test
  void aKinderopvangTableCountsEachCellOnceAndNothingNegative() {
    InvalidValueException dubbel = assertThrows(InvalidValueException.class,
        () -> opvang().addAantallen(Kinderopvang.Aantal.of(Opvangsoort.KINDERDAGOPVANG, "A", 1)).build());
    assertEquals(Voorzieningen.DUPLICATE_CODE, dubbel.code());
    assertEquals(Voorzieningen.DUPLICATE_CODE,
        assertThrows(InvalidValueException.class, () -> Kinderopvang.Aantal.of(Opvangsoort.KINDERDAGOPVANG, " ", 1)).code());
    assertEquals(Voorzieningen.NEGATIVE_CODE,
        assertThrows(InvalidValueException.class, () -> Kinderopvang.Aantal.of(Opvangsoort.KINDERDAGOPVANG, "A", -1)).code());
    assertEquals(Voorzieningen.NEGATIVE_CODE, assertThrows(InvalidValueException.class, () -> opvang().totaal(-1).build()).code());
    assertEquals(Voorzieningen.SOURCE_CODE, assertThrows(InvalidValueException.class, () -> opvang().bron(" ").build()).code());
  }

  @Test
  void aSchoolHasNoMoreResidentsThanPupilsAndStandsInItsMunicipality() {
    assertEquals(List.of(), violations(school().woonachtigInGemeente(100).kern(BergenKernen.SCHOORL).build()));
    assertEquals(List.of("VOORZIENING-002 woonachtigInGemeente"), violations(school().woonachtigInGemeente(101).build()));
    Kern elders = Kern.builder().naam("Alkmaar").gemeente(ALKMAAR).build();
    assertEquals(List.of("VOORZIENING-003 kern"), violations(school().kern(elders).build()));
    assertEquals(Voorzieningen.NAME_CODE, assertThrows(InvalidValueException.class, () -> school().naam("").build()).code());
    assertEquals(Voorzieningen.NEGATIVE_CODE,
        assertThrows(InvalidValueException.class, () -> school().woonachtigInGemeente(-1).build()).code());
    assertEquals(Voorzieningen.SOURCE_CODE, assertThrows(InvalidValueException.class, () -> school().bron("").build()).code());
  }

  @Test
  void awbzFiguresThatFollowFromEachOtherAreValid() {
    AwbzBegeleiding awbz = awbz().build();
    assertEquals(List.of(), violations(awbz));
    assertEquals(3, awbz.minimaalGecombineerd(Zorgtype.BEGELEIDING_INDIVIDUEEL, Zorgtype.BEGELEIDING_GROEP));
    assertEquals(6, awbz.minimaalGecombineerd(Zorgtype.BEGELEIDING_INDIVIDUEEL, Zorgtype.BEGELEIDING_INDIVIDUEEL));
    assertEquals(0, awbz.minimaalGecombineerd(Zorgtype.BEGELEIDING_GROEP, Zorgtype.KORTDUREND_VERBLIJF));
  }

  @Test
  void theGrondslagenArePartitionAndNoTypeOfCareExceedsTheClients() {
    assertEquals(List.of("VOORZIENING-004 naarGrondslag"),
        violations(awbz().putNaarGrondslag(Grondslag.LG, AwbzBegeleiding.Regel.of(1)).build()));
    assertEquals(List.of("VOORZIENING-005 naarTypeZorg[KORTDUREND_VERBLIJF].clienten"),
        violations(awbz().putNaarTypeZorg(Zorgtype.KORTDUREND_VERBLIJF, AwbzBegeleiding.Regel.of(11)).build()));
    AwbzBegeleiding teVeel = AwbzBegeleiding.builder()
        .gemeente(GemeenteCode.BERGEN_NH)
        .periode(Datumbereik.jaar(2011))
        .leeftijdsgroep(Leeftijdsgroep.of(0, 18))
        .clienten(10)
        .jongeren(9)
        .bron("eigen telling")
        .build();
    assertEquals(List.of("VOORZIENING-006 clienten"), violations(teVeel));
  }

  @Test
  void aPrintedPercentageFollowsFromItsCountUnlessMarked() {
    AwbzBegeleiding fout = awbz()
        .procentVanJongeren(new BigDecimal("1.4"))
        .putNaarGrondslag(Grondslag.VG, AwbzBegeleiding.Regel.of(4, "40.0", "0.48"))
        .build();
    assertEquals(List.of("VOORZIENING-007 naarGrondslag[VG].procentVanJongeren", "VOORZIENING-007 procentVanJongeren"),
        violations(fout).stream().sorted().toList());
    AwbzBegeleiding gemarkeerd =
        AwbzBegeleiding.builder().from(fout).addBronafwijkingen("procentVanJongeren", "naarGrondslag[VG].procentVanJongeren").build();
    assertEquals(List.of(), violations(gemarkeerd));
    AwbzBegeleiding verouderd = awbz().addBronafwijkingen("naarTypeZorg[BEGELEIDING_GROEP].procentVanAwbz").build();
    assertEquals(List.of("VOORZIENING-007 naarTypeZorg[BEGELEIDING_GROEP].procentVanAwbz"), violations(verouderd));
    Violation melding = VALIDATOR.validate(fout).violations().get(0);
    assertTrue(melding.message().contains("percentage"), melding.message());
  }

  @Test
  void awbzCountsAndPercentagesAreNotNegativeAndNameTheirSource() {
    assertEquals(Voorzieningen.NEGATIVE_CODE, assertThrows(InvalidValueException.class, () -> awbz().clienten(-1).build()).code());
    assertEquals(Voorzieningen.NEGATIVE_CODE,
        assertThrows(InvalidValueException.class, () -> awbz().procentGecombineerd(new BigDecimal("-1")).build()).code());
    assertEquals(Voorzieningen.NEGATIVE_CODE, assertThrows(InvalidValueException.class, () -> AwbzBegeleiding.Regel.of(-1)).code());
    assertEquals(Voorzieningen.NEGATIVE_CODE,
        assertThrows(InvalidValueException.class, () -> AwbzBegeleiding.Regel.of(1, "-1", "0")).code());
    assertEquals(Voorzieningen.SOURCE_CODE, assertThrows(InvalidValueException.class, () -> awbz().bron("").build()).code());
  }
}
