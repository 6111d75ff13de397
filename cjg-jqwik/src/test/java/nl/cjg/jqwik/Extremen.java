package nl.cjg.jqwik;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Rebuilds a value of the library with extreme field values, through the withers of its generated
 * type: the first and last day and year {@code java.time} can hold, the largest and smallest
 * numbers, empty lists and absent options, in the value and in the values it holds. A change
 * that breaks a structural invariant cannot be built and is left out, as a reader would refuse
 * it. Counts how many changes were made.
 */
final class Extremen {
  private static final List<LocalDate> DATES =
      List.of(
          LocalDate.MIN,
          LocalDate.MIN.plusDays(1),
          LocalDate.MAX,
          LocalDate.MAX.minusDays(1),
          LocalDate.of(0, 1, 1),
          LocalDate.of(-1, 12, 31),
          LocalDate.of(9999, 12, 31),
          LocalDate.of(10_000, 1, 1),
          LocalDate.of(1, 1, 1));
  private static final List<Year> YEARS =
      List.of(Year.of(Year.MIN_VALUE), Year.of(Year.MAX_VALUE), Year.of(0), Year.of(Year.MAX_VALUE - 1));
  private static final List<YearMonth> MONTHS =
      List.of(YearMonth.of(Year.MIN_VALUE, 1), YearMonth.of(Year.MAX_VALUE, 12), YearMonth.of(0, 1));
  private static final List<Integer> INTS =
      List.of(0, 1, -1, Integer.MAX_VALUE, Integer.MAX_VALUE - 1, Integer.MIN_VALUE);
  private static final List<Long> LONGS = List.of(0L, Long.MAX_VALUE, Long.MIN_VALUE, (long) Integer.MAX_VALUE + 1);
  private static final List<BigDecimal> DECIMALS =
      List.of(BigDecimal.ZERO, new BigDecimal("1e9999"), new BigDecimal("9".repeat(60) + ".99"), new BigDecimal("1e-9999"));
  private static final int MAX_DEPTH = 4;

  private final Random random;
  private int changes;

  Extremen(Random random) {
    this.random = random;
  }

  /** How many fields were changed so far. */
  int changes() {
    return changes;
  }

  /** The value with some of its fields, and of the values it holds, set to extremes. */
  Object of(Object value) {
    return of(value, 0);
  }

  private Object of(Object value, int depth) {
    if (depth > MAX_DEPTH || !isLibraryValue(value)) {
      return value;
    }
    Object current = value;
    for (Method wither : withers(value.getClass())) {
      if (random.nextBoolean()) {
        continue;
      }
      Optional<Object> argument = argument(wither, current, depth);
      if (argument.isPresent()) {
        Optional<Object> changed = apply(wither, current, argument.get());
        if (changed.isPresent()) {
          current = changed.get();
          changes++;
        }
      }
    }
    return current;
  }

  private Optional<Object> argument(Method wither, Object value, int depth) {
    Class<?> type = wither.getParameterTypes()[0];
    if (type == LocalDate.class) {
      return Optional.of(pick(DATES));
    } else if (type == Year.class) {
      return Optional.of(pick(YEARS));
    } else if (type == YearMonth.class) {
      return Optional.of(pick(MONTHS));
    } else if (type == int.class || type == Integer.class) {
      return Optional.of(pick(INTS));
    } else if (type == long.class || type == Long.class) {
      return Optional.of(pick(LONGS));
    } else if (type == BigDecimal.class) {
      return Optional.of(pick(DECIMALS));
    } else if (type == boolean.class) {
      return Optional.of(random.nextBoolean());
    } else if (type == Optional.class) {
      return Optional.of(Optional.empty());
    } else if (type == Iterable.class) {
      return current(wither, value).map(list -> elements((Iterable<?>) list, depth));
    } else if (type == Map.class) {
      return Optional.of(Map.of());
    }
    return current(wither, value)
        .map(held -> held instanceof Optional<?> optional ? optional.orElse(null) : held)
        .filter(Extremen::isLibraryValue)
        .map(held -> of(held, depth + 1));
  }

  private Object elements(Iterable<?> list, int depth) {
    if (random.nextInt(4) == 0) {
      return List.of();
    }
    List<Object> changed = new ArrayList<>();
    for (Object element : list) {
      changed.add(of(element, depth + 1));
    }
    return changed;
  }

  /** The field's present value, read through the accessor the wither sets. */
  private static Optional<Object> current(Method wither, Object value) {
    String name = Character.toLowerCase(wither.getName().charAt(4)) + wither.getName().substring(5);
    try {
      Method accessor = value.getClass().getMethod(name);
      accessor.setAccessible(true); // the generated implementation is package-private
      return Optional.ofNullable(accessor.invoke(value));
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + name + " of " + value.getClass().getSimpleName(), e);
    }
  }

  /** The value with one field changed; empty when the change breaks a structural invariant. */
  private static Optional<Object> apply(Method wither, Object value, Object argument) {
    try {
      return Optional.of(wither.invoke(value, argument));
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException) {
        return Optional.empty();
      }
      throw new IllegalStateException(e.getCause());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot call " + wither, e);
    }
  }

  private static List<Method> withers(Class<?> type) {
    return Arrays.stream(type.getMethods())
        .filter(method -> method.getName().startsWith("with") && method.getName().length() > 4)
        .filter(method -> method.getParameterCount() == 1 && !method.getParameterTypes()[0].isArray())
        .filter(method -> !Modifier.isStatic(method.getModifiers()))
        .peek(method -> method.setAccessible(true)) // the generated implementation is package-private
        .sorted(Comparator.comparing(Method::getName).thenComparing(method -> method.getParameterTypes()[0].getName()))
        .toList();
  }

  private static boolean isLibraryValue(Object value) {
    return value != null && value.getClass().getName().startsWith("nl.cjg.core.") && !value.getClass().isEnum();
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
