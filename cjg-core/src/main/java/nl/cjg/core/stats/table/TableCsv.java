package nl.cjg.core.stats.table;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The CSV form of a {@link PublishedTable}, read and written.
 *
 * <p>Reading: UTF-8 (a UTF-8 byte order mark is skipped; UTF-16 and malformed bytes are refused);
 * the delimiter is {@code ;} or {@code ,}, whichever occurs more often in the header line ({@code ;}
 * on a tie); the first line holds the headers and the first column the row labels; a field may be
 * quoted with {@code "} (a quote inside written twice) but may not span lines. Cells are numbers
 * by {@link TableConventions#parseNumber}, empty, or {@value TableConventions#SUPPRESSED_MARK}
 * (suppressed). Blank lines at the end are ignored; any other line must have as many fields as the
 * header. Limits: at most {@value #MAX_BYTES} bytes (or characters, for text), {@value #MAX_ROWS}
 * rows under the header, {@value #MAX_COLUMNS} columns and {@value #MAX_LINE_LENGTH} characters a
 * line.
 *
 * <p>Every problem is a {@link TableFormatException} naming the line and column. Writing uses
 * {@code ;}, a decimal comma, no thousands separators and {@code x} for suppressed cells, so what
 * is written reads back to an equal table. This class is stateless and thread-safe.
 */
public final class TableCsv {
  /** The largest input read, in bytes (or characters, for text): 1 MiB. */
  public static final int MAX_BYTES = 1_048_576;

  /** The most rows read under the header. */
  public static final int MAX_ROWS = 10_000;

  /** The most columns read, the label column included. */
  public static final int MAX_COLUMNS = 200;

  /** The longest line read, in characters, without its line end. */
  public static final int MAX_LINE_LENGTH = 10_000;

  private static final char QUOTE = '"';

  private TableCsv() {}

  /**
   * Reads a table from the bytes of a UTF-8 CSV file.
   *
   * @param content the file's bytes
   * @return the table
   * @throws TableFormatException when the input is too large, not UTF-8, empty, or not a table
   */
  public static PublishedTable read(byte[] content) {
    if (content.length > MAX_BYTES) {
      throw new TableFormatException(0, 0, "the input is larger than " + MAX_BYTES + " bytes");
    }
    if (content.length >= 2
        && ((content[0] == (byte) 0xFE && content[1] == (byte) 0xFF)
            || (content[0] == (byte) 0xFF && content[1] == (byte) 0xFE))) {
      throw new TableFormatException(1, 0, "the input is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8");
    }
    return parse(decode(content));
  }

  /**
   * Reads a table from CSV text.
   *
   * @param text the CSV text; a leading byte order mark is skipped
   * @return the table
   * @throws TableFormatException when the text is too large, empty, or not a table
   */
  public static PublishedTable read(String text) {
    if (text.length() > MAX_BYTES) {
      throw new TableFormatException(0, 0, "the input is longer than " + MAX_BYTES + " characters");
    }
    return parse(text);
  }

  /**
   * Writes a table as CSV: {@code ;}-delimited, decimal comma, {@code x} for a suppressed cell,
   * one line per row ending in a newline.
   *
   * @param table the table
   * @return the CSV text
   */
  public static String write(PublishedTable table) {
    StringBuilder out = new StringBuilder();
    List<String> headers = table.headers();
    for (int i = 0; i < headers.size(); i++) {
      out.append(i == 0 ? "" : ";").append(text(headers.get(i)));
    }
    out.append('\n');
    for (TableRow row : table.rows()) {
      out.append(text(row.label()));
      for (Cell cell : row.cells()) {
        out.append(';').append(cell(cell));
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String cell(Cell cell) {
    switch (cell.kind()) {
      case VALUE:
        return cell.value().orElseThrow().toPlainString().replace('.', ',');
      case SUPPRESSED:
        return TableConventions.SUPPRESSED_MARK;
      default:
        return "";
    }
  }

  /**
   * A header or label, quoted when it holds a delimiter or a quote, has blanks around it, or starts
   * with a byte order mark (which reading drops at the start of a file).
   */
  private static String text(String text) {
    boolean quote =
        text.startsWith("\uFEFF")
            || text.indexOf(';') >= 0
            || text.indexOf(',') >= 0
            || text.indexOf(QUOTE) >= 0
            || !text.equals(text.strip());
    return quote ? QUOTE + text.replace("\"", "\"\"") + QUOTE : text;
  }

  /** The text of UTF-8 bytes; a byte order mark is kept, for {@link #parse} drops it. */
  private static String decode(byte[] content) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content);
    CharBuffer out = CharBuffer.allocate(content.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        if (content[i] == '\n') {
          line++;
        }
      }
      throw new TableFormatException(line, 0, "the input is not valid UTF-8");
    }
    return out.flip().toString();
  }

  private static PublishedTable parse(String input) {
    String text = input.startsWith("\uFEFF") ? input.substring(1) : input;
    List<String> lines = lines(text);
    if (lines.isEmpty()) {
      throw new TableFormatException(1, 0, "the input is empty");
    }
    if (lines.size() - 1 > MAX_ROWS) {
      throw new TableFormatException(MAX_ROWS + 2, 0, "a table may have at most " + MAX_ROWS + " rows");
    }
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).length() > MAX_LINE_LENGTH) {
        throw new TableFormatException(i + 1, 0, "a line may have at most " + MAX_LINE_LENGTH + " characters");
      }
    }
    char delimiter = delimiter(lines.get(0));
    List<String> headers = new ArrayList<>();
    for (String header : fields(lines.get(0), delimiter, 1)) {
      headers.add(header.strip());
    }
    if (headers.size() > MAX_COLUMNS) {
      throw new TableFormatException(1, 0, "a table may have at most " + MAX_COLUMNS + " columns");
    }
    if (lines.size() == 1) {
      throw new TableFormatException(2, 0, "the table has no rows under the header");
    }
    List<TableRow> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      int line = i + 1;
      List<String> fields = fields(lines.get(i), delimiter, line);
      if (fields.size() != headers.size()) {
        throw new TableFormatException(
            line, 0, "the row has " + fields.size() + " fields where the header has " + headers.size());
      }
      List<Cell> cells = new ArrayList<>();
      for (int column = 1; column < fields.size(); column++) {
        cells.add(cell(fields.get(column), headers.get(column), line, column + 1));
      }
      rows.add(TableRow.of(fields.get(0).strip(), cells));
    }
    return PublishedTable.of(headers, rows);
  }

  private static Cell cell(String field, String header, int line, int column) {
    String text = field.strip();
    if (text.isEmpty()) {
      return Cell.empty();
    }
    if (text.equalsIgnoreCase(TableConventions.SUPPRESSED_MARK)) {
      return Cell.suppressed();
    }
    boolean percentage = TableConventions.isPercentageColumn(header);
    BigDecimal value =
        TableConventions.parseNumber(text, !percentage)
            .orElseThrow(
                () ->
                    new TableFormatException(
                        line,
                        column,
                        "not a number in the " + (percentage ? "percentage" : "count") + " column '" + header + "'"));
    return Cell.of(value);
  }

  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    lines.add(text.substring(start));
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  private static char delimiter(String header) {
    int semicolons = 0;
    int commas = 0;
    boolean quoted = false;
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (c == QUOTE) {
        quoted = !quoted;
      } else if (!quoted && c == ';') {
        semicolons++;
      } else if (!quoted && c == ',') {
        commas++;
      }
    }
    if (semicolons == 0 && commas == 0) {
      throw new TableFormatException(
          1, 0, "no delimiter (';' or ',') in the header: a table needs a label column and at least one data column");
    }
    return semicolons >= commas ? ';' : ',';
  }

  private static List<String> fields(String line, char delimiter, int lineNumber) {
    List<String> fields = new ArrayList<>();
    int position = 0;
    int column = 1;
    while (true) {
      int next = position;
      while (next < line.length() && isBlank(line.charAt(next))) {
        next++;
      }
      if (next < line.length() && line.charAt(next) == QUOTE) {
        StringBuilder field = new StringBuilder();
        next++;
        while (true) {
          if (next >= line.length()) {
            throw new TableFormatException(lineNumber, column, "a quoted field is not closed on its line");
          }
          char c = line.charAt(next);
          if (c == QUOTE && next + 1 < line.length() && line.charAt(next + 1) == QUOTE) {
            field.append(QUOTE);
            next += 2;
          } else if (c == QUOTE) {
            next++;
            break;
          } else {
            field.append(c);
            next++;
          }
        }
        while (next < line.length() && isBlank(line.charAt(next))) {
          next++;
        }
        if (next < line.length() && line.charAt(next) != delimiter) {
          throw new TableFormatException(lineNumber, column, "text after the closing quote of a field");
        }
        fields.add(field.toString());
      } else {
        int end = line.indexOf(delimiter, position);
        next = end < 0 ? line.length() : end;
        fields.add(line.substring(position, next));
      }
      if (next >= line.length()) {
        return fields;
      }
      position = next + 1;
      column++;
    }
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }
}
