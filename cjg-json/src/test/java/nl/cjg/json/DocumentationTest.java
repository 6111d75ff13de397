package nl.cjg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The problem codes, their messages and the documents name the same codes; the examples read. */
class DocumentationTest {
  private static final Path DOCS = Path.of("..", "docs");

  private static Set<String> tableCodes(String markdown) {
    Set<String> codes = new TreeSet<>();
    Matcher matcher = Pattern.compile("(?m)^\\| `((?:JSON|DATASET|READLIMITS)-[A-Z0-9-]+)` \\|").matcher(markdown);
    while (matcher.find()) {
      codes.add(matcher.group(1));
    }
    return codes;
  }

  private static Properties messages(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = ProblemMessages.class.getResourceAsStream(resource)) {
      properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void everyCodeIsDocumentedAndEveryDocumentedCodeExists() throws IOException {
    Set<String> expected = new TreeSet<>();
    Arrays.stream(ProblemCode.values()).map(ProblemCode::code).forEach(expected::add);
    expected.add(ReadLimits.POSITIVE_CODE);
    expected.add(ReadLimits.DEPTH_CODE);
    expected.add(DatasetHeader.VERSION_CODE);
    assertEquals(expected, tableCodes(Files.readString(DOCS.resolve("json-problems.md"))));
  }

  @Test
  void everyCodeHasAMessageInBothLanguages() throws IOException {
    Properties dutch = messages("messages.properties");
    Properties english = messages("messages_en.properties");
    assertEquals(dutch.stringPropertyNames(), english.stringPropertyNames());
    for (ProblemCode code : ProblemCode.values()) {
      assertTrue(dutch.containsKey(code.code()), code.code());
    }
    for (ValueKind kind : ValueKind.values()) {
      assertTrue(dutch.containsKey("kind." + kind.key()), kind.key());
    }
  }

  @Test
  void theDatasetExampleReads() throws IOException {
    String markdown = Files.readString(DOCS.resolve("dataset-format.md"));
    int example = markdown.indexOf("### Example");
    int start = markdown.indexOf("```json\n", example) + "```json\n".length();
    String dataset = markdown.substring(start, markdown.indexOf("```", start));
    List<RecordResult<Object>> records = new ArrayList<>();
    try (DatasetRecords in = CjgJsonReader.create().readDataset(new ByteArrayInputStream(dataset.getBytes(StandardCharsets.UTF_8)))) {
      assertTrue(in.header().isValid(), in.header().toString());
      in.forEachRemaining(records::add);
    }
    assertEquals(2, records.size());
    assertTrue(records.stream().allMatch(RecordResult::isValid), records::toString);
  }

  @Test
  void theStandardRecordTypesAreDocumented() throws IOException {
    String markdown = Files.readString(DOCS.resolve("dataset-format.md"));
    for (String name : RecordTypes.standard().names()) {
      Class<?> type = RecordTypes.standard().type(name).orElseThrow();
      assertTrue(markdown.contains("| `" + name + "` | `" + type.getSimpleName() + "` | `" + type.getPackageName() + "` |"), name);
    }
  }
}
