package nl.cjg.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Persoonsgegevens;
import nl.cjg.core.verwijsindex.Signaal;
import nl.cjg.json.CjgJsonReader;
import nl.cjg.json.DatasetRecords;

/**
 * The command line never shows personal data: for generated datasets, the output and error
 * streams of {@code validate}, {@code stats} and {@code route} — on the dataset as generated and
 * with the BSN, postcode and birth date of every case broken — contain no BSN, name, street,
 * postcode or birth date (ISO and Dutch d-M-yyyy) of the data. ({@code generate} writes the data
 * itself, on purpose; only its error stream is checked; {@code fhir} writes its bundle to a file.) Names shorter than six letters are not
 * looked for, as they occur in ordinary words.
 */
class NoLeakProperties {
  private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d-M-yyyy", Locale.ROOT);

  @Property(tries = 4)
  void noCommandShowsPersonalData(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) throws IOException {
    Run generated = Run.of("generate", "--seed", Long.toString(seed), "--casussen", "40");
    assertEquals(ExitCodes.OK, generated.exitCode(), generated.err());
    assertTrue(generated.summary().startsWith("cjg generate: geschreven: standaarduitvoer ("), generated.err());
    assertEquals(1, generated.err().lines().count(), "only the summary line: " + generated.err());
    List<String> lines = generated.out().lines().toList();
    List<String> secrets = new ArrayList<>();
    List<String> broken = new ArrayList<>(lines);
    for (int i = 1; i < lines.size(); i++) {
      Object record = read(lines.get(0), lines.get(i));
      if (record instanceof Casus casus && casus.kind().persoonsgegevens().isPresent()) {
        Persoonsgegevens persoon = casus.kind().persoonsgegevens().get();
        String line = lines.get(i);
        names(secrets, persoon.voornaam(), persoon.achternaam());
        persoon.straat().ifPresent(straat -> names(secrets, straat));
        persoon.geboortedatum().ifPresent(datum -> {
          dates(secrets, datum);
          broken.set(broken.indexOf(line), broken.get(broken.indexOf(line)).replace("\"" + datum + "\"", "\"" + DUTCH.format(datum) + "\""));
        });
        persoon.bsn().ifPresent(bsn -> secrets.add(bsn.value()));
        persoon.postcode().ifPresent(postcode -> secrets.addAll(List.of(postcode.value(), postcode.formatted())));
      } else if (record instanceof Signaal signaal) {
        secrets.add(signaal.bsn().value());
        dates(secrets, signaal.geboortedatum());
      }
    }
    assertTrue(secrets.size() > 10, "the dataset holds personal data to look for");
    for (int i = 1; i < broken.size(); i++) {
      broken.set(i, broken.get(i).replaceAll("\"bsn\":\"(\\d{9})\"", "\"bsn\":\"$1X\"").replaceAll("\"postcode\":\"(\\d{4})([A-Z]{2})\"", "\"postcode\":\"$2$1\""));
    }
    byte[] data = Datasets.bytes(lines);
    byte[] bad = Datasets.bytes(broken);
    Path bundle = Files.createTempFile("cjg-fhir", ".json");
    List<Run> runs =
        List.of(
            Run.withInput(data, "fhir", "-", "--out", bundle.toString()),
            Run.withInput(bad, "fhir", "-", "--out", bundle.toString()),
            Run.withInput(data, "validate", "-"),
            Run.withInput(bad, "validate", "-"),
            Run.withInput(data, "stats", "-"),
            Run.withInput(data, "stats", "--format", "json", "-"),
            Run.withInput(bad, "stats", "-"),
            Run.withInput(data, "route", "-"),
            Run.withInput(data, "route", "--format", "json", "--english", "-"),
            Run.withInput(bad, "route", "-"));
    Files.delete(bundle);
    assertTrue(runs.get(3).exitCode() != ExitCodes.OK, "the broken dataset is refused");
    for (Run run : runs) {
      String shown = run.out() + run.err();
      List<String> leaked = secrets.stream().filter(shown::contains).distinct().toList();
      assertTrue(leaked.isEmpty(), () -> "personal data shown: " + leaked);
    }
  }

  private static Object read(String header, String line) {
    byte[] bytes = (header + "\n" + line + "\n").getBytes(StandardCharsets.UTF_8);
    try (DatasetRecords records = CjgJsonReader.builder().validate(false).build().readDataset(new ByteArrayInputStream(bytes))) {
      return records.hasNext() ? records.next().value().orElse(null) : null;
    }
  }

  private static void names(List<String> secrets, String... names) {
    for (String naam : names) {
      if (naam.strip().length() >= 6) {
        secrets.add(naam.strip());
      }
    }
  }

  private static void dates(List<String> secrets, LocalDate datum) {
    secrets.add(datum.toString());
    secrets.add(DUTCH.format(datum));
  }
}
