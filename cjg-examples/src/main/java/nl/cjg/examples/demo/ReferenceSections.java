package nl.cjg.examples.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.cjg.core.aanbod.Aanbod;
import nl.cjg.core.aanbod.Kengetal;
import nl.cjg.core.aanbod.Kengetal.Percentage;
import nl.cjg.core.stats.audit.TableAudit;
import nl.cjg.core.stats.audit.TableAudit.PublishedRate;
import nl.cjg.core.stats.audit.TableAudit.ShareSum;
import nl.cjg.examples.report.Section;
import nl.cjg.examples.report.Table;
import nl.cjg.examples.report.Texts;

/**
 * Report content about reference data, shared by the demo's report and the report of a dataset:
 * the rates its offerings publish, each audited against the counts beside it and with its source
 * ({@link TableAudit#rates}, {@link TableAudit#shares}), and the assumptions its records mark
 * ({@link Aannames}). {@link #describe(PublishedRate, Texts)} and {@link #describe(ShareSum, Texts)}
 * word one audited rate or breakdown as the report does, for {@code cjg audit --rates}.
 */
public final class ReferenceSections {
  private static final String BRON = "Bron:";

  private ReferenceSections() {}

  /** Whether any of the offerings publishes a rate. */
  static boolean publishesRates(List<Aanbod> aanbod) {
    return aanbod.stream().flatMap(a -> a.kengetallen().stream()).anyMatch(k -> !k.percentages().isEmpty());
  }

  /** The published rates of the offerings with their audit and source, and whether their breakdowns add up. */
  static Section rates(String id, List<Aanbod> aanbod, Texts texts) {
    List<List<String>> rows = new ArrayList<>();
    List<String> explanation = new ArrayList<>(List.of(texts.text("rates.text")));
    long contradicting = 0;
    for (Aanbod offering : aanbod) {
      String bron = bron(offering.omschrijving().orElse(""));
      for (PublishedRate rate : TableAudit.rates(offering)) {
        if (rate.outcome() == PublishedRate.Outcome.CONTRADICTS) {
          contradicting++;
        }
        rows.add(List.of(offering.naam(), meting(rate.kengetal(), texts), percentage(rate.percentage(), texts),
            check(rate, texts), bron));
      }
      for (ShareSum sum : TableAudit.shares(offering)) {
        explanation.add(shares(sum, texts));
      }
    }
    explanation.add(texts.text(contradicting == 0 ? "rates.allAgree" : "rates.contradicting", texts.number(contradicting)));
    Table table = new Table(List.of(texts.text("rates.headers").split("\\|")), rows);
    return new Section(id, texts.text("rates.title"), explanation, Optional.empty(), Optional.of(table));
  }

  /**
   * One audited rate in words: the offering, the measure, the rate and what the audit found ("klopt
   * niet: 1.467 contacten van een norm (BTP) van 1.385 is 105,9%; …").
   *
   * @param rate the audited rate
   * @param texts the language
   * @return the text
   */
  public static String describe(PublishedRate rate, Texts texts) {
    return texts.text("rates.line", rate.aanbod(), meting(rate.kengetal(), texts), percentage(rate.percentage(), texts),
        check(rate, texts));
  }

  /**
   * One breakdown into shares in words: whether its shares add up to 100% and to its participants.
   *
   * @param sum the audited breakdown
   * @param texts the language
   * @return the text
   */
  public static String describe(ShareSum sum, Texts texts) {
    return shares(sum, texts);
  }

  /**
   * The assumptions, one row each: the record, the field, what is assumed and why, the source it
   * concerns; {@code more} follows the explanation.
   */
  static Section assumptions(String id, List<Aannames.Aanname> aannames, Texts texts, String... more) {
    List<List<String>> rows = new ArrayList<>();
    for (Aannames.Aanname aanname : aannames) {
      rows.add(List.of(aanname.record(), aanname.veld(), aanname.aanname(),
          aanname.bron().isEmpty() ? texts.text("aannames.geenBron") : aanname.bron()));
    }
    Table table = new Table(List.of(texts.text("aannames.headers").split("\\|")), rows);
    List<String> explanation = new ArrayList<>(List.of(texts.text("aannames.text", texts.number(aannames.size()), Aannames.MARK)));
    explanation.addAll(List.of(more));
    return Section.withTable(id, texts.text("aannames.title"), table, explanation.toArray(String[]::new));
  }

  /** The source an offering cites at the end of its description: the text after "Bron:". */
  private static String bron(String omschrijving) {
    int at = omschrijving.indexOf(BRON);
    if (at < 0) {
      return "";
    }
    String bron = omschrijving.substring(at + BRON.length()).strip();
    return bron.endsWith(".") ? bron.substring(0, bron.length() - 1) : bron;
  }

  /** The measure: its description without an assumption it marks, and its period. */
  private static String meting(Kengetal kengetal, Texts texts) {
    String omschrijving = kengetal.omschrijving().orElse("");
    int mark = omschrijving.toLowerCase(Locale.ROOT).indexOf(Aannames.MARK.toLowerCase(Locale.ROOT));
    if (mark >= 0) {
      omschrijving = omschrijving.substring(0, mark).strip();
    }
    if (omschrijving.endsWith(".")) {
      omschrijving = omschrijving.substring(0, omschrijving.length() - 1);
    }
    LocalDate begin = kengetal.periode().begin();
    LocalDate eind = kengetal.periode().eind();
    boolean jaar = begin.getDayOfYear() == 1 && eind.equals(begin.withDayOfYear(begin.lengthOfYear()));
    String periode = jaar ? String.valueOf(begin.getYear()) : texts.date(begin) + " – " + texts.date(eind);
    return omschrijving.isEmpty() ? periode : texts.text("rates.meting", omschrijving, periode);
  }

  private static String percentage(Percentage percentage, Texts texts) {
    return texts.text("rates.percentage", percentage.wat(), texts.number(percentage.waarde()),
        texts.text("rates.soort." + percentage.soort().name()));
  }

  /** What the audit found, in the words of the rate's kind: its count and base by name. */
  private static String check(PublishedRate rate, Texts texts) {
    String soort = rate.percentage().soort().name();
    return switch (rate.outcome()) {
      case AGREES -> texts.text("rates.check.agrees", teller(soort, texts.number(rate.teller().orElseThrow()), texts),
          noemer(soort, texts.number(rate.noemer().orElseThrow()), texts));
      case CONTRADICTS -> texts.text("rates.check.contradicts", teller(soort, texts.number(rate.teller().orElseThrow()), texts),
          noemer(soort, texts.number(rate.noemer().orElseThrow()), texts), texts.number(rate.expected().orElseThrow()),
          texts.number(rate.percentage().waarde()), teller(soort, interval(rate.tellers().orElseThrow(), texts), texts),
          noemer(soort, interval(rate.noemers().orElseThrow(), texts), texts));
      case BOUNDED -> rate.noemers().isPresent()
          ? texts.text("rates.check.noemers", teller(soort, texts.number(rate.teller().orElseThrow()), texts),
              noemer(soort, interval(rate.noemers().orElseThrow(), texts), texts))
          : texts.text("rates.check.tellers", teller(soort, interval(rate.tellers().orElseThrow(), texts), texts),
              noemer(soort, texts.number(rate.noemer().orElseThrow()), texts));
      case UNCHECKED -> texts.text("rates.check.unchecked");
    };
  }

  /** A count of a rate of this kind in words: "1.467 contacten". */
  private static String teller(String soort, String count, Texts texts) {
    return texts.text("rates.teller." + soort, count);
  }

  /** A base of a rate of this kind in words: "een norm (BTP) van 1.385". */
  private static String noemer(String soort, String base, Texts texts) {
    return texts.text("rates.noemer." + soort, base);
  }

  private static String shares(ShareSum sum, Texts texts) {
    List<String> aandelen = sum.aandelen().stream()
        .map(aandeel -> texts.text("rates.aandeel", aandeel.wat(), texts.number(aandeel.waarde()))).toList();
    String deelnemers = sum.kengetal().deelnemers().filter(d -> d > 0)
        .map(d -> texts.text("rates.aandelen.deelnemers", interval(sum.deelnemers().orElseThrow(), texts), texts.number(d)))
        .orElse("");
    return texts.text(sum.addsUp() ? "rates.aandelen.ok" : "rates.aandelen.fout", sum.aanbod(), String.join("; ", aandelen),
        texts.number(sum.sum()), texts.number(sum.tolerance()), deelnemers);
  }

  /** An interval of whole numbers in words: "168 tot en met 169", "1.497", "vanaf 601", "geen". */
  static String interval(Percentage.Interval interval, Texts texts) {
    if (interval.isEmpty()) {
      return texts.text("rates.interval.none");
    }
    if (!interval.isBounded()) {
      return texts.text("rates.interval.open", texts.number(interval.lowest()));
    }
    if (interval.lowest() == interval.highest()) {
      return texts.number(interval.lowest());
    }
    return texts.text("rates.interval.range", texts.number(interval.lowest()), texts.number(interval.highest()));
  }
}
