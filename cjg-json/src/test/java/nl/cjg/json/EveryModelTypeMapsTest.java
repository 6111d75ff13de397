package nl.cjg.json;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import nl.cjg.core.InvalidValueException;

/**
 * Every value type of the model (each generated {@code Immutable*} class of {@code nl.cjg.core})
 * has a JSON mapping, so that no type can land in the model without one, and its mapping refuses
 * class-name typing. Generic result types of the statistics ({@code Distribution<K>}) are refused
 * as a programming error: their type arguments are unknown at run time.
 */
class EveryModelTypeMapsTest {
  @TestFactory
  Stream<DynamicTest> everyValueTypeMaps() throws IOException, URISyntaxException {
    Path location = Path.of(InvalidValueException.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names;
    try (FileSystem jar = Files.isDirectory(location) ? null : FileSystems.newFileSystem(location);
        Stream<Path> files = Files.walk(jar == null ? location : jar.getPath("/"))) {
      Path root = jar == null ? location : jar.getPath("/");
      names =
          files.map(file -> root.relativize(file).toString().replace('/', '.'))
              .filter(name -> name.matches(".*\\.Immutable[A-Za-z]+\\.class"))
              .map(name -> name.substring(0, name.length() - ".class".length()))
              .sorted()
              .toList();
    }
    assertTrue(names.size() > 20, "the model's classes are found: " + names);
    CjgJsonReader reader = CjgJsonReader.builder().validate(false).build();
    return names.stream()
        .map(
            name ->
                DynamicTest.dynamicTest(
                    name,
                    () -> {
                      Class<?> implementation = Class.forName(name);
                      Class<?> type = implementation.getSuperclass();
                      if (type.getTypeParameters().length > 0) {
                        assertThrows(IllegalArgumentException.class, () -> reader.read("{}", type));
                        return;
                      }
                      assertDoesNotThrow(() -> reader.read("{}", type));
                      assertDoesNotThrow(() -> reader.read("{\"x\":1}", type));
                      assertTrue(reader.read("{\"@class\":1}", type).codes().contains("JSON-UNKNOWN-PROPERTY"));
                    }));
  }
}
