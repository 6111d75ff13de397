package nl.cjg.jqwik;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Building blocks: texts, names and dates. Stateless. */
final class Basis {
  /** The length of the long-text edge case; the model sets no limit on free text. */
  static final int LANGE_TEKST = 2000;

  /** The first day generated dates fall on. */
  static final LocalDate EERSTE_DAG = LocalDate.of(1990, 1, 1);

  /** The last day generated dates fall on. */
  static final LocalDate LAATSTE_DAG = LocalDate.of(2030, 12, 31);

  // Arbitraries are immutable; sharing one instance lets jqwik reuse its generator.
  private static final Arbitrary<String> TEKST =
      metRanden(
          Combinators.combine(
                  Arbitraries.chars().range('a', 'z'),
                  Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz ").ofMaxLength(40))
              .as((c, s) -> c + s),
          "a" + "b".repeat(LANGE_TEKST - 1));

  private static final Arbitrary<String> NAAM =
      Combinators.combine(Arbitraries.chars().range('A', 'Z'), Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(12))
          .as((c, s) -> c + s);

  private static final Arbitrary<LocalDate> DAG = dag(EERSTE_DAG, LAATSTE_DAG);

  private Basis() {}

  /**
   * Free text that is not blank: a letter, then letters and spaces; shrinks to {@code "a"}. The
   * edge cases include a text of {@value #LANGE_TEKST} characters.
   */
  static Arbitrary<String> tekst() {
    return TEKST;
  }

  /** A name of letters, capitalised; shrinks to {@code "A"}. */
  static Arbitrary<String> naam() {
    return NAAM;
  }

  /** A day from {@code van} through {@code tot}; shrinks towards {@code van}. */
  static Arbitrary<LocalDate> dag(LocalDate van, LocalDate tot) {
    long dagen = tot.toEpochDay() - van.toEpochDay();
    return Arbitraries.longs().between(0, dagen).map(van::plusDays);
  }

  /**
   * {@code arbitrary} with extra values that are also edge cases: mostly the arbitrary's own
   * values, now and then one of {@code randen}. (Edge cases are added this way, not with
   * {@code edgeCases(config -> config.add(...))}, which jqwik 1.9.3 cannot apply inside lists.)
   */
  @SafeVarargs
  static <T> Arbitrary<T> metRanden(Arbitrary<T> arbitrary, T... randen) {
    if (randen.length == 0) {
      return arbitrary;
    }
    List<Arbitrary<T>> extra = new ArrayList<>();
    for (T rand : randen) {
      extra.add(Arbitraries.just(rand));
    }
    return Arbitraries.frequencyOf(Tuple.of(20, arbitrary), Tuple.of(1, Arbitraries.oneOf(extra)));
  }

  /** A day of the generated years. */
  static Arbitrary<LocalDate> dag() {
    return DAG;
  }
}
