package nl.cjg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import nl.cjg.core.testkit.PublicApi;
import org.junit.jupiter.api.Test;

/** No generated {@code Immutable*} type shows in a public signature of {@code nl.cjg.json}. */
class PublicApiTest {
  @Test
  void noPublicSignatureNamesAGeneratedType() {
    PublicApi api = PublicApi.ofModuleOf(nl.cjg.json.CjgJsonReader.class);
    assertEquals("nl.cjg.json", api.moduleName());
    assertFalse(api.publicTypes().isEmpty());
    assertEquals(List.of(), api.signaturesNamingGeneratedTypes());
  }
}
