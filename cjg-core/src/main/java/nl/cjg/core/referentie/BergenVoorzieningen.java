package nl.cjg.core.referentie;

import java.math.BigDecimal;
import java.util.List;
import nl.cjg.core.id.GemeenteCode;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.populatie.Voorzieningen.AwbzBegeleiding;
import nl.cjg.core.populatie.Voorzieningen.Grondslag;
import nl.cjg.core.populatie.Voorzieningen.Kinderopvang;
import nl.cjg.core.populatie.Voorzieningen.Opvangsoort;
import nl.cjg.core.populatie.Voorzieningen.School;
import nl.cjg.core.populatie.Voorzieningen.Zorgtype;
import nl.cjg.core.tijd.Datumbereik;

/**
 * The children of Bergen in kinderopvang, at the secondary schools and with AWBZ begeleiding, as the
 * werkplan 2012 prints them. Figures the source prints differently from its other figures are kept
 * and named in the record's {@code bronafwijkingen}.
 */
final class BergenVoorzieningen {
  static final String KINDEROPVANG_BRON = "Werkplan CJG Bergen 2012, uitwerking 1, doelgroep (kinderopvang per kern)";
  static final String LEERLINGEN_BRON = "Werkplan CJG Bergen 2012, uitwerking 1, doelgroep (leerlingen per school)";
  static final String AWBZ_BRON = "Werkplan CJG Bergen 2012, uitwerking 1, AWBZ (kinderen met begeleiding via"
      + " AWBZ; AWBZ begeleiding naar type zorg; naar grondslag)";

  private static final String BERGEN = "Bergen";
  private static final String EGMOND = "Egmond";
  private static final String SCHOORL = "Schoorl";

  private BergenVoorzieningen() {}

  /** Children per kind of care and BES cluster, with the source's totals; Bergen's total of 418 is the source's, its cells give 412. */
  static Kinderopvang kinderopvang() {
    return Kinderopvang.builder()
        .gemeente(GemeenteCode.BERGEN_NH)
        .bron(KINDEROPVANG_BRON)
        .addAantallen(
            Kinderopvang.Aantal.of(Opvangsoort.BUITENSCHOOLSE_OPVANG, BERGEN, 254),
            Kinderopvang.Aantal.of(Opvangsoort.BUITENSCHOOLSE_OPVANG, EGMOND, 158),
            Kinderopvang.Aantal.of(Opvangsoort.BUITENSCHOOLSE_OPVANG, SCHOORL, 84),
            Kinderopvang.Aantal.of(Opvangsoort.KINDERDAGOPVANG, BERGEN, 126),
            Kinderopvang.Aantal.of(Opvangsoort.KINDERDAGOPVANG, EGMOND, 125),
            Kinderopvang.Aantal.of(Opvangsoort.KINDERDAGOPVANG, SCHOORL, 67),
            Kinderopvang.Aantal.of(Opvangsoort.PEUTERSPEELZAAL, BERGEN, 32),
            Kinderopvang.Aantal.of(Opvangsoort.PEUTERSPEELZAAL, EGMOND, 136),
            Kinderopvang.Aantal.of(Opvangsoort.PEUTERSPEELZAAL, SCHOORL, 34))
        .putTotaalPerSoort(Opvangsoort.BUITENSCHOOLSE_OPVANG, 496)
        .putTotaalPerSoort(Opvangsoort.KINDERDAGOPVANG, 318)
        .putTotaalPerSoort(Opvangsoort.PEUTERSPEELZAAL, 202)
        .putTotaalPerCluster(BERGEN, 418)
        .putTotaalPerCluster(EGMOND, 419)
        .putTotaalPerCluster(SCHOORL, 185)
        .totaal(1016)
        .addBronafwijkingen("totaalPerCluster[" + BERGEN + "]")
        .build();
  }

  /** The secondary schools in the municipality, with all pupils and those living in Bergen; the source names no kern and no school year. */
  static List<School> scholen() {
    return List.of(
        school("Adriaan Roland Holstschool", 499, 125),
        school("Bergerscholengemeenschap", 796, 398),
        school("PCC", 231, 162));
  }

  private static School school(String naam, int leerlingen, int woonachtig) {
    return School.builder()
        .naam(naam)
        .gemeente(GemeenteCode.BERGEN_NH)
        .leerlingen(leerlingen)
        .woonachtigInGemeente(woonachtig)
        .bron(LEERLINGEN_BRON)
        .build();
  }

  /**
   * AWBZ begeleiding of children 0 t/m 17 in the third quarter of 2011. The source prints 1.4% for
   * 63 of 6464 (1.0%) and 0.48% for VG's 27 of 6464 (0.42%); both are kept as printed.
   */
  static AwbzBegeleiding awbzBegeleiding() {
    return AwbzBegeleiding.builder()
        .gemeente(GemeenteCode.BERGEN_NH)
        .periode(Datumbereik.kwartaal(2011, 3))
        .leeftijdsgroep(Leeftijdsgroep.of(0, 18))
        .clienten(63)
        .jongeren(6464)
        .procentVanJongeren(new BigDecimal("1.4"))
        .putNaarTypeZorg(Zorgtype.BEGELEIDING_INDIVIDUEEL, AwbzBegeleiding.Regel.of(45, "71.4", "0.70"))
        .putNaarTypeZorg(Zorgtype.BEGELEIDING_GROEP, AwbzBegeleiding.Regel.of(43, "68.3", "0.67"))
        .putNaarTypeZorg(Zorgtype.KORTDUREND_VERBLIJF, AwbzBegeleiding.Regel.of(0))
        .putNaarGrondslag(Grondslag.LG, AwbzBegeleiding.Regel.of(7, "11.1", "0.11"))
        .putNaarGrondslag(Grondslag.SOM, AwbzBegeleiding.Regel.of(3, "4.8", "0.05"))
        .putNaarGrondslag(Grondslag.VG, AwbzBegeleiding.Regel.of(27, "42.9", "0.48"))
        .putNaarGrondslag(Grondslag.ZG, AwbzBegeleiding.Regel.of(1, "1.6", "0.02"))
        .putNaarGrondslag(Grondslag.PSY, AwbzBegeleiding.Regel.of(25, "39.7", "0.39"))
        .procentGecombineerd(new BigDecimal("40"))
        .addBronafwijkingen("procentVanJongeren", "naarGrondslag[" + Grondslag.VG + "].procentVanJongeren")
        .bron(AWBZ_BRON)
        .build();
  }

}
