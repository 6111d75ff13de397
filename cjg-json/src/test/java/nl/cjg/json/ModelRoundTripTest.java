package nl.cjg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.cjg.core.aanbod.Aanbod;
import nl.cjg.core.aanbod.Uitsplitsing;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Gezinsplan;
import nl.cjg.core.overleg.Casusoverleg;
import nl.cjg.core.partner.Netwerk;
import nl.cjg.core.partner.Partner;
import nl.cjg.core.populatie.Populatie;
import nl.cjg.core.tijd.Periode;
import nl.cjg.core.verwijsindex.Signaal;
import nl.cjg.core.werkplan.Communicatieplan;
import nl.cjg.core.werkplan.PlanVanAanpak;
import nl.cjg.core.werkplan.Werkplan;
import org.junit.jupiter.api.Test;

/** The types of the model as they land: each example from the sources reads back equal and valid. */
class ModelRoundTripTest {
  private static final CjgJsonReader READER = CjgJsonReader.create();
  private static final CjgJsonWriter WRITER = CjgJsonWriter.create();

  private static <T> void assertRoundTrip(T value, Class<T> type) {
    String json = WRITER.write(value);
    ReadResult<T> result = READER.read(json, type);
    assertTrue(result.isValid(), () -> result.problems() + " in " + json);
    assertEquals(value, result.value().orElseThrow());
  }

  @Test
  void werkplan() {
    assertRoundTrip(ModelExamples.werkplan2012(), Werkplan.class);
  }

  @Test
  void planVanAanpak() {
    assertRoundTrip(ModelExamples.planVanAanpak(), PlanVanAanpak.class);
  }

  @Test
  void communicatieplan() {
    assertRoundTrip(ModelExamples.communicatieplan2012(), Communicatieplan.class);
  }

  @Test
  void partnerAndNetwerk() {
    assertRoundTrip(ModelExamples.ggd(), Partner.class);
    assertRoundTrip(ModelExamples.netwerk(), Netwerk.class);
  }

  @Test
  void populatie() {
    assertRoundTrip(ModelExamples.populatie(), Populatie.class);
  }

  @Test
  void aanbodWithABreakdownAsAnObject() {
    assertRoundTrip(ModelExamples.opvoedspreekuur(), Aanbod.class);
    assertTrue(
        WRITER.write(ModelExamples.opvoedspreekuur())
            .contains("\"aantallen\":{\"eerste contact\":14,\"vervolgcontact\":12,\"laatste contact\":4,\"eenmalig contact\":3}"));
  }

  @Test
  void aBreakdownRefusesADuplicateCategory() {
    String json = "{\"kenmerk\":\"k\",\"aantallen\":{\"a\":1,\"a\":2}}";
    ReadResult<Uitsplitsing> result = READER.read(json, Uitsplitsing.class);
    assertEquals("JSON-DUPLICATE-KEY", result.problems().get(0).code());
    assertEquals("/aantallen/a", result.problems().get(0).pointer());
    assertEquals("JSON-NULL", READER.read("{\"kenmerk\":\"k\",\"aantallen\":{\"a\":null}}", Uitsplitsing.class).problems().get(0).code());
    assertEquals("JSON-TYPE", READER.read("{\"kenmerk\":\"k\",\"aantallen\":[]}", Uitsplitsing.class).problems().get(0).code());
  }

  @Test
  void casusWithItsSketchPerLeefgebied() {
    assertRoundTrip(ModelExamples.casus(), Casus.class);
    assertTrue(WRITER.write(ModelExamples.casus()).contains("\"schets\":{\"THUIS\":\"veel ruzie over bedtijd\",\"SCHOOL_WERK\":"));
  }

  @Test
  void gezinsplanCasusoverlegAndSignaal() {
    assertRoundTrip(ModelExamples.gezinsplan(), Gezinsplan.class);
    assertRoundTrip(ModelExamples.casusoverleg(), Casusoverleg.class);
    assertRoundTrip(ModelExamples.signaal(), Signaal.class);
  }

  @Test
  void anUnknownLeefgebiedIsRefused() {
    String json = WRITER.write(ModelExamples.casus()).replace("\"THUIS\"", "\"THUISZ\"");
    ReadResult<Casus> result = READER.read(json, Casus.class);
    assertEquals("JSON-CODE", result.problems().get(0).code());
    assertEquals("/schets/THUISZ", result.problems().get(0).pointer());
  }

  @Test
  void aPeriodeIsAnObjectOfItsPieces() {
    assertEquals(
        "{\"van\":{\"soort\":\"MAAND\",\"begin\":\"2008-11-01\"},\"totEnMet\":{\"soort\":\"MAAND\",\"begin\":\"2009-03-01\"},\"openEinde\":false}",
        WRITER.write(Periode.parse("november 2008 – maart 2009")));
    assertEquals(Periode.parse("vanaf september 2009"), READER.read("{\"van\":{\"soort\":\"MAAND\",\"begin\":\"2009-09-01\"},\"openEinde\":true}", Periode.class).value().orElseThrow());
  }

  @Test
  void aBrokenPeriodeIsReportedWithItsCode() {
    ReadResult<Periode> result =
        READER.read("{\"van\":{\"soort\":\"MAAND\",\"begin\":\"2009-09-01\"},\"totEnMet\":{\"soort\":\"MAAND\",\"begin\":\"2008-01-01\"}}", Periode.class);
    assertEquals(Periode.VOLGORDE_CODE, result.problems().get(0).code());
    assertEquals("", result.problems().get(0).pointer());
  }
}
