package nl.cjg.examples.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The texts and number formats of a report in one language: Dutch (the default) or English. Texts
 * come from the resource bundle {@code nl/cjg/examples/report/texts.properties} (Dutch) and its
 * {@code _en} variant; numbers are written as the language writes them (Dutch {@code 1.234} and
 * {@code 108,1}, English {@code 1,234} and {@code 108.1}), with the decimals they have, never in
 * scientific notation. The machine's default locale plays no part. Immutable and thread-safe.
 */
public final class Texts {
  /** Dutch, the default language of the reports. */
  public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

  /** English, the other language of the reports. */
  public static final Locale ENGLISH = Locale.UK;

  private static final String BUNDLE = "texts";

  private final Locale locale;
  private final ResourceBundle bundle;

  private Texts(Locale locale, ResourceBundle bundle) {
    this.locale = locale;
    this.bundle = bundle;
  }

  /**
   * The texts for a language: English when the locale's language is English, Dutch otherwise.
   *
   * @param locale the language wanted
   * @return the texts
   */
  public static Texts of(Locale locale) {
    boolean english = ENGLISH.getLanguage().equals(locale.getLanguage());
    return english ? new Texts(ENGLISH, load(BUNDLE + "_en.properties")) : new Texts(DUTCH, load(BUNDLE + ".properties"));
  }

  private static ResourceBundle load(String name) {
    try (InputStream in = Texts.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new MissingResourceException("missing bundled texts " + name, Texts.class.getName(), name);
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return new PropertyResourceBundle(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The language of these texts: {@link #DUTCH} or {@link #ENGLISH}. */
  public Locale locale() {
    return locale;
  }

  /** The language's tag for the HTML {@code lang} attribute: {@code nl} or {@code en}. */
  public String languageTag() {
    return locale.getLanguage();
  }

  /**
   * A text of the bundle with its arguments filled in ({@link MessageFormat} patterns; numbers
   * among the arguments are best given already formatted by {@link #number}).
   *
   * @param key the text's key
   * @param arguments the values for {@code {0}}, {@code {1}}, …
   * @return the text
   * @throws MissingResourceException when the bundle has no such key
   */
  public String text(String key, Object... arguments) {
    String pattern = bundle.getString(key);
    return new MessageFormat(pattern, locale).format(arguments);
  }

  /**
   * A whole number with the language's thousands separator.
   *
   * @param number the number
   * @return e.g. {@code 32.975} in Dutch
   */
  public String number(long number) {
    return format(BigDecimal.valueOf(number));
  }

  /**
   * A number with the language's separators and exactly the decimals it has.
   *
   * @param number the number
   * @return e.g. {@code 108,1} in Dutch
   */
  public String number(BigDecimal number) {
    return format(number);
  }

  /**
   * A number with the language's separators and at most {@code decimals} decimals (rounded half up).
   *
   * @param number the number
   * @param decimals the number of decimals at most
   * @return e.g. {@code 12,5}
   */
  public String number(double number, int decimals) {
    BigDecimal value = BigDecimal.valueOf(number).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
    return format(value.scale() < 0 ? value.setScale(0, RoundingMode.UNNECESSARY) : value);
  }

  private String format(BigDecimal number) {
    DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale));
    int decimals = Math.max(0, number.scale());
    format.setMinimumFractionDigits(decimals);
    format.setMaximumFractionDigits(decimals);
    format.setParseBigDecimal(true);
    return format.format(number);
  }

  /**
   * A day as the language writes it in full.
   *
   * @param day the day
   * @return e.g. {@code 31 december 2012}
   */
  public String date(LocalDate day) {
    return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
  }
}
