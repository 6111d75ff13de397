package nl.cjg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.cjg.core.werkplan.Werkplan;
import org.junit.jupiter.api.Test;

/**
 * Business validation inside the reader decides every value the reader accepts: the last and
 * first years and days {@code java.time} holds are reported as rule problems, never thrown.
 */
class ExtremeBusinessValuesTest {
  private static final CjgJsonReader READER = CjgJsonReader.create();

  private static String werkplan(String jaar, String gerealiseerdVoor) {
    return "{\"jaar\":" + jaar + ",\"visie\":\"v\",\"items\":[{\"nummer\":1,\"onderwerp\":\"o\",\"doel\":\"d\","
        + "\"resultaat\":\"r\",\"werkwijze\":\"w\",\"gerealiseerdVoor\":\"" + gerealiseerdVoor + "\",\"evaluaties\":[]}],"
        + "\"evaluaties\":[]}";
  }

  @Test
  void aWorkPlanOfTheLastYearIsCheckedAgainstThatYear() {
    ReadResult<Werkplan> result = READER.read(werkplan("999999999", "2012-04-01"), Werkplan.class);
    assertEquals(List.of("WERKPLAN-002"), result.problems().stream().map(Problem::code).toList());
    assertEquals("/items/0/gerealiseerdVoor", result.problems().get(0).pointer());

    ReadResult<Werkplan> laatsteDag = READER.read(werkplan("999999999", "+999999999-12-31"), Werkplan.class);
    assertTrue(laatsteDag.problems().isEmpty(), laatsteDag.problems()::toString);
  }

  @Test
  void aWorkPlanOfTheFirstYearIsCheckedAgainstThatYear() {
    ReadResult<Werkplan> result = READER.read(werkplan("-999999999", "-999999999-01-01"), Werkplan.class);
    assertEquals(List.of("WERKPLAN-002"), result.problems().stream().map(Problem::code).toList());
    ReadResult<Werkplan> tweedeDag = READER.read(werkplan("-999999999", "-999999999-01-02"), Werkplan.class);
    assertTrue(tweedeDag.problems().isEmpty(), tweedeDag.problems()::toString);
  }
}
