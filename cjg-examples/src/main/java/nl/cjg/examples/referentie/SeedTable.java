package nl.cjg.examples.referentie;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import nl.cjg.core.stats.audit.AuditResult;
import nl.cjg.core.stats.audit.TableAudit;

/**
 * One numeric table of the seed documents, bundled as a CSV file in the audit format of
 * {@link nl.cjg.core.stats.table.TableCsv}: its file name, a title and where the seed prints it.
 * The tables are printed as the seeds print them, mistakes included, so that the audit has
 * something to find. The tables the statistics tests of cjg-core audit are the same files (a test
 * proves it); the others are tables only the examples ship. Immutable and thread-safe.
 *
 * @param bestand the file name under {@code nl/cjg/examples/tabellen/}
 * @param titel what the table counts
 * @param bron where in the seeds (seed 000) the table stands
 */
public record SeedTable(String bestand, String titel, String bron) {
  private static final String FOLDER = "/nl/cjg/examples/tabellen/";

  private static final List<SeedTable> ALL =
      List.of(
          new SeedTable("bevolking-kernen.csv", "Inwoners en jeugdigen 0–25 per kern (CBS 2010)", "000 ~318–363"),
          new SeedTable("bevolking-leeftijd.csv", "Jeugdigen per vijfjaarsgroep (CBS 2010)", "000 ~318–325"),
          new SeedTable("bevolking-kernen-leeftijd.csv", "Jeugdigen 0–15 en 15–25 per kern (CBS 2010)", "000 ~330–363"),
          new SeedTable("kinderopvang.csv", "Kinderopvang per BES-kern", "000 ~382–386"),
          new SeedTable("leerlingen.csv", "Leerlingen per school voor voortgezet onderwijs", "000 ~388–391"),
          new SeedTable("prenatale-voorlichting.csv", "Prenatale voorlichting JGZ", "000 ~427–431"),
          new SeedTable("jgz-contactmomenten-btp.csv", "Contactmomenten 0–4 jaar tegen het BTP", "000 ~449–457"),
          new SeedTable("jgz-maatwerk.csv", "Maatwerk jeugdgezondheidszorg", "000 ~505–514"),
          new SeedTable("opvoedcursussen.csv", "Bergense deelnemers aan de opvoedcursussen", "000 ~516–527"),
          new SeedTable("opvoedspreekuur-gesprekken.csv", "Gesprekken opvoedspreekuur", "000 ~534–539"),
          new SeedTable("opvoedspreekuur-resultaat.csv", "Resultaat van de gesprekken opvoedspreekuur", "000 ~548–555"),
          new SeedTable("jongerenwerk-bezoekers.csv", "Bezoekers van de activiteiten van het jongerenwerk", "000 ~556–615"),
          new SeedTable("overlastmeldingen.csv", "Overlastmeldingen jongerenwerk", "000 ~624–637"),
          new SeedTable("bjz-clienten.csv", "Cliënten Bureau Jeugdzorg 2011", "000 ~688–691"),
          new SeedTable("bjz-werksoorten.csv", "Cliënten Bureau Jeugdzorg per werksoort", "000 ~705–724"),
          new SeedTable("awbz-type-zorg.csv", "AWBZ-begeleiding naar type zorg", "000 ~747–760"),
          new SeedTable("awbz-grondslag.csv", "AWBZ-begeleiding naar grondslag", "000 ~774–799"),
          new SeedTable("communicatieplan-doelgroepen.csv", "Doelgroepen van het communicatieplan", "000 ~1669–1678"));

  /** Every bundled seed table, in seed order. */
  public static List<SeedTable> all() {
    return ALL;
  }

  /** The resource path of the table's CSV file, from the class path root. */
  public String resource() {
    return FOLDER + bestand;
  }

  /**
   * The table's CSV file as bundled.
   *
   * @return the bytes of the UTF-8 file
   * @throws UncheckedIOException when the resource cannot be read
   */
  public byte[] csv() {
    try (InputStream in = SeedTable.class.getResourceAsStream(resource())) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("missing bundled table " + bestand));
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The table audited with {@link TableAudit}: every cell that does not add up. */
  public AuditResult audit() {
    return TableAudit.auditCsv(csv());
  }
}
