package nl.cjg.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.cjg.core.casus.Casusstatus;
import nl.cjg.core.casus.Leefgebied;
import nl.cjg.core.casus.OndernomenActie;
import nl.cjg.core.casus.Toestemmer;
import nl.cjg.core.routing.Ernst;
import nl.cjg.core.routing.Omstandigheid;
import nl.cjg.core.routing.Veiligheidssignaal;
import nl.cjg.core.tijd.Tijdvak;

/**
 * The baseline of the JSON read benchmark: a hand-written Jackson streaming parser that fills the
 * fields of a case into {@link CasusShape}, as a program without the library would. It trusts its
 * input: it checks no rule, refuses no unknown property and reports nothing but an exception.
 * Thread-safe.
 */
public final class HandParser {
  private final JsonFactory factory = new JsonFactory();

  /**
   * Reads one case.
   *
   * @param json UTF-8 JSON of a case, as the library writes it
   * @return the case
   * @throws IOException when the JSON is broken
   */
  public CasusShape read(byte[] json) throws IOException {
    try (JsonParser p = factory.createParser(json)) {
      p.nextToken();
      return casus(p);
    }
  }

  /**
   * Reads one case from a parser positioned on its {@code START_OBJECT}.
   *
   * @param p the parser
   * @return the case
   * @throws IOException when the JSON is broken
   */
  static CasusShape casus(JsonParser p) throws IOException {
    String kenmerk = null;
    LocalDate datumInvulling = null;
    LocalDate datumOverleg = null;
    CasusShape.Aanmelder aanmelder = null;
    CasusShape.Kind kind = null;
    CasusShape.Professional zorgcoordinator = null;
    CasusShape.Toestemming toestemming = null;
    boolean inVerwijsindex = false;
    List<String> vragen = List.of();
    String doel = null;
    List<CasusShape.Actie> acties = List.of();
    List<CasusShape.Instantie> instanties = List.of();
    Map<Leefgebied, String> schets = Map.of();
    String bijzonderheden = null;
    Map<Leefgebied, Ernst> zorgen = Map.of();
    List<Veiligheidssignaal> signalen = List.of();
    Boolean samenwerking = null;
    String behandelaar = null;
    List<Omstandigheid> omstandigheden = List.of();
    List<CasusShape.Status> status = List.of();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "kenmerk" -> kenmerk = p.getText();
        case "datumInvulling" -> datumInvulling = LocalDate.parse(p.getText());
        case "datumOverleg" -> datumOverleg = LocalDate.parse(p.getText());
        case "aanmelder" -> aanmelder = aanmelder(p);
        case "kind" -> kind = kind(p);
        case "zorgcoordinator" -> zorgcoordinator = professional(p);
        case "toestemming" -> toestemming = toestemming(p);
        case "inVerwijsindexGemeld" -> inVerwijsindex = p.getBooleanValue();
        case "vragen" -> vragen = strings(p);
        case "doel" -> doel = p.getText();
        case "acties" -> acties = acties(p);
        case "betrokkenInstanties" -> instanties = instanties(p);
        case "schets" -> schets = schets(p);
        case "bijzonderheden" -> bijzonderheden = p.getText();
        case "zorgen" -> zorgen = zorgen(p);
        case "veiligheidssignalen" -> signalen = names(p, Veiligheidssignaal::valueOf);
        case "samenwerkingMetOudersMogelijk" -> samenwerking = p.getBooleanValue();
        case "behandelaar" -> behandelaar = p.getText();
        case "omstandigheden" -> omstandigheden = names(p, Omstandigheid::valueOf);
        case "statusgeschiedenis" -> status = statusgeschiedenis(p);
        default -> p.skipChildren();
      }
    }
    return new CasusShape(
        kenmerk, datumInvulling, datumOverleg, aanmelder, kind, zorgcoordinator, toestemming, inVerwijsindex,
        vragen, doel, acties, instanties, schets, bijzonderheden, zorgen, signalen, samenwerking, behandelaar,
        omstandigheden, status);
  }

  private static CasusShape.Aanmelder aanmelder(JsonParser p) throws IOException {
    String naam = null;
    String organisatie = null;
    String functie = null;
    String telefoon = null;
    String email = null;
    Set<DayOfWeek> werkdagen = Set.of();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "naam" -> naam = p.getText();
        case "organisatie" -> organisatie = p.getText();
        case "functie" -> functie = p.getText();
        case "telefoonnummer" -> telefoon = p.getText();
        case "emailadres" -> email = p.getText();
        case "werkdagen" -> {
          EnumSet<DayOfWeek> dagen = EnumSet.noneOf(DayOfWeek.class);
          while (p.nextToken() != JsonToken.END_ARRAY) {
            dagen.add(DayOfWeek.valueOf(p.getText()));
          }
          werkdagen = dagen;
        }
        default -> p.skipChildren();
      }
    }
    return new CasusShape.Aanmelder(naam, organisatie, functie, telefoon, email, werkdagen);
  }

  private static CasusShape.Kind kind(JsonParser p) throws IOException {
    CasusShape.Persoonsgegevens persoon = null;
    Integer leeftijd = null;
    CasusShape.Leeftijdsgroep groep = null;
    CasusShape.Kern kern = null;
    String oorspronkelijk = null;
    String kdv = null;
    String school = null;
    String groepOfKlas = null;
    String loopbaan = null;
    String etniciteit = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "persoonsgegevens" -> persoon = persoonsgegevens(p);
        case "leeftijd" -> leeftijd = p.getIntValue();
        case "leeftijdsgroep" -> groep = leeftijdsgroep(p);
        case "kern" -> kern = kern(p);
        case "oorspronkelijkeAanmelder" -> oorspronkelijk = p.getText();
        case "kinderdagverblijfOfPeuterspeelzaal" -> kdv = p.getText();
        case "school" -> school = p.getText();
        case "groepOfKlas" -> groepOfKlas = p.getText();
        case "schoolloopbaan" -> loopbaan = p.getText();
        case "etniciteit" -> etniciteit = p.getText();
        default -> p.skipChildren();
      }
    }
    return new CasusShape.Kind(persoon, leeftijd, groep, kern, oorspronkelijk, kdv, school, groepOfKlas, loopbaan, etniciteit);
  }

  private static CasusShape.Persoonsgegevens persoonsgegevens(JsonParser p) throws IOException {
    String[] text = new String[12];
    LocalDate geboren = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "voornaam" -> text[0] = p.getText();
        case "achternaam" -> text[1] = p.getText();
        case "achternaamVader" -> text[2] = p.getText();
        case "achternaamMoeder" -> text[3] = p.getText();
        case "geboortedatum" -> geboren = LocalDate.parse(p.getText());
        case "straat" -> text[5] = p.getText();
        case "huisnummer" -> text[6] = p.getText();
        case "postcode" -> text[7] = p.getText();
        case "woonplaats" -> text[8] = p.getText();
        case "bsn" -> text[9] = p.getText();
        case "telefoonnummer" -> text[10] = p.getText();
        case "emailadres" -> text[11] = p.getText();
        default -> p.skipChildren();
      }
    }
    return new CasusShape.Persoonsgegevens(
        text[0], text[1], text[2], text[3], geboren, text[5], text[6], text[7], text[8], text[9], text[10], text[11]);
  }

  private static CasusShape.Leeftijdsgroep leeftijdsgroep(JsonParser p) throws IOException {
    int van = 0;
    int tot = 0;
    String naam = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "van" -> van = p.getIntValue();
        case "tot" -> tot = p.getIntValue();
        case "naam" -> naam = p.getText();
        default -> p.skipChildren();
      }
    }
    return new CasusShape.Leeftijdsgroep(van, tot, naam);
  }

  private static CasusShape.Kern kern(JsonParser p) throws IOException {
    String naam = null;
    String gemeente = null;
    String cluster = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "naam" -> naam = p.getText();
        case "gemeente" -> gemeente = p.getText();
        case "cluster" -> cluster = p.getText();
        default -> p.skipChildren();
      }
    }
    return new CasusShape.Kern(naam, gemeente, cluster);
  }

  private static CasusShape.Professional professional(JsonParser p) throws IOException {
    String naam = null;
    String organisatie = null;
    String functie = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "naam" -> naam = p.getText();
        case "organisatie" -> organisatie = p.getText();
        case "functie" -> functie = p.getText();
        default -> p.skipChildren();
      }
    }
    return new CasusShape.Professional(naam, organisatie, functie);
  }

  private static CasusShape.Toestemming toestemming(JsonParser p) throws IOException {
    boolean met = false;
    boolean besproken = false;
    Set<Toestemmer> door = Set.of();
    String reden = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "metToestemming" -> met = p.getBooleanValue();
        case "besprokenMetOuders" -> besproken = p.getBooleanValue();
        case "gegevenDoor" -> {
          EnumSet<Toestemmer> set = EnumSet.noneOf(Toestemmer.class);
          while (p.nextToken() != JsonToken.END_ARRAY) {
            set.add(Toestemmer.valueOf(p.getText()));
          }
          door = set;
        }
        case "redenAnoniem" -> reden = p.getText();
        default -> p.skipChildren();
      }
    }
    return new CasusShape.Toestemming(met, besproken, door, reden);
  }

  private static List<String> strings(JsonParser p) throws IOException {
    List<String> list = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      list.add(p.getText());
    }
    return list;
  }

  private static List<CasusShape.Actie> acties(JsonParser p) throws IOException {
    List<CasusShape.Actie> list = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      String omschrijving = null;
      OndernomenActie.GerichtOp gerichtOp = null;
      String effect = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        switch (name) {
          case "omschrijving" -> omschrijving = p.getText();
          case "gerichtOp" -> gerichtOp = OndernomenActie.GerichtOp.valueOf(p.getText());
          case "effect" -> effect = p.getText();
          default -> p.skipChildren();
        }
      }
      list.add(new CasusShape.Actie(omschrijving, gerichtOp, effect));
    }
    return list;
  }

  private static List<CasusShape.Instantie> instanties(JsonParser p) throws IOException {
    List<CasusShape.Instantie> list = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      String instantie = null;
      CasusShape.Periode periode = null;
      String wanneer = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        switch (name) {
          case "instantie" -> instantie = p.getText();
          case "periode" -> periode = periode(p);
          case "wanneer" -> wanneer = p.getText();
          default -> p.skipChildren();
        }
      }
      list.add(new CasusShape.Instantie(instantie, periode, wanneer));
    }
    return list;
  }

  private static CasusShape.Periode periode(JsonParser p) throws IOException {
    CasusShape.Tijdvak van = null;
    CasusShape.Tijdvak totEnMet = null;
    boolean open = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "van" -> van = tijdvak(p);
        case "totEnMet" -> totEnMet = tijdvak(p);
        case "openEinde" -> open = p.getBooleanValue();
        default -> p.skipChildren();
      }
    }
    return new CasusShape.Periode(van, totEnMet, open);
  }

  private static CasusShape.Tijdvak tijdvak(JsonParser p) throws IOException {
    Tijdvak.Soort soort = null;
    LocalDate begin = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "soort" -> soort = Tijdvak.Soort.valueOf(p.getText());
        case "begin" -> begin = LocalDate.parse(p.getText());
        default -> p.skipChildren();
      }
    }
    return new CasusShape.Tijdvak(soort, begin);
  }

  private static Map<Leefgebied, String> schets(JsonParser p) throws IOException {
    EnumMap<Leefgebied, String> map = new EnumMap<>(Leefgebied.class);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      Leefgebied gebied = Leefgebied.valueOf(p.currentName());
      p.nextToken();
      map.put(gebied, p.getText());
    }
    return map;
  }

  private static Map<Leefgebied, Ernst> zorgen(JsonParser p) throws IOException {
    EnumMap<Leefgebied, Ernst> map = new EnumMap<>(Leefgebied.class);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      Leefgebied gebied = Leefgebied.valueOf(p.currentName());
      p.nextToken();
      map.put(gebied, Ernst.valueOf(p.getText()));
    }
    return map;
  }

  /** The array's constant names as constants, in the file's order. */
  private static <E> List<E> names(JsonParser p, Function<String, E> constant) throws IOException {
    List<E> list = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      list.add(constant.apply(p.getText()));
    }
    return list;
  }

  private static List<CasusShape.Status> statusgeschiedenis(JsonParser p) throws IOException {
    List<CasusShape.Status> list = new ArrayList<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      if (!p.currentName().equals("wijzigingen")) {
        p.nextToken();
        p.skipChildren();
        continue;
      }
      p.nextToken();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        Casusstatus status = null;
        LocalDate datum = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          switch (name) {
            case "status" -> status = Casusstatus.valueOf(p.getText());
            case "datum" -> datum = LocalDate.parse(p.getText());
            default -> p.skipChildren();
          }
        }
        list.add(new CasusShape.Status(status, datum));
      }
    }
    return list;
  }
}
