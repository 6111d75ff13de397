package nl.cjg.jqwik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import nl.cjg.core.testkit.PublicApi;
import org.junit.jupiter.api.Test;

/** No generated {@code Immutable*} type shows in a public signature of {@code nl.cjg.jqwik}. */
class PublicApiTest {
  @Test
  void noPublicSignatureNamesAGeneratedType() {
    PublicApi api = PublicApi.ofModuleOf(nl.cjg.jqwik.CjgArbitraries.class);
    assertEquals("nl.cjg.jqwik", api.moduleName());
    assertFalse(api.publicTypes().isEmpty());
    assertEquals(List.of(), api.signaturesNamingGeneratedTypes());
  }
}
