package nl.cjg.examples.docs;

import java.util.stream.Stream;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.id.Bsn;
import nl.cjg.core.partner.Netwerk;
import nl.cjg.core.partner.Partner;
import nl.cjg.core.populatie.Populatie;
import nl.cjg.core.referentie.BergenReferentie;
import nl.cjg.core.sample.SampleDataset;
import nl.cjg.core.sample.SampleOptions;
import nl.cjg.core.sample.SampleRecord;
import nl.cjg.json.CjgJsonWriter;

/**
 * The values the documentation's code blocks use, named in their {@code <!-- snippet given: … -->}
 * comments: the Bergen reference data and generated (never real) cases.
 */
public final class Snippets {
  private static final String WRONG_BSN = "123456789";

  private Snippets() {}

  /** A generated case with consent, so with the child's personal data (test-range BSN). */
  public static Casus casus() {
    try (Stream<SampleRecord> records = SampleDataset.of(SampleOptions.builder().aantalCasussen(50).seed(7).build()).records()) {
      return records
          .map(SampleRecord::value)
          .filter(Casus.class::isInstance)
          .map(Casus.class::cast)
          .filter(c -> !c.isAnoniem() && c.kind().persoonsgegevens().flatMap(p -> p.bsn()).isPresent())
          .findFirst()
          .orElseThrow();
    }
  }

  /** {@link #casus()} as JSON, with a BSN that fails the eleven-test in place of its own. */
  public static String jsonWithWrongBsn() {
    Casus casus = casus();
    Bsn bsn = casus.kind().persoonsgegevens().flatMap(p -> p.bsn()).orElseThrow();
    String json = CjgJsonWriter.create().write(casus);
    return json.replace("\"" + bsn.value() + "\"", "\"" + WRONG_BSN + "\"");
  }

  /** The Bergen network of the partner map. */
  public static Netwerk netwerk() {
    return BergenReferentie.netwerk();
  }

  /** A partner of the Bergen network. */
  public static Partner partner() {
    return netwerk().partners().get(0);
  }

  /** The Bergen population table. */
  public static Populatie populatie() {
    return BergenReferentie.populatie();
  }
}
