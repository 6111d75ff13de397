package nl.cjg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import nl.cjg.core.id.GemeenteCode;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.werkplan.Werkplan;

/** The Jackson module and the hardened mapper. */
class CjgModuleTest {
  private static final JsonMapper MAPPER = CjgJson.mapper();
  private static final String KERN = "{\"naam\":\"Bergen\",\"gemeente\":\"GM0373\",\"cluster\":\"Bergen\"}";

  @Test
  void theMapperWritesAndReadsLikeTheWriterAndReader() throws JsonProcessingException {
    assertEquals(KERN, MAPPER.writeValueAsString(BergenKernen.BERGEN));
    assertEquals(BergenKernen.BERGEN, MAPPER.readValue(KERN, Kern.class));
    Werkplan werkplan = ModelExamples.werkplan2012();
    assertEquals(CjgJsonWriter.create().write(werkplan), MAPPER.writeValueAsString(werkplan));
    assertEquals(werkplan, MAPPER.readValue(MAPPER.writeValueAsString(werkplan), Werkplan.class));
  }

  @Test
  void modelTypesWorkInsideJacksonsOwnTypes() throws JsonProcessingException {
    Map<String, List<Kern>> clusters = Map.of("Egmond", List.of(BergenKernen.EGMOND_AAN_ZEE, BergenKernen.EGMOND_BINNEN));
    String json = MAPPER.writeValueAsString(clusters);
    assertEquals(clusters, MAPPER.readValue(json, new TypeReference<Map<String, List<Kern>>>() {}));
    assertEquals(GemeenteCode.BERGEN_NH, MAPPER.readValue("\"GM0373\"", GemeenteCode.class));
  }

  @Test
  void theModuleAloneWorksOnAPlainMapper() throws JsonProcessingException {
    JsonMapper plain = JsonMapper.builder().addModule(new CjgModule()).build();
    assertEquals(BergenKernen.BERGEN, plain.readValue(plain.writeValueAsString(BergenKernen.BERGEN), Kern.class));
  }

  @Test
  void theModuleIsFoundAsAService() {
    assertTrue(ServiceLoader.load(Module.class).stream().anyMatch(provider -> provider.type() == CjgModule.class));
    assertTrue(ObjectMapper.findModules().stream().anyMatch(module -> module instanceof CjgModule));
  }

  @Test
  void problemsAreThrownWithTheReadersCodes() {
    CjgJsonException exception =
        assertThrows(CjgJsonException.class, () -> MAPPER.readValue("{\"naam\":\"Bergen\",\"@class\":\"x\"}", Kern.class));
    assertEquals(List.of("JSON-UNKNOWN-PROPERTY", "JSON-REQUIRED"), exception.problems().stream().map(Problem::code).toList());
    assertTrue(exception.getMessage().contains("JSON-REQUIRED required property gemeente is missing"), exception.getMessage());
    assertEquals(
        "GEMEENTECODE-S01",
        assertThrows(CjgJsonException.class, () -> MAPPER.readValue("{\"naam\":\"B\",\"gemeente\":\"x\"}", Kern.class)).problems().get(0).code());
    assertEquals("JSON-NULL", assertThrows(CjgJsonException.class, () -> MAPPER.readValue("null", Kern.class)).problems().get(0).code());
  }

  @Test
  void theMapperIsHardenedForJacksonsOwnTypesToo() {
    assertThrows(JsonMappingException.class, () -> MAPPER.readValue("\"7\"", Integer.class));
    assertThrows(JsonMappingException.class, () -> MAPPER.readValue("7.9", Integer.class));
    assertThrows(JsonMappingException.class, () -> MAPPER.readValue("7", String.class));
    assertThrows(JsonMappingException.class, () -> MAPPER.readValue("1 2", Integer.class));
    assertThrows(JsonProcessingException.class, () -> MAPPER.readTree("{\"a\":1,\"a\":2}"));
    assertThrows(JsonMappingException.class, () -> MAPPER.readValue("\"true\"", Boolean.class));
    assertThrows(JsonProcessingException.class, () -> MAPPER.readValue("[".repeat(100) + "]".repeat(100), Object.class));
    assertThrows(JsonMappingException.class, () -> MAPPER.readValue("0", java.time.DayOfWeek.class));
  }

  @Test
  void numbersAreExactAndDatesAreText() throws JsonProcessingException {
    assertEquals(new BigDecimal("0.1000000000000000000000001"), MAPPER.readValue("0.1000000000000000000000001", Object.class));
    assertEquals("\"2012-04-01\"", MAPPER.writeValueAsString(LocalDate.of(2012, 4, 1)));
    assertEquals("1000", MAPPER.writeValueAsString(new BigDecimal("1E+3")));
  }

  @Test
  void classNameTypingIsNeverAllowed() throws JsonProcessingException {
    assertEquals(List.of("java.util.ArrayList", List.of()), MAPPER.readValue("[\"java.util.ArrayList\",[]]", Object.class));
    assertThrows(InvalidTypeIdException.class, () -> MAPPER.readValue("{\"value\":{\"@class\":\"java.util.HashMap\"}}", Holder.class));
  }

  /** A type of one's own that asks for class-name typing: the mapper's validator refuses it. */
  public static final class Holder {
    @com.fasterxml.jackson.annotation.JsonTypeInfo(use = com.fasterxml.jackson.annotation.JsonTypeInfo.Id.CLASS)
    public Object value;
  }
}
