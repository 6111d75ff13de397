package nl.cjg.core.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The bundled lists synthetic persons are made from: common Dutch first names and surnames, and
 * streets of Bergen's kernen with their four-digit postcode area. Read once, on first use.
 * Immutable and thread-safe.
 */
final class Namenlijsten {
  /** A street and the four digits of its postcode area. */
  record Straat(String naam, int postcodegebied) {}

  static final List<String> VOORNAMEN = regels("voornamen.txt");
  static final List<String> ACHTERNAMEN = regels("achternamen.txt");
  private static final Map<String, List<Straat>> STRATEN = straten(regels("adressen.txt"));

  private Namenlijsten() {}

  static String voornaam(SplittableRandom random) {
    return VOORNAMEN.get(random.nextInt(VOORNAMEN.size()));
  }

  static String achternaam(SplittableRandom random) {
    return ACHTERNAMEN.get(random.nextInt(ACHTERNAMEN.size()));
  }

  /** The streets of the kern with this name (ignoring case); none for a kern the list lacks. */
  static List<Straat> straten(String kern) {
    return STRATEN.getOrDefault(kern.toLowerCase(Locale.ROOT), List.of());
  }

  private static Map<String, List<Straat>> straten(List<String> regels) {
    Map<String, List<Straat>> straten = new HashMap<>();
    for (String regel : regels) {
      int eerste = regel.indexOf(';');
      int tweede = regel.indexOf(';', eerste + 1);
      String kern = regel.substring(0, eerste).strip().toLowerCase(Locale.ROOT);
      Straat straat = new Straat(regel.substring(eerste + 1, tweede).strip(), Integer.parseInt(regel.substring(tweede + 1).strip()));
      straten.computeIfAbsent(kern, k -> new ArrayList<>()).add(straat);
    }
    straten.replaceAll((kern, lijst) -> List.copyOf(lijst));
    return Map.copyOf(straten);
  }

  /** The lines of a bundled list without comments and blank lines. */
  private static List<String> regels(String naam) {
    try (InputStream in = Namenlijsten.class.getResourceAsStream(naam)) {
      if (in == null) {
        throw new IllegalStateException("bundled list missing: " + naam);
      }
      String tekst = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return tekst.lines().map(String::strip).filter(regel -> !regel.isEmpty() && !regel.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
