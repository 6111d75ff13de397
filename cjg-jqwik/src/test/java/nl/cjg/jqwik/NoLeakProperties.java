package nl.cjg.jqwik;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.providers.TypeUsage;
import nl.cjg.core.casus.Aanmelder;
import nl.cjg.core.casus.Persoonsgegevens;
import nl.cjg.core.casus.Professional;
import nl.cjg.core.id.Bsn;
import nl.cjg.core.id.Postcode;
import nl.cjg.core.overleg.Voorzitter;
import nl.cjg.core.privacy.Onderzoeksexport;
import nl.cjg.core.privacy.Pseudonimisering;
import nl.cjg.core.validation.CjgValidator;
import nl.cjg.core.validation.ValidationResult;
import nl.cjg.core.verwijsindex.Signaal;

/**
 * No value of any type of the model shows the personal data it holds: for values of every type
 * (and the invalid values of every business rule), neither {@code toString} nor any validation
 * problem (Dutch and English) contains a BSN, a name, a street, a postcode or a birth date (ISO and
 * Dutch d-M-yyyy) found anywhere inside the value. Names shorter than six letters are not looked
 * for: the generator shrinks names to {@code "A"}, which any text contains; nor is a birth date
 * that the value also holds as a date that is not personal (a registration date, say). And the
 * research export of a case or a meeting holds none of its source's personal data in any attribute,
 * not even in one that {@code toString} hides.
 */
class NoLeakProperties {
  private static final List<CjgValidator> VALIDATORS = List.of(CjgValidator.create(), CjgValidator.create(Locale.ENGLISH));
  private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d-M-yyyy", Locale.ROOT);
  private static final int MIN_NAME = 6;
  private static final Onderzoeksexport EXPORT =
      Onderzoeksexport.of(Pseudonimisering.of("een sleutel van minstens 32 bytes lang".getBytes(StandardCharsets.UTF_8), "onderzoek"));

  @Property(tries = 1000)
  void toStringOfEveryTypeShowsNoPersonalData(@ForAll("everyValue") Object value) {
    assertNoLeak(value.toString(), secrets(value));
  }

  @Property(tries = 300)
  void validationProblemsShowNoPersonalData(@ForAll("invalidValues") Object value) {
    List<String> secrets = secrets(value);
    for (CjgValidator validator : VALIDATORS) {
      ValidationResult result = check(validator, value);
      assertTrue(!result.violations().isEmpty());
      assertNoLeak(result.toString(), secrets);
    }
  }

  @Property(tries = 300)
  void aResearchExportHoldsNoneOfTheSourcesPersonalData(@ForAll("exportable") Object bron) {
    Object uit = EXPORT.records(Stream.of(bron)).findFirst().orElseThrow();
    List<String> texts = new ArrayList<>();
    texts(uit, texts, 0);
    assertNoLeak(String.join("\n", texts), secrets(bron));
  }

  @Provide
  Arbitrary<Object> exportable() {
    return Arbitraries.oneOf(
        CjgArbitraries.casus().map(value -> (Object) value), CjgArbitraries.casusoverleg().map(value -> (Object) value));
  }

  @Provide
  Arbitrary<Object> everyValue() {
    List<Arbitrary<Object>> all = new ArrayList<>();
    CjgArbitraryProvider provider = new CjgArbitraryProvider();
    for (Class<?> type : CjgArbitraryProvider.types().stream().sorted(Comparator.comparing(Class::getName)).toList()) {
      all.add(provider.provideFor(TypeUsage.of(type), null).iterator().next().map(value -> (Object) value));
    }
    return Arbitraries.oneOf(all);
  }

  @Provide
  Arbitrary<Object> invalidValues() {
    List<Arbitrary<Object>> all = new ArrayList<>();
    for (String ruleId : CjgArbitraries.invalidRuleIds()) {
      all.add(CjgArbitraries.invalid(ruleId).map(value -> (Object) value));
    }
    return Arbitraries.oneOf(all);
  }

  private static void assertNoLeak(String text, List<String> secrets) {
    List<String> leaked = secrets.stream().filter(text::contains).toList();
    assertTrue(leaked.isEmpty(), () -> "personal data shown: " + leaked);
  }

  /** The personal data anywhere inside {@code value}. */
  private static List<String> secrets(Object value) {
    List<String> secrets = new ArrayList<>();
    List<String> publicDates = new ArrayList<>();
    collect(value, secrets, publicDates, new IdentityHashMap<>(), 0);
    return secrets.stream().distinct().filter(secret -> !publicDates.contains(secret)).toList();
  }

  private static void collect(Object value, List<String> secrets, List<String> publicDates, Map<Object, Boolean> seen, int depth) {
    if (value == null || depth > 12 || seen.put(value, Boolean.TRUE) != null) {
      return;
    }
    if (value instanceof LocalDate datum) {
      dates(publicDates, datum);
      return;
    }
    if (value instanceof Optional<?> optional) {
      optional.ifPresent(inner -> collect(inner, secrets, publicDates, seen, depth + 1));
      return;
    }
    if (value instanceof Collection<?> collection) {
      collection.forEach(inner -> collect(inner, secrets, publicDates, seen, depth + 1));
      return;
    }
    if (value instanceof Map<?, ?> map) {
      map.values().forEach(inner -> collect(inner, secrets, publicDates, seen, depth + 1));
      return;
    }
    if (value instanceof Bsn bsn) {
      secrets.add(bsn.value());
      return;
    }
    if (value instanceof Postcode postcode) {
      secrets.add(postcode.value());
      secrets.add(postcode.formatted());
      return;
    }
    if (value instanceof Persoonsgegevens persoon) {
      names(secrets, persoon.voornaam(), persoon.achternaam());
      persoon.achternaamVader().ifPresent(naam -> names(secrets, naam));
      persoon.achternaamMoeder().ifPresent(naam -> names(secrets, naam));
      persoon.straat().ifPresent(naam -> names(secrets, naam));
      persoon.geboortedatum().ifPresent(datum -> dates(secrets, datum));
      persoon.bsn().ifPresent(bsn -> secrets.add(bsn.value()));
      persoon.postcode().ifPresent(postcode -> secrets.addAll(List.of(postcode.value(), postcode.formatted())));
      return;
    } else if (value instanceof Aanmelder aanmelder) {
      names(secrets, aanmelder.naam());
    } else if (value instanceof Professional professional) {
      professional.naam().ifPresent(naam -> names(secrets, naam));
    } else if (value instanceof Voorzitter voorzitter) {
      names(secrets, voorzitter.naam());
    } else if (value instanceof Signaal signaal) {
      dates(secrets, signaal.geboortedatum());
    }
    if (!value.getClass().getName().startsWith("nl.cjg.core.")) {
      return;
    }
    attributes(value, Set.of("toString", "hashCode", "geboortedatum"), inner -> collect(inner, secrets, publicDates, seen, depth + 1));
  }

  /** The text of every value anywhere inside {@code value}, redacted attributes included. */
  private static void texts(Object value, List<String> texts, int depth) {
    if (value instanceof Optional<?> optional) {
      optional.ifPresent(inner -> texts(inner, texts, depth + 1));
    } else if (value instanceof Collection<?> collection) {
      collection.forEach(inner -> texts(inner, texts, depth + 1));
    } else if (value instanceof Map<?, ?> map) {
      map.forEach((key, inner) -> {
        texts(key, texts, depth + 1);
        texts(inner, texts, depth + 1);
      });
    } else if (value.getClass().getName().startsWith("nl.cjg.core.") && !value.getClass().isEnum() && depth < 12) {
      attributes(value, Set.of("toString", "hashCode"), inner -> texts(inner, texts, depth + 1));
    } else {
      texts.add(String.valueOf(value));
    }
  }

  /** Calls {@code action} with the value of every attribute of a model value but the {@code skipped}. */
  private static void attributes(Object value, Set<String> skipped, Consumer<Object> action) {
    Class<?> type = value.getClass();
    while (!Modifier.isPublic(type.getModifiers())) {
      type = type.getSuperclass(); // a generated implementation is package-private: its public value type
    }
    for (Method accessor : type.getMethods()) {
      if (accessor.getParameterCount() == 0
          && !Modifier.isStatic(accessor.getModifiers())
          && accessor.getDeclaringClass().getName().startsWith("nl.cjg.core.")
          && !skipped.contains(accessor.getName())) {
        try {
          action.accept(accessor.invoke(value));
        } catch (IllegalAccessException | InvocationTargetException e) {
          // An accessor that cannot be called holds nothing to look at.
        }
      }
    }
  }

  private static void names(List<String> secrets, String... names) {
    for (String naam : names) {
      if (naam.strip().length() >= MIN_NAME) {
        secrets.add(naam.strip());
      }
    }
  }

  private static void dates(List<String> secrets, LocalDate datum) {
    secrets.add(datum.toString());
    secrets.add(DUTCH.format(datum));
  }

  /** A value by its own rules; the records of a dataset variant by the dataset rules too. */
  private static ValidationResult check(CjgValidator validator, Object value) {
    return value instanceof List<?> records
        ? validator.validateDataset(CjgArbitraries.DATASET_PEILDATUM, records)
        : validator.validate(value);
  }
}
