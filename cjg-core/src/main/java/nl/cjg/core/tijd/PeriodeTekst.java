package nl.cjg.core.tijd;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.cjg.core.InvalidValueException;

/**
 * The Dutch text of periods, as the sources write them: the canonical form that {@link Periode#format()}
 * writes, and the reader that accepts it and the sources' variants (capitals, "einde van 2012",
 * "2010 en verder", "t/m" or a hyphen between the bounds). Stateless.
 */
final class PeriodeTekst {
  /** Between the bounds of a range in the canonical form: an en dash with a space on either side. */
  static final String TOT_EN_MET = " – ";

  private static final String VANAF = "vanaf ";
  private static final String EN_VERDER = " en verder";

  private static final List<String> MAANDEN =
      List.of(
          "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december");

  private static final Map<Tijdvak.Soort, String> WOORDEN =
      Map.of(
          Tijdvak.Soort.BEGIN_JAAR, "begin",
          Tijdvak.Soort.VOORJAAR, "voorjaar",
          Tijdvak.Soort.ZOMER, "zomer",
          Tijdvak.Soort.NAJAAR, "najaar",
          Tijdvak.Soort.EIND_JAAR, "eind");

  private static final String MAAND = "(" + String.join("|", MAANDEN) + ")";
  private static final String JAAR = "(\\d{1,4})";
  private static final Pattern DAG = Pattern.compile("(\\d{1,2}) " + MAAND + " " + JAAR);
  private static final Pattern MAAND_JAAR = Pattern.compile(MAAND + " " + JAAR);
  private static final Pattern KWARTAAL = Pattern.compile("([1-4])e kwartaal " + JAAR);
  private static final Pattern ALLEEN_JAAR = Pattern.compile(JAAR);
  private static final Pattern DEEL_VAN_JAAR =
      Pattern.compile("(?:het )?(begin|voorjaar|zomer|najaar|eind|einde)(?: van)? " + JAAR);
  private static final Pattern WITRUIMTE = Pattern.compile("[\\s\u00a0]+");
  private static final Pattern SCHEIDING = Pattern.compile(" ?(?:[-–—]|t/m|tot en met) ?");

  private PeriodeTekst() {}

  static String format(Tijdvak tijdvak) {
    LocalDate begin = tijdvak.begin();
    int jaar = begin.getYear();
    return switch (tijdvak.soort()) {
      case DAG -> begin.getDayOfMonth() + " " + maand(begin) + " " + jaar;
      case MAAND -> maand(begin) + " " + jaar;
      case KWARTAAL -> ((begin.getMonthValue() + 2) / 3) + "e kwartaal " + jaar;
      case JAAR -> String.valueOf(jaar);
      default -> WOORDEN.get(tijdvak.soort()) + " " + jaar;
    };
  }

  static String format(Periode periode) {
    String van = format(periode.van());
    if (periode.openEinde()) {
      return VANAF + van;
    }
    return periode.totEnMet().map(tot -> van + TOT_EN_MET + format(tot)).orElse(van);
  }

  static Periode parse(CharSequence text) {
    String tekst = normalise(text);
    if (tekst.startsWith(VANAF)) {
      return Periode.vanaf(tijdvak(tekst.substring(VANAF.length())));
    }
    if (tekst.endsWith(EN_VERDER)) {
      return Periode.vanaf(tijdvak(tekst.substring(0, tekst.length() - EN_VERDER.length())));
    }
    String[] delen = SCHEIDING.split(tekst, -1);
    if (delen.length == 1) {
      return Periode.of(tijdvak(delen[0]));
    }
    if (delen.length == 2) {
      return Periode.of(tijdvak(delen[0]), tijdvak(delen[1]));
    }
    throw unreadable();
  }

  private static String normalise(CharSequence text) {
    if (text == null) {
      throw unreadable();
    }
    return WITRUIMTE.matcher(text).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }

  private static Tijdvak tijdvak(String tekst) {
    try {
      return Optional.<Tijdvak>empty()
          .or(() -> match(DAG, tekst).map(m -> Tijdvak.dag(LocalDate.of(getal(m, 3), maand(m, 2), getal(m, 1)))))
          .or(() -> match(MAAND_JAAR, tekst).map(m -> Tijdvak.maand(YearMonth.of(getal(m, 2), maand(m, 1)))))
          .or(() -> match(KWARTAAL, tekst).map(m -> Tijdvak.kwartaal(getal(m, 2), getal(m, 1))))
          .or(() -> match(ALLEEN_JAAR, tekst).map(m -> Tijdvak.jaar(getal(m, 1))))
          .or(() -> match(DEEL_VAN_JAAR, tekst).map(m -> Tijdvak.inJaar(deelVanJaar(m.group(1)), getal(m, 2))))
          .orElseThrow(PeriodeTekst::unreadable);
    } catch (DateTimeException e) {
      throw new InvalidValueException(Periode.TEKST_CODE, "the period (periode) names a day that does not exist");
    }
  }

  private static Optional<Matcher> match(Pattern pattern, String tekst) {
    Matcher matcher = pattern.matcher(tekst);
    return matcher.matches() ? Optional.of(matcher) : Optional.empty();
  }

  private static int getal(Matcher matcher, int group) {
    return Integer.parseInt(matcher.group(group));
  }

  private static int maand(Matcher matcher, int group) {
    return MAANDEN.indexOf(matcher.group(group)) + 1;
  }

  private static String maand(LocalDate datum) {
    return MAANDEN.get(datum.getMonthValue() - 1);
  }

  private static Tijdvak.Soort deelVanJaar(String woord) {
    return woord.equals("einde")
        ? Tijdvak.Soort.EIND_JAAR
        : WOORDEN.entrySet().stream().filter(e -> e.getValue().equals(woord)).findFirst().orElseThrow().getKey();
  }

  private static InvalidValueException unreadable() {
    return new InvalidValueException(
        Periode.TEKST_CODE,
        "the period (periode) is not a day, month, quarter, year or part of a year, a range of two, or 'vanaf' one");
  }
}
