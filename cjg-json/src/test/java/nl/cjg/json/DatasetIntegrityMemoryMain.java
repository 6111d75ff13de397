package nl.cjg.json;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import nl.cjg.core.casus.Aanmelder;
import nl.cjg.core.casus.Afspraak;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Kind;
import nl.cjg.core.populatie.Leeftijdsindelingen;
import nl.cjg.core.casus.Professional;
import nl.cjg.core.casus.Toestemming;
import nl.cjg.core.id.GemeenteCode;
import nl.cjg.core.overleg.Casusoverleg;
import nl.cjg.core.overleg.Voorzitter;
import nl.cjg.core.partner.Partner;

/**
 * Run by {@link DatasetIntegrityMemoryTest} in a child JVM with a small heap: writes a connected
 * dataset of {@code count} cases into a pipe — the partners, then per three cases a meeting that
 * discusses them, then the cases (so that every reference waits for its case), one case twice at
 * the end — and reads it back with every record rule and the dataset rules. Prints {@code read N
 * records, dataset problems: CODES}; an {@link OutOfMemoryError} ends it with a non-zero status.
 */
public final class DatasetIntegrityMemoryMain {
  private static final LocalDate BEGIN = LocalDate.of(2012, 1, 2);

  private DatasetIntegrityMemoryMain() {}

  static String kenmerk(int index) {
    return String.format("CJG-2012-%07d", index);
  }

  static Casus casus(int index, String partner) {
    return Casus.builder()
        .kenmerk(kenmerk(index))
        .datumInvulling(BEGIN.plusDays(index / 3 % 3000))
        .aanmelder(Aanmelder.builder().naam("anoniem").organisatie(partner).build())
        .kind(Kind.builder().leeftijdsgroep(Leeftijdsindelingen.CJG_LEEFTIJDSGROEPEN.groepVoor(index % 24).orElseThrow()).build())
        .toestemming(Toestemming.builder().metToestemming(false).besprokenMetOuders(false).redenAnoniem("collegiaal advies").build())
        .inVerwijsindexGemeld(false)
        .build();
  }

  static Casusoverleg overleg(int meeting, List<String> kenmerken, String partner) {
    LocalDate datum = BEGIN.plusDays(meeting % 3000 + 1);
    Casusoverleg.Builder overleg = Casusoverleg.builder()
        .datum(datum)
        .voorzitter(Voorzitter.of("coördinator CJG", Voorzitter.Rol.PROCESREGISSEUR))
        .addVastTeam(Professional.builder().organisatie(partner).functie("maatschappelijk werker").build());
    for (String kenmerk : kenmerken) {
      overleg.addCasussen(kenmerk).addAfsprakenlijst(Afspraak.builder()
          .wie(Professional.ofOrganisatie(partner)).wat("een gesprek plannen").uiterlijk(datum.plusWeeks(3))
          .casus(kenmerk).status(Afspraak.Status.UITGEVOERD).build());
    }
    return overleg.build();
  }

  /**
   * Writes and reads.
   *
   * @param arguments the number of cases
   * @throws Exception when the pipe fails
   */
  public static void main(String[] arguments) throws Exception {
    int count = Integer.parseInt(arguments[0]);
    Partner partner = ModelExamples.ggd();
    PipedInputStream in = new PipedInputStream(1 << 16);
    PipedOutputStream out = new PipedOutputStream(in);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread producer = new Thread(() -> {
      try (RecordWriter records = CjgJsonWriter.create().writeDataset(out, DatasetHeader.of(GemeenteCode.BERGEN_NH, BEGIN.plusYears(10)))) {
        records.write(partner);
        for (int m = 0; 3 * m < count; m++) {
          records.write(overleg(m, List.of(kenmerk(3 * m), kenmerk(3 * m + 1), kenmerk(3 * m + 2)).subList(0, Math.min(3, count - 3 * m)),
              partner.naam()));
        }
        for (int i = 0; i < count; i++) {
          records.write(casus(i, partner.naam()));
        }
        records.write(casus(count / 2, partner.naam()));
      } catch (RuntimeException | Error e) {
        failure.set(e);
      }
    });
    producer.start();
    long read = 0;
    List<String> codes;
    try (DatasetRecords records = CjgJsonReader.create().readDataset(in)) {
      while (records.hasNext()) {
        if (records.next().isValid()) {
          read++;
        }
      }
      codes = records.datasetProblems().stream().map(Problem::code).toList();
    } catch (UncheckedIOException e) {
      throw new IOException("reading failed", e);
    }
    producer.join();
    if (failure.get() != null) {
      throw new IllegalStateException("writing failed", failure.get());
    }
    System.out.println("read " + read + " records, dataset problems: " + codes + " in "
        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
  }
}
