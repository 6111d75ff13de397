package nl.cjg.core.referentie;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.id.GemeenteCode;
import nl.cjg.core.partner.Discipline;
import nl.cjg.core.partner.Expertise;
import nl.cjg.core.partner.Netwerk;
import nl.cjg.core.partner.Partner;
import nl.cjg.core.partner.Rol;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.populatie.Leeftijdsindelingen;
import nl.cjg.core.populatie.Populatie;

/**
 * Reads reference tables: a population table into a {@link Populatie} and a partner map into a
 * {@link Netwerk}. The format is that of {@code docs/sample-data.md} ("Reference tables"): comment
 * lines start with {@code #}, properties read {@code ! naam = waarde}, then a {@code ;}-separated
 * header and rows; list fields separate their parts with {@code |}.
 *
 * <p>A population table has the properties {@code gemeente} (a CBS code such as {@code GM0373}),
 * {@code peildatum} (ISO date) and {@code bron}, and the columns {@code kern;van;tot;aantal}: an
 * empty kern is the whole municipality, empty bounds are all ages, and an age band is
 * {@code [van, tot)}.
 *
 * <p>A partner map has the columns {@code naam;rol;disciplines;leeftijden;kernen;expertises;website}:
 * role, disciplines and expertises by their codes as the sources write them ({@link Rol#code()},
 * {@link Discipline#code()}, {@link Expertise#code()}); ages as bands {@code van-tot} (half-open,
 * so {@code 19-24} is "19 – 23 jaar"; a band of the CJG service bands keeps that band's name);
 * kernen by name or {@code alle}; an optional http(s) website.
 *
 * <p>Reading is strict: every problem is a {@link ReferentieFormatException} naming its line, and
 * a value that breaks a structural invariant is reported with the invariant's code. This class is
 * stateless and thread-safe.
 */
public final class Referentielezer {
  /** The columns of a population table. */
  static final List<String> POPULATIE_KOLOMMEN = List.of("kern", "van", "tot", "aantal");

  /** The columns of a partner map. */
  static final List<String> PARTNER_KOLOMMEN =
      List.of("naam", "rol", "disciplines", "leeftijden", "kernen", "expertises", "website");

  private static final String ALLE_KERNEN = "alle";

  private Referentielezer() {}

  /**
   * Reads a population table.
   *
   * @param tekst the table's text
   * @param kernen the kernen its rows may name, matched by name ignoring case
   * @return the population, structurally valid (business rules are for {@code CjgValidator})
   * @throws ReferentieFormatException naming the line of the first problem
   */
  public static Populatie populatie(String tekst, List<Kern> kernen) {
    Objects.requireNonNull(kernen, "kernen");
    Tabeltekst tabel = Tabeltekst.lees(tekst, POPULATIE_KOLOMMEN, Set.of("gemeente", "peildatum", "bron"));
    Populatie.Builder populatie = Populatie.builder();
    structureel(0, () -> populatie.gemeente(GemeenteCode.parse(tabel.eigenschap("gemeente"))));
    try {
      populatie.peildatum(LocalDate.parse(tabel.eigenschap("peildatum")));
    } catch (DateTimeParseException e) {
      throw new ReferentieFormatException(0, "the property peildatum must be an ISO date (jjjj-mm-dd)");
    }
    populatie.bron(tabel.eigenschap("bron"));
    for (Tabeltekst.Rij rij : tabel.rijen()) {
      Populatie.Telling.Builder telling = Populatie.Telling.builder();
      if (!rij.veld("kern").isEmpty()) {
        telling.kern(kern(rij.veld("kern"), kernen, rij.regel()));
      }
      String van = rij.veld("van");
      String tot = rij.veld("tot");
      if (van.isEmpty() != tot.isEmpty()) {
        throw new ReferentieFormatException(rij.regel(), "give both bounds of an age band (van, tot) or neither");
      }
      if (!van.isEmpty()) {
        int onder = getal(van, "van", rij.regel());
        int boven = getal(tot, "tot", rij.regel());
        telling.leeftijdsgroep(structureel(rij.regel(), () -> Leeftijdsgroep.of(onder, boven)));
      }
      telling.aantal(getal(rij.veld("aantal"), "aantal", rij.regel()));
      populatie.addTellingen(structureel(rij.regel(), telling::build));
    }
    return structureel(0, populatie::build);
  }

  /**
   * Reads a partner map.
   *
   * @param tekst the table's text
   * @param kernen the kernen its rows may name, and the kernen {@code alle} stands for
   * @return the network, structurally valid (business rules are for {@code CjgValidator})
   * @throws ReferentieFormatException naming the line of the first problem
   */
  public static Netwerk netwerk(String tekst, List<Kern> kernen) {
    Objects.requireNonNull(kernen, "kernen");
    Tabeltekst tabel = Tabeltekst.lees(tekst, PARTNER_KOLOMMEN, Set.of());
    List<Partner> partners = tabel.rijen().stream().map(rij -> partner(rij, kernen)).toList();
    return structureel(0, () -> Netwerk.builder().partners(partners).build());
  }

  private static Partner partner(Tabeltekst.Rij rij, List<Kern> kernen) {
    int regel = rij.regel();
    Partner.Builder partner = Partner.builder().naam(rij.veld("naam"));
    partner.rol(code(rij.veld("rol"), Rol::fromCode, "rol", regel));
    for (String discipline : Tabeltekst.lijst(rij.veld("disciplines"))) {
      partner.addDisciplines(code(discipline, Discipline::fromCode, "disciplines", regel));
    }
    for (String band : Tabeltekst.lijst(rij.veld("leeftijden"))) {
      partner.addLeeftijdsgroepen(band(band, regel));
    }
    if (rij.veld("kernen").equalsIgnoreCase(ALLE_KERNEN)) {
      partner.addAllKernen(kernen);
    } else {
      for (String naam : Tabeltekst.lijst(rij.veld("kernen"))) {
        partner.addKernen(kern(naam, kernen, regel));
      }
    }
    for (String expertise : Tabeltekst.lijst(rij.veld("expertises"))) {
      partner.addExpertises(code(expertise, Expertise::fromCode, "expertises", regel));
    }
    if (!rij.veld("website").isEmpty()) {
      partner.website(website(rij.veld("website"), regel));
    }
    return structureel(regel, partner::build);
  }

  /** A band {@code van-tot}; the CJG service band with those bounds when there is one. */
  private static Leeftijdsgroep band(String tekst, int regel) {
    int streep = tekst.indexOf('-');
    if (streep < 0) {
      throw new ReferentieFormatException(regel, "an age band (leeftijden) must read van-tot, for example 0-4");
    }
    int van = getal(tekst.substring(0, streep).strip(), "leeftijden", regel);
    int tot = getal(tekst.substring(streep + 1).strip(), "leeftijden", regel);
    Leeftijdsgroep band = structureel(regel, () -> Leeftijdsgroep.of(van, tot));
    return Leeftijdsindelingen.CJG_LEEFTIJDSGROEPEN.groepen().stream()
        .filter(cjg -> cjg.heeftZelfdeGrenzen(band))
        .findFirst()
        .orElse(band);
  }

  private static URI website(String tekst, int regel) {
    try {
      URI uri = new URI(tekst);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below, without the text
    }
    throw new ReferentieFormatException(regel, "the website must be an http or https address with a host");
  }

  private static Kern kern(String naam, List<Kern> kernen, int regel) {
    return kernen.stream()
        .filter(kern -> kern.naam().equalsIgnoreCase(naam))
        .findFirst()
        .orElseThrow(() -> new ReferentieFormatException(regel, "unknown kern; the table may name " + namen(kernen)));
  }

  private static String namen(List<Kern> kernen) {
    return kernen.stream().map(Kern::naam).toList().toString();
  }

  private static <E> E code(String tekst, Function<String, Optional<E>> fromCode, String kolom, int regel) {
    return fromCode.apply(tekst).orElseThrow(() -> new ReferentieFormatException(regel, "unknown code in column " + kolom));
  }

  private static int getal(String tekst, String kolom, int regel) {
    if (tekst.isEmpty() || tekst.length() > 9) {
      throw new ReferentieFormatException(regel, "column " + kolom + " must be a whole number of at most 9 digits");
    }
    int waarde = 0;
    for (int i = 0; i < tekst.length(); i++) {
      char c = tekst.charAt(i);
      if (c < '0' || c > '9') {
        throw new ReferentieFormatException(regel, "column " + kolom + " must be a whole number of at most 9 digits");
      }
      waarde = waarde * 10 + (c - '0');
    }
    return waarde;
  }

  /** Runs a constructor; a broken structural invariant becomes a problem at {@code regel}. */
  private static <T> T structureel(int regel, Supplier<T> maak) {
    try {
      return maak.get();
    } catch (InvalidValueException e) {
      throw new ReferentieFormatException(regel, e.getMessage());
    } catch (IllegalStateException e) {
      throw new ReferentieFormatException(regel, "a required field is missing: " + e.getMessage());
    }
  }

  /**
   * Thrown when a reference table cannot be read: a missing or unknown column, a row with too few or
   * too many fields, a number that is not a number, an unknown kern or code, or a value that breaks
   * a structural invariant of the model (its code is then part of the message).
   *
   * <p>It names the {@link #regel() line} (1 is the first line of the text; 0 when the problem
   * concerns the whole table) and what is wrong; the message never repeats the offending text.
   */
  public static final class ReferentieFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final int regel;

    /**
     * Creates the exception.
     *
     * @param regel the line, 1 for the first line of the text; 0 for the whole table
     * @param probleem what is wrong, without the offending text
     */
    public ReferentieFormatException(int regel, String probleem) {
      super(regel == 0 ? probleem : "line " + regel + ": " + probleem);
      this.regel = regel;
    }

    /** The line, 1 for the first line of the text; 0 when the problem concerns the whole table. */
    public int regel() {
      return regel;
    }
  }
}
