package nl.cjg.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.Map;

/**
 * The baseline of the JSON write benchmark: a hand-written Jackson streaming generator that writes
 * a {@link CasusShape} in the library's wire format (the same bytes as {@code CjgJsonWriter}).
 * Thread-safe.
 */
public final class HandWriter {
  private final JsonFactory factory = new JsonFactory();

  /**
   * Writes one case.
   *
   * @param casus the case
   * @param out where to write UTF-8 JSON; not closed
   * @throws IOException when the output fails
   */
  public void write(CasusShape casus, OutputStream out) throws IOException {
    try (JsonGenerator g = factory.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      casus(g, casus);
    }
  }

  /**
   * Writes one case as one JSON object.
   *
   * @param g the generator
   * @param c the case
   * @throws IOException when the output fails
   */
  static void casus(JsonGenerator g, CasusShape c) throws IOException {
    g.writeStartObject();
    g.writeStringField("kenmerk", c.kenmerk());
    g.writeStringField("datumInvulling", c.datumInvulling().toString());
    optional(g, "datumOverleg", c.datumOverleg());
    aanmelder(g, c.aanmelder());
    kind(g, c.kind());
    if (c.zorgcoordinator() != null) {
      g.writeFieldName("zorgcoordinator");
      professional(g, c.zorgcoordinator());
    }
    CasusShape.Toestemming t = c.toestemming();
    g.writeObjectFieldStart("toestemming");
    g.writeBooleanField("metToestemming", t.metToestemming());
    g.writeBooleanField("besprokenMetOuders", t.besprokenMetOuders());
    names(g, "gegevenDoor", t.gegevenDoor());
    optional(g, "redenAnoniem", t.redenAnoniem());
    g.writeEndObject();
    g.writeBooleanField("inVerwijsindexGemeld", c.inVerwijsindexGemeld());
    g.writeArrayFieldStart("vragen");
    for (String vraag : c.vragen()) {
      g.writeString(vraag);
    }
    g.writeEndArray();
    optional(g, "doel", c.doel());
    g.writeArrayFieldStart("acties");
    for (CasusShape.Actie a : c.acties()) {
      g.writeStartObject();
      g.writeStringField("omschrijving", a.omschrijving());
      g.writeStringField("gerichtOp", a.gerichtOp().name());
      optional(g, "effect", a.effect());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("betrokkenInstanties");
    for (CasusShape.Instantie i : c.betrokkenInstanties()) {
      g.writeStartObject();
      g.writeStringField("instantie", i.instantie());
      if (i.periode() != null) {
        periode(g, i.periode());
      }
      optional(g, "wanneer", i.wanneer());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("schets");
    for (Map.Entry<?, String> e : c.schets().entrySet()) {
      g.writeStringField(e.getKey().toString(), e.getValue());
    }
    g.writeEndObject();
    optional(g, "bijzonderheden", c.bijzonderheden());
    g.writeObjectFieldStart("zorgen");
    for (Map.Entry<?, ? extends Enum<?>> e : c.zorgen().entrySet()) {
      g.writeStringField(e.getKey().toString(), e.getValue().name());
    }
    g.writeEndObject();
    names(g, "veiligheidssignalen", c.veiligheidssignalen());
    if (c.samenwerkingMetOudersMogelijk() != null) {
      g.writeBooleanField("samenwerkingMetOudersMogelijk", c.samenwerkingMetOudersMogelijk());
    }
    optional(g, "behandelaar", c.behandelaar());
    names(g, "omstandigheden", c.omstandigheden());
    g.writeObjectFieldStart("statusgeschiedenis");
    g.writeArrayFieldStart("wijzigingen");
    for (CasusShape.Status s : c.statusgeschiedenis()) {
      g.writeStartObject();
      g.writeStringField("status", s.status().name());
      g.writeStringField("datum", s.datum().toString());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void aanmelder(JsonGenerator g, CasusShape.Aanmelder a) throws IOException {
    g.writeObjectFieldStart("aanmelder");
    g.writeStringField("naam", a.naam());
    optional(g, "organisatie", a.organisatie());
    optional(g, "functie", a.functie());
    optional(g, "telefoonnummer", a.telefoonnummer());
    optional(g, "emailadres", a.emailadres());
    names(g, "werkdagen", a.werkdagen());
    g.writeEndObject();
  }

  private static void kind(JsonGenerator g, CasusShape.Kind k) throws IOException {
    g.writeObjectFieldStart("kind");
    CasusShape.Persoonsgegevens p = k.persoonsgegevens();
    if (p != null) {
      g.writeObjectFieldStart("persoonsgegevens");
      g.writeStringField("voornaam", p.voornaam());
      g.writeStringField("achternaam", p.achternaam());
      optional(g, "achternaamVader", p.achternaamVader());
      optional(g, "achternaamMoeder", p.achternaamMoeder());
      optional(g, "geboortedatum", p.geboortedatum());
      optional(g, "straat", p.straat());
      optional(g, "huisnummer", p.huisnummer());
      optional(g, "postcode", p.postcode());
      optional(g, "woonplaats", p.woonplaats());
      optional(g, "bsn", p.bsn());
      optional(g, "telefoonnummer", p.telefoonnummer());
      optional(g, "emailadres", p.emailadres());
      g.writeEndObject();
    }
    if (k.leeftijd() != null) {
      g.writeNumberField("leeftijd", k.leeftijd());
    }
    if (k.leeftijdsgroep() != null) {
      g.writeObjectFieldStart("leeftijdsgroep");
      g.writeNumberField("van", k.leeftijdsgroep().van());
      g.writeNumberField("tot", k.leeftijdsgroep().tot());
      g.writeStringField("naam", k.leeftijdsgroep().naam());
      g.writeEndObject();
    }
    if (k.kern() != null) {
      g.writeObjectFieldStart("kern");
      g.writeStringField("naam", k.kern().naam());
      g.writeStringField("gemeente", k.kern().gemeente());
      optional(g, "cluster", k.kern().cluster());
      g.writeEndObject();
    }
    optional(g, "oorspronkelijkeAanmelder", k.oorspronkelijkeAanmelder());
    optional(g, "kinderdagverblijfOfPeuterspeelzaal", k.kinderdagverblijfOfPeuterspeelzaal());
    optional(g, "school", k.school());
    optional(g, "groepOfKlas", k.groepOfKlas());
    optional(g, "schoolloopbaan", k.schoolloopbaan());
    optional(g, "etniciteit", k.etniciteit());
    g.writeEndObject();
  }

  private static void professional(JsonGenerator g, CasusShape.Professional p) throws IOException {
    g.writeStartObject();
    optional(g, "naam", p.naam());
    optional(g, "organisatie", p.organisatie());
    optional(g, "functie", p.functie());
    g.writeEndObject();
  }

  private static void periode(JsonGenerator g, CasusShape.Periode p) throws IOException {
    g.writeObjectFieldStart("periode");
    tijdvak(g, "van", p.van());
    if (p.totEnMet() != null) {
      tijdvak(g, "totEnMet", p.totEnMet());
    }
    g.writeBooleanField("openEinde", p.openEinde());
    g.writeEndObject();
  }

  private static void tijdvak(JsonGenerator g, String name, CasusShape.Tijdvak t) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeStringField("soort", t.soort().name());
    g.writeStringField("begin", t.begin().toString());
    g.writeEndObject();
  }

  private static void names(JsonGenerator g, String name, Collection<? extends Enum<?>> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (Enum<?> value : values) {
      g.writeString(value.name());
    }
    g.writeEndArray();
  }

  private static void optional(JsonGenerator g, String name, Object value) throws IOException {
    if (value != null) {
      g.writeStringField(name, value.toString());
    }
  }
}
