package nl.cjg.core.privacy;

import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.cjg.core.id.Bsn;
import nl.cjg.core.id.Pseudoniem;

/**
 * Tells whether a short text meant to be a reference — a case's {@code kenmerk} — looks like
 * personal data, so that it can be refused before it is stored, shown or exported. A reference is
 * written in capitals, digits and separators ({@code CJG-2012-0000042}); it looks like personal
 * data when it holds
 *
 * <ul>
 *   <li>a BSN: eight or nine digits in a row, also written with spaces or dots between them
 *       ({@code 123 456 782}, {@code 123.456.782}), that pass the eleven-test (eight digits with a
 *       leading zero added);
 *   <li>a name: two letters in a row of which the second is lower case ({@code Jansen},
 *       {@code de Vries}, {@code jan}) — a reference writes its letters in capitals;
 *   <li>an e-mail address: an {@code @};
 *   <li>a phone number: ten digits starting with {@code 0}, or eleven starting with {@code 31} or
 *       thirteen with {@code 0031},
 *       written with spaces, dots or hyphens or without ({@code 06-12345678}, {@code 072 512 3456}),
 *       or a {@code +} before a digit;
 *   <li>a date, such as a birth date: day, month and year ({@code 1-4-2012}, {@code 01.04.2012},
 *       {@code 01/04/2012}) or year, month and day ({@code 2012-04-01}) that exists in the calendar.
 * </ul>
 *
 * <p>A {@link nl.cjg.core.id.Pseudoniem pseudonym} (64 hexadecimal digits, as a research export
 * puts in place of a kenmerk) is not personal data on its own, whatever digits and letters it
 * happens to hold. It is a heuristic: it cannot recognise every piece of personal data (a name in capitals is
 * not found), and it refuses some harmless texts (a reference with a date in it). It never throws
 * for any text. Stateless and thread-safe.
 */
public final class PersonalDataHeuristic {
  private static final Pattern PSEUDONYM = Pattern.compile("[0-9a-fA-F]{" + Pseudoniem.LENGTH + "}");
  private static final Pattern DIGIT_RUN = Pattern.compile("\\d(?:[ .]?\\d)*");
  private static final Pattern NAME = Pattern.compile("\\p{L}\\p{Ll}");
  private static final Pattern PHONE = Pattern.compile("\\+\\s*\\d|(?<![\\d])(?:0|31)\\d(?:[ .\\-]?\\d)*");
  private static final Pattern PHONE_SEPARATOR = Pattern.compile("[ .\\-]");
  private static final Pattern DAY_FIRST = Pattern.compile("(?<!\\d)(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})(?!\\d)");
  private static final Pattern YEAR_FIRST = Pattern.compile("(?<!\\d)(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");

  private PersonalDataHeuristic() {}

  /**
   * Whether the text looks like personal data (see the class description).
   *
   * @param text any text, for example a kenmerk
   * @return true when it holds something like a BSN, a name, an e-mail address, a phone number or
   *     a date
   */
  public static boolean looksLikePersonalData(CharSequence text) {
    if (PSEUDONYM.matcher(text).matches()) {
      return false;
    }
    return holdsBsn(text)
        || NAME.matcher(text).find()
        || text.chars().anyMatch(c -> c == '@')
        || holdsPhoneNumber(text)
        || holdsDate(DAY_FIRST.matcher(text), 4, 3, 1)
        || holdsDate(YEAR_FIRST.matcher(text), 1, 3, 4);
  }

  private static boolean holdsBsn(CharSequence text) {
    Matcher run = DIGIT_RUN.matcher(text);
    while (run.find()) {
      String digits = run.group().replace(" ", "").replace(".", "");
      if ((digits.length() == 9 || digits.length() == 8) && Bsn.passesElfproef(digits.length() == 8 ? "0" + digits : digits)) {
        return true;
      }
    }
    return false;
  }

  private static boolean holdsPhoneNumber(CharSequence text) {
    Matcher phone = PHONE.matcher(text);
    while (phone.find()) {
      String found = phone.group();
      if (found.startsWith("+")) {
        return true;
      }
      String digits = PHONE_SEPARATOR.matcher(found).replaceAll("");
      boolean national = digits.startsWith("0") && digits.length() == 10;
      boolean international = (digits.startsWith("31") && digits.length() == 11) || (digits.startsWith("0031") && digits.length() == 13);
      if (national || international) {
        return true;
      }
    }
    return false;
  }

  private static boolean holdsDate(Matcher date, int yearGroup, int monthGroup, int dayGroup) {
    while (date.find()) {
      int year = Integer.parseInt(date.group(yearGroup));
      int month = Integer.parseInt(date.group(monthGroup));
      int day = Integer.parseInt(date.group(dayGroup));
      if (month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth()) {
        return true;
      }
    }
    return false;
  }
}
