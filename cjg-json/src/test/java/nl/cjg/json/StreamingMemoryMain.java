package nl.cjg.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import nl.cjg.core.partner.Partner;

/**
 * Run by {@link StreamingMemoryTest} in a child JVM with a small heap: writes {@code count}
 * partners as JSON Lines and as one large array into a pipe, and reads them back record by record,
 * with business validation. Prints {@code read N valid of N}; an {@link OutOfMemoryError} (records
 * kept) ends it with a non-zero status.
 */
public final class StreamingMemoryMain {
  private StreamingMemoryMain() {}

  /**
   * Writes and reads.
   *
   * @param arguments the number of records, then {@code lines} or {@code array}
   * @throws Exception when the pipe fails
   */
  public static void main(String[] arguments) throws Exception {
    int count = Integer.parseInt(arguments[0]);
    boolean lines = arguments[1].equals("lines");
    CjgJsonWriter writer = CjgJsonWriter.create();
    CjgJsonReader reader = CjgJsonReader.create();
    Partner partner = ModelExamples.ggd();
    PipedInputStream in = new PipedInputStream(1 << 16);
    PipedOutputStream out = new PipedOutputStream(in);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread producer =
        new Thread(
            () -> {
              try (RecordWriter records = lines ? writer.writeLines(out) : writer.writeArray(out)) {
                for (int i = 0; i < count; i++) {
                  records.write(Partner.builder().from(partner).naam("Partner " + i).build());
                }
              } catch (RuntimeException | Error e) {
                failure.set(e);
              }
            });
    producer.start();
    Function<InputStream, Records<Partner>> open = stream -> lines ? reader.readLines(stream, Partner.class) : reader.readArray(stream, Partner.class);
    long valid = 0;
    long total = 0;
    try (Records<Partner> records = open.apply(in)) {
      while (records.hasNext()) {
        total++;
        if (records.next().isValid()) {
          valid++;
        }
      }
    } catch (UncheckedIOException e) {
      throw new IOException("reading failed", e);
    }
    producer.join();
    if (failure.get() != null) {
      throw new IllegalStateException("writing failed", failure.get());
    }
    System.out.println("read " + valid + " valid of " + total + " in " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
  }
}
