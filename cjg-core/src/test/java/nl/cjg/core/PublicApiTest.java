package nl.cjg.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.testkit.PublicApi;
import org.junit.jupiter.api.Test;

/** No generated {@code Immutable*} type shows in a public signature of {@code nl.cjg.core}. */
class PublicApiTest {
  @Test
  void noPublicSignatureNamesAGeneratedType() {
    PublicApi api = PublicApi.ofModuleOf(Casus.class);
    assertEquals("nl.cjg.core", api.moduleName());
    assertTrue(api.publicTypes().contains(Casus.Builder.class), "nested builders are part of the public API");
    assertEquals(List.of(), api.signaturesNamingGeneratedTypes());
  }

  @Test
  void theCheckFindsAGeneratedTypeInEveryKindOfSignature() {
    assertEquals(
        List.of(
            Exposing.class.getName() + "#<init>: " + ImmutableProbe.class.getName(),
            Exposing.class.getName() + "#field: " + ImmutableProbe.class.getName(),
            Exposing.class.getName() + "#parameter: java.util.List<" + ImmutableProbe.class.getName() + ">",
            Exposing.class.getName() + "#result: " + ImmutableProbe.class.getName()),
        PublicApi.signaturesNamingGeneratedTypes(List.of(Exposing.class, Casus.class)));
  }

  /** Stands in for a generated implementation. */
  public static final class ImmutableProbe {}

  /** A public type that shows the stand-in everywhere a signature can. */
  public static final class Exposing {
    public ImmutableProbe field;

    public Exposing(ImmutableProbe probe) {
      field = probe;
    }

    public ImmutableProbe result() {
      return field;
    }

    public void parameter(List<ImmutableProbe> probes) {
      field = probes.get(0);
    }
  }
}
