package nl.cjg.examples.docs;

import java.time.LocalDate;
import java.util.stream.Stream;
import nl.cjg.core.casus.Aanmelder;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Kind;
import nl.cjg.core.casus.Toestemming;
import nl.cjg.core.id.Bsn;
import nl.cjg.core.partner.Netwerk;
import nl.cjg.core.partner.Partner;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.populatie.Leeftijdsgroep;
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

  /** An anonymous case that knows only the child's age band, 12 to 18. */
  public static Casus casusMetAlleenLeeftijdsgroep() {
    return Casus.builder()
        .kenmerk("CJG-2012-077")
        .datumInvulling(LocalDate.of(2012, 5, 1))
        .aanmelder(Aanmelder.builder().naam("A. Testbeek").organisatie("Stichting Welzijn Bergen").build())
        .kind(Kind.builder().leeftijdsgroep(Leeftijdsgroep.of(12, 18)).kern(BergenKernen.SCHOORL).build())
        .toestemming(
            Toestemming.builder().metToestemming(false).besprokenMetOuders(false).redenAnoniem("collegiale consultatie").build())
        .inVerwijsindexGemeld(false)
        .addVragen("Hoe houden we hem op school?")
        .build();
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
