package nl.cjg.examples.referentie;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import nl.cjg.core.stats.audit.AuditResult;
import nl.cjg.core.stats.audit.TableAudit;

/**
 * One numeric table of the source documents, bundled as a CSV file in the audit format of
 * {@link nl.cjg.core.stats.table.TableCsv}: its file name, a title and where the source prints it.
 * The tables are printed as the sources print them, mistakes included, so that the audit has
 * something to find. The tables the statistics tests of cjg-core audit are the same files (a test
 * proves it); kinderopvang, leerlingen and the two AWBZ tables hold the figures of the reference
 * records {@code BergenReferentie.kinderopvang()}, {@code scholen()} and {@code awbzBegeleiding()}
 * (a test of cjg-core proves it); the others are tables only the examples ship. Immutable and
 * thread-safe.
 *
 * @param bestand the file name under {@code nl/cjg/examples/tabellen/}
 * @param titel what the table counts
 * @param bron the source and section that print the table, as docs/sources.md names them
 */
public record SeedTable(String bestand, String titel, String bron) {
  private static final String FOLDER = "/nl/cjg/examples/tabellen/";

  private static final List<SeedTable> ALL =
      List.of(
          new SeedTable("bevolking-kernen.csv", "Inwoners en jeugdigen 0–25 per kern (CBS 2010)", "Werkplan CJG Bergen 2012, uitwerking 1, bevolking per kern"),
          new SeedTable("bevolking-leeftijd.csv", "Jeugdigen per vijfjaarsgroep (CBS 2010)", "Werkplan CJG Bergen 2012, uitwerking 1, bevolking (CBS 2010)"),
          new SeedTable("bevolking-kernen-leeftijd.csv", "Jeugdigen 0–15 en 15–25 per kern (CBS 2010)", "Werkplan CJG Bergen 2012, uitwerking 1, bevolking per kern"),
          new SeedTable("kinderopvang.csv", "Kinderopvang per BES-kern", "Werkplan CJG Bergen 2012, uitwerking 1, kinderopvang per kern"),
          new SeedTable("leerlingen.csv", "Leerlingen per school voor voortgezet onderwijs", "Werkplan CJG Bergen 2012, uitwerking 1, leerlingen per school"),
          new SeedTable("prenatale-voorlichting.csv", "Prenatale voorlichting JGZ", "Werkplan CJG Bergen 2012, uitwerking 1, aanbod JGZ, prenatale voorlichting"),
          new SeedTable("jgz-contactmomenten-btp.csv", "Contactmomenten 0–4 jaar tegen het BTP", "Werkplan CJG Bergen 2012, uitwerking 1, aanbod JGZ, kinderen 0-4 jaar"),
          new SeedTable("jgz-maatwerk.csv", "Maatwerk jeugdgezondheidszorg", "Werkplan CJG Bergen 2012, uitwerking 1, aanbod JGZ, flexibel aanbod (maatwerk)"),
          new SeedTable("opvoedcursussen.csv", "Bergense deelnemers aan de opvoedcursussen", "Werkplan CJG Bergen 2012, uitwerking 1, aanbod JGZ, opvoedcursussen"),
          new SeedTable("opvoedspreekuur-gesprekken.csv", "Gesprekken opvoedspreekuur", "Werkplan CJG Bergen 2012, uitwerking 1, aanbod JGZ, opvoedspreekuur"),
          new SeedTable("opvoedspreekuur-resultaat.csv", "Resultaat van de gesprekken opvoedspreekuur", "Werkplan CJG Bergen 2012, uitwerking 1, aanbod JGZ, opvoedspreekuur (resultaat contact)"),
          new SeedTable("jongerenwerk-bezoekers.csv", "Bezoekers van de activiteiten van het jongerenwerk", "Werkplan CJG Bergen 2012, uitwerking 1, aanbod Stichting Welzijn Bergen, jongerenwerk"),
          new SeedTable("overlastmeldingen.csv", "Overlastmeldingen jongerenwerk", "Werkplan CJG Bergen 2012, uitwerking 1, aanbod Stichting Welzijn Bergen, overlastmeldingen"),
          new SeedTable("bjz-clienten.csv", "Cliënten Bureau Jeugdzorg 2011", "Werkplan CJG Bergen 2012, uitwerking 1, Bureau Jeugdzorg, kinderen bij Bureau Jeugdzorg"),
          new SeedTable("bjz-werksoorten.csv", "Cliënten Bureau Jeugdzorg per werksoort", "Werkplan CJG Bergen 2012, uitwerking 1, Bureau Jeugdzorg, cliënten per werksoort"),
          new SeedTable("awbz-type-zorg.csv", "AWBZ-begeleiding naar type zorg", "Werkplan CJG Bergen 2012, uitwerking 1, AWBZ-begeleiding naar type zorg"),
          new SeedTable("awbz-grondslag.csv", "AWBZ-begeleiding naar grondslag", "Werkplan CJG Bergen 2012, uitwerking 1, AWBZ-begeleiding naar grondslag"),
          new SeedTable("communicatieplan-doelgroepen.csv", "Doelgroepen van het communicatieplan", "Communicatieplan CJG Bergen 2012, 5. doelgroepen"));

  /** Every bundled source table, in the order of the sources. */
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
