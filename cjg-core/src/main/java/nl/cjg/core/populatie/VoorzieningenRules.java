package nl.cjg.core.populatie;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.cjg.core.populatie.Voorzieningen.AwbzBegeleiding;
import nl.cjg.core.populatie.Voorzieningen.Kinderopvang;
import nl.cjg.core.populatie.Voorzieningen.School;
import nl.cjg.core.validation.internal.Rule;
import nl.cjg.core.validation.internal.RuleTable;

/**
 * The business rules of the provisions' counts ({@code VOORZIENING-nnn}), as listed in {@code
 * docs/validation-rules.md}. A figure the source prints differently from what its other figures
 * give is accepted when the record names it in {@code bronafwijkingen}, and only then.
 */
final class VoorzieningenRules implements RuleTable {
  private static final BigDecimal HONDERD = BigDecimal.valueOf(100);

  @Override
  public List<Rule<?>> rules() {
    return List.of(
        Rule.checking("VOORZIENING-001", Kinderopvang.class, "totaalPerCluster[cluster]", (opvang, breaches) ->
            opvang.totaalPerCluster().forEach((cluster, totaal) -> {
              if (!kloptOfGemarkeerd(opvang.bronafwijkingen(), "totaalPerCluster[" + cluster + "]", totaal == opvang.som(cluster))) {
                breaches.at(cluster);
              }
            })),
        Rule.checking("VOORZIENING-001", Kinderopvang.class, "totaalPerSoort[soort]", (opvang, breaches) ->
            opvang.totaalPerSoort().forEach((soort, totaal) -> {
              if (!kloptOfGemarkeerd(opvang.bronafwijkingen(), "totaalPerSoort[" + soort + "]", totaal == opvang.som(soort))) {
                breaches.at(soort);
              }
            })),
        Rule.of("VOORZIENING-001", Kinderopvang.class, "totaal", opvang ->
            opvang.totaal().map(totaal -> kloptOfGemarkeerd(opvang.bronafwijkingen(), Voorzieningen.TOTAAL, totaal == opvang.som())).orElse(true)),
        Rule.of("VOORZIENING-002", School.class, "woonachtigInGemeente",
            school -> school.woonachtigInGemeente().orElse(0) <= school.leerlingen()),
        Rule.of("VOORZIENING-003", School.class, "kern",
            school -> school.kern().map(kern -> kern.gemeente().equals(school.gemeente())).orElse(true)),
        Rule.of("VOORZIENING-004", AwbzBegeleiding.class, "naarGrondslag",
            awbz -> awbz.naarGrondslag().isEmpty()
                || awbz.naarGrondslag().values().stream().mapToLong(AwbzBegeleiding.Regel::clienten).sum() == awbz.clienten()),
        Rule.checking("VOORZIENING-005", AwbzBegeleiding.class, "naarTypeZorg[zorgtype].clienten", (awbz, breaches) ->
            awbz.naarTypeZorg().forEach((type, regel) -> {
              if (regel.clienten() > awbz.clienten()) {
                breaches.at(type);
              }
            })),
        Rule.of("VOORZIENING-006", AwbzBegeleiding.class, "clienten",
            awbz -> awbz.jongeren().map(jongeren -> awbz.clienten() <= jongeren).orElse(true)),
        Rule.of("VOORZIENING-007", AwbzBegeleiding.class, "procentVanJongeren", awbz ->
            kloptOfGemarkeerd(awbz.bronafwijkingen(), "procentVanJongeren", volgtUit(awbz.procentVanJongeren(), awbz.clienten(), awbz.jongeren()))),
        percentages("naarTypeZorg", "zorgtype", AwbzBegeleiding::naarTypeZorg, "procentVanAwbz", false),
        percentages("naarTypeZorg", "zorgtype", AwbzBegeleiding::naarTypeZorg, "procentVanJongeren", true),
        percentages("naarGrondslag", "grondslag", AwbzBegeleiding::naarGrondslag, "procentVanAwbz", false),
        percentages("naarGrondslag", "grondslag", AwbzBegeleiding::naarGrondslag, "procentVanJongeren", true));
  }

  /** VOORZIENING-007 for one percentage column of one AWBZ table. */
  private static <K extends Enum<K>> Rule<AwbzBegeleiding> percentages(
      String tabel, String sleutel, Function<AwbzBegeleiding, Map<K, AwbzBegeleiding.Regel>> regels, String kolom,
      boolean vanJongeren) {
    return Rule.checking("VOORZIENING-007", AwbzBegeleiding.class, tabel + "[" + sleutel + "]." + kolom, (awbz, breaches) ->
        regels.apply(awbz).forEach((key, regel) -> {
          Optional<BigDecimal> procent = vanJongeren ? regel.procentVanJongeren() : regel.procentVanAwbz();
          Optional<Integer> basis = vanJongeren ? awbz.jongeren() : Optional.of(awbz.clienten());
          if (!kloptOfGemarkeerd(awbz.bronafwijkingen(), tabel + "[" + key.name() + "]." + kolom, volgtUit(procent, regel.clienten(), basis))) {
            breaches.at(key);
          }
        }));
  }

  /** A figure that follows from the others must not be marked as a discrepancy, and one that does not must be. */
  private static boolean kloptOfGemarkeerd(Set<String> bronafwijkingen, String pad, boolean klopt) {
    return klopt != bronafwijkingen.contains(pad);
  }

  /**
   * Whether a printed percentage equals its count of its base, rounded half up to the printed
   * decimals; true without a percentage or base, or with a base of 0 (nothing to check).
   */
  private static boolean volgtUit(Optional<BigDecimal> procent, int aantal, Optional<Integer> basis) {
    if (procent.isEmpty() || basis.isEmpty() || basis.get() == 0) {
      return true;
    }
    int decimalen = Math.max(0, procent.get().scale());
    BigDecimal berekend = BigDecimal.valueOf(aantal).multiply(HONDERD).divide(BigDecimal.valueOf(basis.get()), decimalen, RoundingMode.HALF_UP);
    return berekend.compareTo(procent.get()) == 0;
  }
}
