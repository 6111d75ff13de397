package nl.cjg.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import nl.cjg.core.casus.Aanmelder;
import nl.cjg.core.casus.BetrokkenInstantie;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Casusstatus;
import nl.cjg.core.casus.Kind;
import nl.cjg.core.casus.Leefgebied;
import nl.cjg.core.casus.OndernomenActie;
import nl.cjg.core.casus.Persoonsgegevens;
import nl.cjg.core.casus.Professional;
import nl.cjg.core.casus.Statusgeschiedenis;
import nl.cjg.core.casus.Toestemmer;
import nl.cjg.core.casus.Toestemming;
import nl.cjg.core.id.Bsn;
import nl.cjg.core.id.Postcode;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.sample.SampleDataset;
import nl.cjg.core.sample.SampleOptions;
import nl.cjg.core.sample.SampleRecord;
import nl.cjg.core.tijd.Periode;
import nl.cjg.core.tijd.Tijdvak;
import nl.cjg.json.CjgJsonWriter;
import nl.cjg.json.RecordWriter;

/** The fixed inputs of the benchmarks. */
final class Fixtures {
  private static final List<Kern> KERNEN = BergenKernen.all();
  private static final Leefgebied[] LEEFGEBIEDEN = Leefgebied.values();
  /** The first date of the fixtures. */
  static final LocalDate BEGIN = LocalDate.of(2012, 1, 2);

  private Fixtures() {}

  /**
   * The {@code index}-th case of a population: a case with consent (given by whom the child's age
   * asks), a kern, an age in years from 0 to 23, a question and a sketch of one life domain, varied
   * by {@code index}. The input of the statistics benchmarks, which need every case to have a kern
   * and an age; with consent, as an anonymous case may not give an age in years (ANONIEM-002).
   *
   * @param index the number of the case
   * @return the case
   */
  static Casus populatieCasus(int index) {
    int mix = index * 0x9E3779B9;
    int leeftijd = Math.floorMod(mix >>> 7, 24);
    LocalDate ingevuld = BEGIN.plusDays(Math.floorMod(mix >>> 3, 360));
    return Casus.builder()
        .kenmerk("CJG-" + index)
        .datumInvulling(ingevuld)
        .aanmelder(Aanmelder.builder().naam("Aanmelder " + (index % 97)).organisatie("GGD Hollands Noorden").build())
        .kind(Kind.builder().leeftijd(leeftijd).kern(KERNEN.get(Math.floorMod(mix >>> 12, KERNEN.size()))).build())
        .toestemming(
            Toestemming.builder()
                .metToestemming(true)
                .besprokenMetOuders(true)
                .addAllGegevenDoor(toestemmersVoor(leeftijd))
                .build())
        .inVerwijsindexGemeld(false)
        .addVragen("Hoe verder met de zorgen?")
        .putSchets(LEEFGEBIEDEN[Math.floorMod(mix >>> 17, LEEFGEBIEDEN.length)], "zorgen")
        .build();
  }

  private static Set<Toestemmer> toestemmersVoor(int leeftijd) {
    return Arrays.stream(Toestemming.Toestemmingsleeftijd.values())
        .filter(grens -> grens.bevat(leeftijd))
        .findFirst()
        .orElseThrow()
        .vereist();
  }

  /**
   * Writes a JSON Lines file of {@code count} cases made by {@link #populatieCasus}, with the
   * library's writer: the input of the streaming benchmarks.
   *
   * @param count how many cases
   * @return the file, in the temporary directory
   * @throws IOException when it cannot be written
   */
  static Path populatieLines(int count) throws IOException {
    Path file = Files.createTempFile("cjg-bench-", ".jsonl");
    try (OutputStream out = Files.newOutputStream(file);
        RecordWriter lines = CjgJsonWriter.create().writeLines(out)) {
      for (int i = 0; i < count; i++) {
        lines.write(populatieCasus(i));
      }
    }
    return file;
  }

  /**
   * The first {@code count} cases of a sample dataset (seed 2012) made by the library's generator:
   * realistic cases, anonymous and identified, for measuring memory.
   *
   * @param count how many
   * @return the cases
   */
  static List<Casus> sampleCasussen(int count) {
    return SampleDataset.of(SampleOptions.builder().seed(2012).aantalCasussen(count).build())
        .records()
        .filter(record -> record.kind() == SampleRecord.Kind.CASUS)
        .map(record -> record.value(Casus.class))
        .limit(count)
        .toList();
  }

  /**
   * A case with every field of the bespreekformulier filled in, with fictitious personal data and
   * a test BSN: the input of the single-case JSON benchmarks.
   */
  static Casus volledigeCasus() {
    LocalDate ingevuld = LocalDate.of(2012, 5, 7);
    return Casus.builder()
        .kenmerk("CJG-2012-007")
        .datumInvulling(ingevuld)
        .datumOverleg(LocalDate.of(2012, 5, 21))
        .aanmelder(
            Aanmelder.builder()
                .naam("Ineke Testbeek")
                .organisatie("Stichting Welzijn Bergen")
                .functie("jongerenwerker")
                .telefoonnummer("072-0000000")
                .emailadres("i.testbeek@example.org")
                .addWerkdagen(DayOfWeek.MONDAY, DayOfWeek.THURSDAY)
                .build())
        .kind(
            Kind.builder()
                .persoonsgegevens(
                    Persoonsgegevens.builder()
                        .voornaam("Fenna")
                        .achternaam("Testhuizen")
                        .achternaamVader("Testhuizen")
                        .achternaamMoeder("Proefstra")
                        .geboortedatum(LocalDate.of(2003, 2, 14))
                        .straat("Teststraat")
                        .huisnummer("12a")
                        .postcode(Postcode.parse("1861 AB"))
                        .woonplaats("Bergen")
                        .bsn(Bsn.parse("999990019"))
                        .telefoonnummer("06-00000000")
                        .emailadres("fenna@example.org")
                        .build())
                .kern(BergenKernen.BERGEN)
                .oorspronkelijkeAanmelder("GGD Hollands Noorden")
                .kinderdagverblijfOfPeuterspeelzaal("Peuterspeelzaal Het Testnest")
                .school("De Testschool")
                .groepOfKlas("groep 6")
                .schoolloopbaan("groep 3 gedoubleerd")
                .etniciteit("onbekend")
                .build())
        .zorgcoordinator(
            Professional.builder()
                .naam("Ilse Proefstra")
                .organisatie("Bureau Jeugdzorg Noord-Holland")
                .functie("gezinsvoogd")
                .build())
        .toestemming(
            Toestemming.builder()
                .metToestemming(true)
                .besprokenMetOuders(true)
                .addGegevenDoor(Toestemmer.OUDERS_MET_GEZAG)
                .build())
        .inVerwijsindexGemeld(true)
        .addVragen("Welke hulp past bij de zorgen over het gedrag thuis?", "Wie neemt de regie?")
        .doel("Rust in het gezin en weer plezier op school")
        .addActies(
            OndernomenActie.builder().omschrijving("opvoedspreekuur").gerichtOp(OndernomenActie.GerichtOp.OUDERS).effect("iets meer grip").build(),
            OndernomenActie.builder().omschrijving("gesprek met de leerkracht").gerichtOp(OndernomenActie.GerichtOp.DERDEN).build())
        .addBetrokkenInstanties(
            BetrokkenInstantie.builder()
                .instantie("Schoolmaatschappelijk werk")
                .periode(Periode.vanaf(Tijdvak.maand(YearMonth.of(2011, 9))))
                .build(),
            BetrokkenInstantie.builder()
                .instantie("Bureau Jeugdzorg")
                .periode(Periode.of(Tijdvak.maand(YearMonth.of(2010, 3)), Tijdvak.maand(YearMonth.of(2010, 11))))
                .wanneer("rond de scheiding")
                .build())
        .putSchets(Leefgebied.THUIS, "veel ruzie over bedtijd")
        .putSchets(Leefgebied.SCHOOL_WERK, "onrustig in de klas")
        .putSchets(Leefgebied.VRIJE_TIJD_SOCIALE_CONTACTEN, "weinig vriendjes")
        .putSchets(Leefgebied.OVERIGE, "vader werkt in ploegendienst")
        .bijzonderheden("dyslexie")
        .statusgeschiedenis(
            Statusgeschiedenis.aangemeld(ingevuld)
                .met(Casusstatus.GEAGENDEERD, LocalDate.of(2012, 5, 14))
                .met(Casusstatus.BESPROKEN, LocalDate.of(2012, 5, 21)))
        .build();
  }
}
