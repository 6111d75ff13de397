package nl.cjg.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The JSON Schemas (draft 2020-12) of the dataset format, generated from the same mapping the
 * reader and writer use and shipped in this jar: one per record type of
 * {@link RecordTypes#standard()} ({@code "casus"}, …), one of the header line
 * ({@value RecordTypes#HEADER}) and one of any record line ({@value #RECORD}, a {@code oneOf} over
 * {@code type}). Each schema is self-contained: its definitions are under {@code $defs}.
 *
 * <p>A schema describes the structure of a line: property names, required properties, no other
 * properties, JSON types, codes and identifier patterns. Business rules ({@code BSN-001}, …) and
 * the invariants between attributes are checked by the reader, not by the schema (see
 * {@code docs/dataset-format.md}). Stateless and thread-safe.
 */
public final class CjgSchemas {
  /** The name of the schema of any record line after the header. */
  public static final String RECORD = "record";

  /** The ending of a schema's file name: {@code casus.schema.json}. */
  static final String SUFFIX = ".schema.json";

  private static final String LOCATION = "/nl/cjg/json/schema/";

  private CjgSchemas() {}

  /**
   * The names of the schemas: {@value RecordTypes#HEADER} (the header), {@value #RECORD} (any
   * record line), then the record types of {@link RecordTypes#standard()} in their order.
   *
   * @return the names, unmodifiable
   */
  public static Set<String> names() {
    Set<String> names = new LinkedHashSet<>();
    names.add(RecordTypes.HEADER);
    names.add(RECORD);
    names.addAll(RecordTypes.standard().names());
    return Collections.unmodifiableSet(names);
  }

  /**
   * The schema of a name, as JSON text (UTF-8, pretty-printed, ending with a line end).
   *
   * @param name one of {@link #names()}, for example {@code "casus"}
   * @return the schema
   * @throws IllegalArgumentException when there is no schema of that name
   * @throws IllegalStateException when the jar lacks the schema (it was built without its generator)
   */
  public static String schema(String name) {
    Objects.requireNonNull(name, "name");
    if (!names().contains(name)) {
      throw new IllegalArgumentException("no schema named " + name + "; the schemas are " + String.join(", ", names()));
    }
    try (InputStream in = CjgSchemas.class.getResourceAsStream(LOCATION + name + SUFFIX)) {
      if (in == null) {
        throw new IllegalStateException("the schema " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
