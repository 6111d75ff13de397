package nl.cjg.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import nl.cjg.core.stats.table.Cell;
import nl.cjg.core.stats.table.PublishedTable;
import nl.cjg.core.stats.table.TableConventions;
import nl.cjg.core.stats.table.TableCsv;
import nl.cjg.core.stats.table.TableRow;
import nl.cjg.examples.demo.NamedTable;

/** Writes published tables as aligned text, as CSV blocks with titles (the audit format) or as JSON. */
final class Tables {
  /** What starts the title line of a CSV block. */
  static final String TITLE_MARK = "# ";

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private Tables() {}

  static String text(List<NamedTable> tables) {
    StringBuilder out = new StringBuilder();
    for (NamedTable named : tables) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(named.titel()).append('\n');
      List<List<String>> lines = new ArrayList<>();
      lines.add(named.tabel().headers());
      for (TableRow row : named.tabel().rows()) {
        List<String> line = new ArrayList<>();
        line.add(row.label());
        row.cells().forEach(cell -> line.add(text(cell)));
        lines.add(line);
      }
      int[] widths = new int[named.tabel().headers().size()];
      for (List<String> line : lines) {
        for (int i = 0; i < line.size(); i++) {
          widths[i] = Math.max(widths[i], line.get(i).length());
        }
      }
      for (List<String> line : lines) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < line.size(); i++) {
          String cell = line.get(i);
          text.append(i == 0 ? cell + " ".repeat(widths[i] - cell.length()) : "  " + " ".repeat(widths[i] - cell.length()) + cell);
        }
        out.append(text.toString().stripTrailing()).append('\n');
      }
    }
    return out.toString();
  }

  /**
   * The tables as CSV blocks, one empty line apart. A block is a title line, {@value #TITLE_MARK}
   * and the title (one field, quoted when it holds {@code ;} or {@code "}), then the table in the
   * audit format of {@link TableCsv}: without its title line, a block is what {@code cjg audit}
   * reads.
   */
  static String csv(List<NamedTable> tables) {
    StringBuilder out = new StringBuilder();
    for (NamedTable named : tables) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(titleLine(named.titel())).append('\n').append(TableCsv.write(named.tabel()));
    }
    return out.toString();
  }

  private static String titleLine(String title) {
    String field = TITLE_MARK + title.replace('\n', ' ').replace('\r', ' ');
    return field.contains(";") || field.contains("\"") ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }

  static String json(List<NamedTable> tables) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(text)) {
      json.writeStartArray();
      for (NamedTable named : tables) {
        PublishedTable table = named.tabel();
        json.writeStartObject();
        json.writeStringField("titel", named.titel());
        json.writeArrayFieldStart("headers");
        for (String header : table.headers()) {
          json.writeString(header);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("rows");
        for (TableRow row : table.rows()) {
          json.writeStartObject();
          json.writeStringField("label", row.label());
          json.writeArrayFieldStart("cells");
          for (Cell cell : row.cells()) {
            if (cell.isSuppressed()) {
              json.writeString(TableConventions.SUPPRESSED_MARK);
            } else if (cell.value().isPresent()) {
              json.writeNumber(cell.value().get());
            } else {
              json.writeNull();
            }
          }
          json.writeEndArray();
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static String text(Cell cell) {
    if (cell.isSuppressed()) {
      return TableConventions.SUPPRESSED_MARK;
    }
    return cell.value().map(v -> v.toPlainString()).orElse("");
  }
}
