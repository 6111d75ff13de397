package nl.cjg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.cjg.core.sample.SampleDataset;
import nl.cjg.jqwik.CjgArbitraries;

/**
 * Reading what was written gives an equal value, for every domain type for which cjg-jqwik has an
 * arbitrary: the published arbitraries, with their edge cases, drive the round trip.
 */
class EveryTypeRoundTripProperties {
  private static final CjgJsonReader READER = CjgJsonReader.builder().validate(false).build();
  private static final CjgJsonWriter WRITER = CjgJsonWriter.create();

  @Property(tries = 3000)
  void everyDomainValueReadsBackEqual(@ForAll("anyDomainValue") Object value) {
    Class<?> type = publicType(value.getClass());
    assertRoundTrip(value, type);
  }

  private static <T> void assertRoundTrip(Object value, Class<T> type) {
    T typed = type.cast(value);
    String json = WRITER.write(typed);
    ReadResult<T> result = READER.read(json, type);
    assertTrue(result.isValid(), () -> type.getSimpleName() + ": " + result.problems());
    assertEquals(typed, result.value().orElseThrow());
  }

  /** The abstract value type behind a generated {@code ImmutableX}, or the class itself. */
  private static Class<?> publicType(Class<?> concrete) {
    return concrete.getSimpleName().startsWith("Immutable") ? concrete.getSuperclass() : concrete;
  }

  @Provide
  Arbitrary<Object> anyDomainValue() {
    List<Arbitrary<Object>> all = new ArrayList<>();
    for (Method factory : arbitraryFactories()) {
      all.add(invoke(factory).asGeneric());
    }
    return Arbitraries.oneOf(all);
  }

  /** Every public static, parameterless factory of {@link CjgArbitraries} that returns an arbitrary. */
  private static List<Method> arbitraryFactories() {
    List<Method> factories = new ArrayList<>();
    for (Method method : CjgArbitraries.class.getMethods()) {
      if (Modifier.isStatic(method.getModifiers())
          && method.getParameterCount() == 0
          && Arbitrary.class.isAssignableFrom(method.getReturnType())
          && !generates(method, SampleDataset.class)) {
        factories.add(method);
      }
    }
    factories.sort(Comparator.comparing(Method::getName));
    return factories;
  }

  /**
   * Whether {@code factory} gives arbitraries of {@code type}. A {@link SampleDataset} is a stream
   * of records, not one value: its bytes are pinned by {@code SampleDatasetGoldenHashTest}.
   */
  private static boolean generates(Method factory, Class<?> type) {
    return factory.getGenericReturnType() instanceof ParameterizedType arbitrary
        && arbitrary.getActualTypeArguments()[0] == type;
  }

  private static Arbitrary<?> invoke(Method factory) {
    try {
      return (Arbitrary<?>) factory.invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot call CjgArbitraries." + factory.getName(), e);
    }
  }
}
