package nl.cjg.core.referentie;

import nl.cjg.core.referentie.Referentielezer.ReferentieFormatException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The text format of a reference table, read strictly. Lines are separated by {@code \n} (a
 * {@code \r} before it is dropped). A line starting with {@code #} is a comment; a blank line is
 * skipped. A line starting with {@code !} is a property {@code ! naam = waarde}. The first other
 * line is the header: column names separated by {@code ;}; every later line is a row with exactly
 * as many fields. Fields are trimmed; an empty field is absent. There is no quoting, so a field
 * cannot hold {@code ;}.
 */
final class Tabeltekst {
  /** One row of the table with the line it stands on. */
  record Rij(int regel, Map<String, String> velden) {
    /** The trimmed field of {@code kolom}; the empty string when the field is empty. */
    String veld(String kolom) {
      return velden.get(kolom);
    }
  }

  private final Map<String, String> eigenschappen;
  private final List<Rij> rijen;

  private Tabeltekst(Map<String, String> eigenschappen, List<Rij> rijen) {
    this.eigenschappen = eigenschappen;
    this.rijen = rijen;
  }

  /**
   * Reads a table with exactly these columns, in this order, and exactly these properties.
   *
   * @param tekst the text
   * @param kolommen the expected header
   * @param namen the expected property names
   * @return the table
   * @throws ReferentieFormatException naming the line of the first problem
   */
  static Tabeltekst lees(String tekst, List<String> kolommen, Set<String> namen) {
    Map<String, String> eigenschappen = new HashMap<>();
    List<Rij> rijen = new ArrayList<>();
    boolean headerGelezen = false;
    int regel = 0;
    int begin = 0;
    while (begin <= tekst.length()) {
      int einde = tekst.indexOf('\n', begin);
      if (einde < 0) {
        einde = tekst.length();
      }
      regel++;
      String lijn = tekst.substring(begin, einde).strip();
      begin = einde + 1;
      if (lijn.isEmpty() || lijn.charAt(0) == '#') {
        continue;
      }
      if (lijn.charAt(0) == '!') {
        eigenschap(lijn, regel, namen, eigenschappen);
      } else if (!headerGelezen) {
        if (!velden(lijn).equals(kolommen)) {
          throw new ReferentieFormatException(regel, "the header must be " + String.join(";", kolommen));
        }
        headerGelezen = true;
      } else {
        List<String> velden = velden(lijn);
        if (velden.size() != kolommen.size()) {
          throw new ReferentieFormatException(
              regel, "a row has " + velden.size() + " fields where the header has " + kolommen.size());
        }
        Map<String, String> rij = new HashMap<>();
        for (int i = 0; i < kolommen.size(); i++) {
          rij.put(kolommen.get(i), velden.get(i));
        }
        rijen.add(new Rij(regel, rij));
      }
    }
    if (!headerGelezen) {
      throw new ReferentieFormatException(0, "the table has no header line");
    }
    for (String naam : namen) {
      if (!eigenschappen.containsKey(naam)) {
        throw new ReferentieFormatException(0, "the table lacks the property '! " + naam + " = …'");
      }
    }
    return new Tabeltekst(Map.copyOf(eigenschappen), List.copyOf(rijen));
  }

  /** The value of a property the table was read with. */
  String eigenschap(String naam) {
    return eigenschappen.get(naam);
  }

  /** The rows, in order. */
  List<Rij> rijen() {
    return rijen;
  }

  private static void eigenschap(String lijn, int regel, Set<String> namen, Map<String, String> eigenschappen) {
    int is = lijn.indexOf('=');
    if (is < 0) {
      throw new ReferentieFormatException(regel, "a property line must read '! naam = waarde'");
    }
    String naam = lijn.substring(1, is).strip();
    String waarde = lijn.substring(is + 1).strip();
    if (!namen.contains(naam)) {
      throw new ReferentieFormatException(regel, "unknown property; expected one of " + namen);
    }
    if (waarde.isEmpty()) {
      throw new ReferentieFormatException(regel, "the property " + naam + " has no value");
    }
    if (eigenschappen.put(naam, waarde) != null) {
      throw new ReferentieFormatException(regel, "the property " + naam + " is given twice");
    }
  }

  /** The fields of a line, split at {@code ;} and trimmed. */
  static List<String> velden(String lijn) {
    List<String> velden = new ArrayList<>();
    int begin = 0;
    while (true) {
      int einde = lijn.indexOf(';', begin);
      if (einde < 0) {
        velden.add(lijn.substring(begin).strip());
        return velden;
      }
      velden.add(lijn.substring(begin, einde).strip());
      begin = einde + 1;
    }
  }

  /** The parts of a list field, split at {@code |} and trimmed; none for an empty field. */
  static List<String> lijst(String veld) {
    List<String> delen = new ArrayList<>();
    if (veld.isEmpty()) {
      return delen;
    }
    int begin = 0;
    while (true) {
      int einde = veld.indexOf('|', begin);
      String deel = (einde < 0 ? veld.substring(begin) : veld.substring(begin, einde)).strip();
      delen.add(deel);
      if (einde < 0) {
        return delen;
      }
      begin = einde + 1;
    }
  }
}
