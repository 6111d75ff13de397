package nl.cjg.examples.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Java code blocks of a Markdown page, with what the page says around them for the snippet
 * test: an HTML comment {@code <!-- snippet given: STATEMENTS -->} on the line before a block
 * declares the values the block uses (invisible on the rendered page), and a block
 * {@code ```text} after the comment {@code <!-- snippet output -->} right below a Java block is
 * what the block prints.
 */
final class MarkdownSnippets {
  private static final String GIVEN = "<!-- snippet given:";
  private static final String OUTPUT = "<!-- snippet output -->";

  private MarkdownSnippets() {}

  /** One Java block of a page. */
  record Snippet(Path page, int line, String given, String code, Optional<String> expectedOutput) {
    /**
     * Whether the block is a whole compilation unit rather than statements: its first line that is
     * not blank, a comment, a package or an import declares a type.
     */
    boolean isCompilationUnit() {
      return code.lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("//") && !l.startsWith("import ") && !l.startsWith("package ")
              && !l.startsWith("/*") && !l.startsWith("*"))
          .findFirst()
          .filter(l -> l.matches("^(@\\w+ )*(public |final |abstract )*(class|record|interface|enum) .*"))
          .isPresent();
    }

    String where() {
      return page.getFileName() + ":" + line;
    }
  }

  static List<Snippet> of(Path page) throws IOException {
    List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
    List<Snippet> snippets = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).strip().equals("```java")) {
        continue;
      }
      String given = i > 0 && lines.get(i - 1).strip().startsWith(GIVEN) ? given(lines.get(i - 1), page, i) : "";
      int start = i + 1;
      int end = closing(lines, start, page);
      String code = String.join("\n", lines.subList(start, end)) + "\n";
      Optional<String> output = Optional.empty();
      int next = skipBlank(lines, end + 1);
      if (next < lines.size() && lines.get(next).strip().equals(OUTPUT)) {
        int text = skipBlank(lines, next + 1);
        if (text >= lines.size() || !lines.get(text).strip().equals("```text")) {
          throw new IllegalStateException(page + ":" + (next + 1) + ": an output marker must be followed by a ```text block");
        }
        int textEnd = closing(lines, text + 1, page);
        output = Optional.of(String.join("\n", lines.subList(text + 1, textEnd)) + "\n");
      }
      snippets.add(new Snippet(page, start, given, code, output));
      i = end;
    }
    return snippets;
  }

  private static String given(String line, Path page, int index) {
    if (!line.strip().endsWith("-->")) {
      throw new IllegalStateException(page + ":" + index + ": a snippet's given values fit on one line, ending in -->");
    }
    return line.strip().substring(GIVEN.length(), line.strip().length() - 3).strip();
  }

  private static int closing(List<String> lines, int from, Path page) {
    for (int i = from; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("```")) {
        return i;
      }
    }
    throw new IllegalStateException(page + ":" + from + ": a code block is not closed");
  }

  private static int skipBlank(List<String> lines, int from) {
    int i = from;
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    return i;
  }
}
