package nl.cjg.jqwik;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import nl.cjg.core.id.GemeenteCode;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.populatie.Voorzieningen.AwbzBegeleiding;
import nl.cjg.core.populatie.Voorzieningen.Grondslag;
import nl.cjg.core.populatie.Voorzieningen.Kinderopvang;
import nl.cjg.core.populatie.Voorzieningen.Opvangsoort;
import nl.cjg.core.populatie.Voorzieningen.School;
import nl.cjg.core.populatie.Voorzieningen.Zorgtype;
import nl.cjg.core.tijd.Datumbereik;

/**
 * The invalid variants of the provisions' rules ({@code VOORZIENING-001} to {@code -007}): a valid
 * kinderopvang table, school or AWBZ figure with exactly one rule broken. Stateless.
 */
final class OngeldigeVoorzieningen {
  private static final List<String> CLUSTERS = List.of("Bergen", "Egmond", "Schoorl");
  private static final String BRON = "eigen telling";

  private OngeldigeVoorzieningen() {}

  /** Adds the variants of the VOORZIENING rules. */
  static void voegToe(Map<String, Supplier<Arbitrary<?>>> regels) {
    regels.put("VOORZIENING-001", () -> Combinators.combine(
            Arbitraries.integers().between(0, 500).list().ofSize(CLUSTERS.size() * Opvangsoort.values().length),
            Arbitraries.of(CLUSTERS), Arbitraries.integers().between(1, 50))
        .as((aantallen, cluster, verschil) -> {
          Kinderopvang opvang = kinderopvang(aantallen);
          return Kinderopvang.builder().from(opvang).putTotaalPerCluster(cluster, (int) opvang.som(cluster) + verschil).build();
        }));
    regels.put("VOORZIENING-002", () -> Combinators.combine(Arbitraries.integers().between(0, 2_000), Arbitraries.integers().between(1, 100))
        .as((leerlingen, teveel) -> school(leerlingen).woonachtigInGemeente(leerlingen + teveel).build()));
    regels.put("VOORZIENING-003", () -> Combinators.combine(Arbitraries.integers().between(0, 2_000), Basis.naam())
        .as((leerlingen, naam) -> school(leerlingen)
            .kern(Kern.builder().naam(naam).gemeente(GemeenteCode.parse("GM0361")).build())
            .build()));
    regels.put("VOORZIENING-004", () -> Combinators.combine(awbz(), Arbitraries.of(Grondslag.values()))
        .as((awbz, grondslag) -> AwbzBegeleiding.builder().from(awbz)
            .putNaarGrondslag(grondslag, AwbzBegeleiding.Regel.of(awbz.naarGrondslag().get(grondslag).clienten() + 1))
            .build()));
    regels.put("VOORZIENING-005", () -> Combinators.combine(awbz(), Arbitraries.integers().between(1, 100))
        .as((awbz, teveel) -> AwbzBegeleiding.builder().from(awbz)
            .putNaarTypeZorg(Zorgtype.KORTDUREND_VERBLIJF, AwbzBegeleiding.Regel.of(awbz.clienten() + teveel))
            .build()));
    regels.put("VOORZIENING-006", () -> Combinators.combine(Arbitraries.integers().between(1, 500), Arbitraries.integers().between(1, 500))
        .as((clienten, teveel) -> awbzZonderRegels(clienten).jongeren(Math.max(0, clienten - teveel)).build()));
    regels.put("VOORZIENING-007", () -> awbz()
        .map(awbz -> AwbzBegeleiding.builder().from(awbz)
            .procentVanJongeren(awbz.procentVanJongeren().orElseThrow().add(BigDecimal.ONE))
            .build()));
  }

  /** A table of the three BES clusters whose stated totals are the sums of its cells. */
  private static Kinderopvang kinderopvang(List<Integer> aantallen) {
    Kinderopvang.Builder opvang = Kinderopvang.builder().gemeente(GemeenteCode.BERGEN_NH).bron(BRON);
    int i = 0;
    for (Opvangsoort soort : Opvangsoort.values()) {
      for (String cluster : CLUSTERS) {
        opvang.addAantallen(Kinderopvang.Aantal.of(soort, cluster, aantallen.get(i++)));
      }
    }
    Kinderopvang cellen = opvang.build();
    CLUSTERS.forEach(cluster -> opvang.putTotaalPerCluster(cluster, (int) cellen.som(cluster)));
    for (Opvangsoort soort : Opvangsoort.values()) {
      opvang.putTotaalPerSoort(soort, (int) cellen.som(soort));
    }
    return opvang.totaal((int) cellen.som()).build();
  }

  private static School.Builder school(int leerlingen) {
    return School.builder().naam("School").gemeente(GemeenteCode.BERGEN_NH).kern(BergenKernen.BERGEN).leerlingen(leerlingen).bron(BRON);
  }

  /**
   * A valid AWBZ figure: its children split over the grondslagen, two types of care each at most
   * all of them, and every percentage the one its count and base give.
   */
  private static Arbitrary<AwbzBegeleiding> awbz() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 300),
            Arbitraries.integers().between(0, 10_000),
            Arbitraries.integers().between(0, 300).list().ofSize(Grondslag.values().length - 1),
            Arbitraries.integers().between(0, 300),
            Arbitraries.integers().between(0, 300))
        .as((clienten, meer, delen, individueel, groep) -> {
          int jongeren = clienten + meer;
          AwbzBegeleiding.Builder awbz = awbzZonderRegels(clienten)
              .jongeren(jongeren)
              .procentVanJongeren(procent(clienten, jongeren, 1))
              .putNaarTypeZorg(Zorgtype.BEGELEIDING_INDIVIDUEEL, regel(individueel % (clienten + 1), clienten, jongeren))
              .putNaarTypeZorg(Zorgtype.BEGELEIDING_GROEP, regel(groep % (clienten + 1), clienten, jongeren))
              .putNaarTypeZorg(Zorgtype.KORTDUREND_VERBLIJF, AwbzBegeleiding.Regel.of(0));
          int rest = clienten;
          Grondslag[] grondslagen = Grondslag.values();
          for (int i = 0; i < grondslagen.length - 1; i++) {
            int deel = delen.get(i) % (rest + 1);
            awbz.putNaarGrondslag(grondslagen[i], regel(deel, clienten, jongeren));
            rest -= deel;
          }
          return awbz.putNaarGrondslag(grondslagen[grondslagen.length - 1], regel(rest, clienten, jongeren)).build();
        });
  }

  private static AwbzBegeleiding.Builder awbzZonderRegels(int clienten) {
    return AwbzBegeleiding.builder()
        .gemeente(GemeenteCode.BERGEN_NH)
        .periode(Datumbereik.kwartaal(2011, 3))
        .leeftijdsgroep(Leeftijdsgroep.of(0, 18))
        .clienten(clienten)
        .bron(BRON);
  }

  private static AwbzBegeleiding.Regel regel(int aantal, int clienten, int jongeren) {
    return AwbzBegeleiding.Regel.of(aantal, procent(aantal, clienten, 1).toPlainString(), procent(aantal, jongeren, 2).toPlainString());
  }

  private static BigDecimal procent(int aantal, int basis, int decimalen) {
    return BigDecimal.valueOf(aantal).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(basis), decimalen, RoundingMode.HALF_UP);
  }
}
