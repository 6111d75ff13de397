package nl.cjg.examples.docs;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import nl.cjg.core.stats.Distribution;
import nl.cjg.core.stats.OverlapSummary;
import nl.cjg.examples.referentie.BergenDataset;
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

  /** AWBZ clients 0-17 by grondslag (Werkplan CJG Bergen 2012, uitwerking 1, AWBZ). */
  public static Distribution<String> awbzGrondslag() {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("LG", 7L);
    counts.put("SOM", 3L);
    counts.put("VG", 27L);
    counts.put("ZG", 1L);
    counts.put("PSY", 25L);
    return Distribution.of(counts);
  }

  /** AWBZ clients 0-17 by type of care, overlapping (Werkplan CJG Bergen 2012, uitwerking 1, AWBZ). */
  public static OverlapSummary<String> awbzTypeZorg() {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("Begeleiding individueel", 45L);
    counts.put("Begeleiding groep", 43L);
    counts.put("Kortdurend verblijf", 0L);
    return OverlapSummary.of(63, counts);
  }

  /** Nuisance reports by category, total 79 (Werkplan CJG Bergen 2012, uitwerking 1, jongerenwerk). */
  public static Distribution<String> overlastmeldingen() {
    Map<String, Long> counts = new LinkedHashMap<>();
    String[] names = {"Vechten", "Overlast door jongeren", "Alcohol / drugsoverlast", "Schoolverzuim",
        "Diefstal door jongeren", "Vernieling", "Brand", "Social media (Pesten)", "Verwaarlozing", "Graffiti",
        "Hulpvraag ouders", "Wapens", "Vuil achtergelaten"};
    long[] aantallen = {9, 24, 14, 3, 5, 9, 6, 1, 1, 1, 4, 1, 1};
    for (int i = 0; i < names.length; i++) {
      counts.put(names[i], aantallen[i]);
    }
    return Distribution.of(counts);
  }

  /** Every record of the bundled Bergen reference dataset. */
  public static List<Object> bergenRecords() {
    return BergenDataset.read().records();
  }

  /** The generated cases of a small sample dataset. */
  public static List<Casus> casussen() {
    try (Stream<SampleRecord> records = SampleDataset.of(SampleOptions.builder().aantalCasussen(200).seed(7).build()).records()) {
      return records.map(SampleRecord::value).filter(Casus.class::isInstance).map(Casus.class::cast).toList();
    }
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
