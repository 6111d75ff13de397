package nl.cjg.core.casus;

import static nl.cjg.core.casus.Voorbeelden.found;
import static nl.cjg.core.testkit.Bespreekformulieren.anoniem;
import static nl.cjg.core.testkit.Bespreekformulieren.metToestemming;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.cjg.core.routing.Ernst;
import nl.cjg.core.routing.Omstandigheid;
import nl.cjg.core.routing.Veiligheidssignaal;
import nl.cjg.core.validation.CjgValidator;
import org.junit.jupiter.api.Test;

/** The fields a case records for routing, and their rules CASUS-010 to CASUS-012. */
class CasusRoutingFieldsTest {
  @Test
  void theFieldsAreOptional() {
    Casus casus = metToestemming().build();
    assertTrue(casus.zorgen().isEmpty());
    assertTrue(casus.veiligheidssignalen().isEmpty());
    assertTrue(casus.samenwerkingMetOudersMogelijk().isEmpty());
    assertTrue(casus.behandelaar().isEmpty());
    assertTrue(casus.omstandigheden().isEmpty());
    assertEquals(List.of(), found(casus));
  }

  @Test
  void aCompleteCaseWithEveryFieldIsValid() {
    Casus casus = metToestemming()
        .putZorgen(Leefgebied.THUIS, Ernst.ERNSTIG)
        .putZorgen(Leefgebied.SCHOOL_WERK, Ernst.ZORG)
        .putZorgen(Leefgebied.OVERIGE, Ernst.GEEN)
        .addVeiligheidssignalen(Veiligheidssignaal.ONTWIKKELING_IN_GEDRANG)
        .samenwerkingMetOudersMogelijk(false)
        .behandelaar("Triversum")
        .addOmstandigheden(Omstandigheid.SCHEIDING)
        .build();
    assertEquals(List.of(), found(casus));
    assertEquals(List.of(), found(anoniem().putSchets(Leefgebied.THUIS, "zorgen thuis").putZorgen(Leefgebied.THUIS, Ernst.VRAAG).build()));
  }

  @Test
  void casus010EveryGradedLeefgebiedIsSketched() {
    Casus casus = metToestemming()
        .putZorgen(Leefgebied.THUIS, Ernst.ZORG)
        .putZorgen(Leefgebied.VRIJE_TIJD_SOCIALE_CONTACTEN, Ernst.VRAAG)
        .putZorgen(Leefgebied.OVERIGE, Ernst.ZORG)
        .build();
    assertEquals(
        Set.of("CASUS-010 zorgen[VRIJE_TIJD_SOCIALE_CONTACTEN]", "CASUS-010 zorgen[OVERIGE]"), Set.copyOf(found(casus)));
    assertEquals(2, found(casus).size());
    assertEquals(List.of(), found(metToestemming().putZorgen(Leefgebied.OVERIGE, Ernst.GEEN).build()),
        "no concern needs no sketch");
  }

  @Test
  void casus011ASafetySignalGoesWithAConcern() {
    for (Veiligheidssignaal signaal : Veiligheidssignaal.values()) {
      assertEquals(List.of("CASUS-011 veiligheidssignalen"), found(metToestemming().addVeiligheidssignalen(signaal).build()));
      assertEquals(List.of("CASUS-011 veiligheidssignalen"),
          found(metToestemming().addVeiligheidssignalen(signaal).putZorgen(Leefgebied.THUIS, Ernst.VRAAG).build()));
      assertEquals(List.of(),
          found(metToestemming().addVeiligheidssignalen(signaal).putZorgen(Leefgebied.THUIS, Ernst.ZORG).build()));
    }
  }

  @Test
  void casus012TheTreatingPartyIsNotBlank() {
    assertEquals(List.of("CASUS-012 behandelaar"), found(anoniem().behandelaar(" ").build()));
    assertEquals(List.of(), found(anoniem().behandelaar("GGZ Noord-Holland-Noord").build()));
  }

  @Test
  void theMessagesAreInDutchAndEnglish() {
    Casus casus = metToestemming().putZorgen(Leefgebied.OVERIGE, Ernst.VRAAG).addVeiligheidssignalen(Veiligheidssignaal.ACUTE_ONVEILIGHEID)
        .behandelaar("").build();
    Map<String, String> nl = messages(CjgValidator.create(), casus);
    Map<String, String> en = messages(CjgValidator.create(Locale.ENGLISH), casus);
    assertEquals(Set.of("CASUS-010", "CASUS-011", "CASUS-012"), nl.keySet());
    assertTrue(nl.get("CASUS-010").contains("schetst dat leefgebied niet"), nl.get("CASUS-010"));
    assertTrue(en.get("CASUS-010").contains("no sketch"), en.get("CASUS-010"));
    assertTrue(nl.get("CASUS-011").contains("veiligheidssignaal"), nl.get("CASUS-011"));
    assertTrue(en.get("CASUS-011").contains("safety signal"), en.get("CASUS-011"));
    assertTrue(nl.get("CASUS-012").contains("behandelaar"), nl.get("CASUS-012"));
    assertTrue(en.get("CASUS-012").contains("treating party"), en.get("CASUS-012"));
  }

  private static Map<String, String> messages(CjgValidator validator, Casus casus) {
    return validator.validate(casus).violations().stream().collect(Collectors.toMap(v -> v.ruleId(), v -> v.message()));
  }

  @Test
  void toStringShowsNoneOfTheRoutingFields() {
    String text = metToestemming()
        .putZorgen(Leefgebied.THUIS, Ernst.ERNSTIG)
        .addVeiligheidssignalen(Veiligheidssignaal.ACUTE_ONVEILIGHEID)
        .samenwerkingMetOudersMogelijk(false)
        .behandelaar("Triversum")
        .addOmstandigheden(Omstandigheid.MIDDELENGEBRUIK)
        .build()
        .toString();
    for (String secret : List.of("ERNSTIG", "ACUTE", "Triversum", "MIDDELEN", "false")) {
      assertFalse(text.contains(secret), text);
    }
  }
}
