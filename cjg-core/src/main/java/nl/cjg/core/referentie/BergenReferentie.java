package nl.cjg.core.referentie;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.cjg.core.partner.Netwerk;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.populatie.Populatie;
import nl.cjg.core.populatie.Voorzieningen;

/**
 * The reference facts of CJG Bergen (NH) as the sources give them, read from this module's bundled
 * tables (format: {@link Referentielezer}):
 *
 * <ul>
 *   <li>{@link #populatie()}: CBS "Gemeente op maat, Bergen NH" (2010), as the Werkplan CJG Bergen 2012, uitwerking 1, doelgroep, prints it —
 *       the whole municipality (30,985 inhabitants, 7,753 aged 0–25, the five-year bands) and per
 *       kern the total, 0–25, 15–25 and 0–15, exactly as published (they do not all add up);</li>
 *   <li>{@link #netwerk()}: the partner map (Communicatieplan CJG Bergen 2012, bijlage 1): the five
 *       kernpartners and every netwerkpartner of the map, with role, disciplines, the age columns
 *       they stand in, kernen, expertise and the map's link; disciplines and expertises the map
 *       does not give are marked per partner in the table as an assumption;</li>
 *   <li>{@link #kinderopvang()}, {@link #scholen()} and {@link #awbzBegeleiding()}: the children
 *       in kinderopvang per BES cluster, the pupils of the secondary schools and the children with
 *       AWBZ begeleiding (Werkplan CJG Bergen 2012, uitwerking 1), each with its source, figures
 *       that do not add up kept as printed and named in {@code bronafwijkingen}.</li>
 * </ul>
 *
 * <p>The tables are read once, on first use; the values are immutable and thread-safe.
 */
public final class BergenReferentie {
  /** The bundled population table. */
  static final String POPULATIE_BRON = "bergen-populatie.txt";

  /** The bundled partner map. */
  static final String PARTNERS_BRON = "bergen-partners.txt";

  private BergenReferentie() {}

  /** The population of Bergen per kern and age band, CBS 2010, with peildatum 1 January 2010. */
  public static Populatie populatie() {
    return Gelezen.POPULATIE;
  }

  /** The CJG network of Bergen: the partner map of the werkplan 2012. */
  public static Netwerk netwerk() {
    return Gelezen.NETWERK;
  }

  /**
   * The cooperation agreements of CJG Bergen the sources name (werkplan topic 3), with the roles and
   * tasks they give: the convenant of the plan van aanpak, the Verwijsindex convenant, the fixed CJG
   * team of the casusoverleg, the communicatieplan's werkgroep and the ZAT of the secondary
   * schools. Each names its source; partners or dates the source does not give are marked there as
   * an assumption. Put them in {@link #netwerk()} to check them (rules {@code PARTNER-006}, {@code
   * PARTNER-007}).
   *
   * @return the agreements, oldest first
   */
  public static List<Netwerk.Samenwerkingsafspraak> samenwerkingsafspraken() {
    return BergenSamenwerking.afspraken();
  }

  /**
   * The children of Bergen in buitenschoolse opvang, kinderdagopvang and peuterspeelzaal per BES
   * cluster (Bergen, Egmond, Schoorl), with the totals the source prints (Werkplan CJG Bergen 2012,
   * uitwerking 1, doelgroep, kinderopvang per kern). The source's total for Bergen, 418, is not
   * the sum of its cells, 412: it is kept and named in {@code bronafwijkingen}. The source gives
   * no reference date.
   *
   * @return the table
   */
  public static Voorzieningen.Kinderopvang kinderopvang() {
    return BergenVoorzieningen.kinderopvang();
  }

  /**
   * The secondary schools in Bergen with their pupils and the pupils living in the municipality
   * (Werkplan CJG Bergen 2012, uitwerking 1, doelgroep, leerlingen per school): Adriaan Roland
   * Holstschool, Bergerscholengemeenschap and PCC. The source names neither a kern nor a school
   * year, so the records have none.
   *
   * @return the schools, in the order of the source
   */
  public static List<Voorzieningen.School> scholen() {
    return BergenVoorzieningen.scholen();
  }

  /**
   * The children 0 t/m 17 of Bergen with AWBZ begeleiding in the third quarter of 2011, by type of
   * care and by grondslag, with the percentages the source prints (Werkplan CJG Bergen 2012,
   * uitwerking 1, AWBZ, kinderen met begeleiding via AWBZ). The printed 1.4% of 6464
   * for all 63 and 0.48% for the 27 with grondslag VG do not follow from their counts (1.0%,
   * 0.42%): they are kept and named in {@code bronafwijkingen}.
   *
   * @return the figures
   */
  public static Voorzieningen.AwbzBegeleiding awbzBegeleiding() {
    return BergenVoorzieningen.awbzBegeleiding();
  }

  /** The text of a bundled table. */
  static String tekst(String naam) {
    try (InputStream in = BergenReferentie.class.getResourceAsStream(naam)) {
      if (in == null) {
        throw new IllegalStateException("bundled reference table missing: " + naam);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The tables, read when first asked for. */
  private static final class Gelezen {
    static final Populatie POPULATIE = Referentielezer.populatie(tekst(POPULATIE_BRON), BergenKernen.all());
    static final Netwerk NETWERK = Referentielezer.netwerk(tekst(PARTNERS_BRON), BergenKernen.all());

    private Gelezen() {}
  }
}
