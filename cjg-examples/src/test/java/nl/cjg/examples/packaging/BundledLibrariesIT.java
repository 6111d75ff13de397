package nl.cjg.examples.packaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The executable jar {@code cjg.jar} carries the project's licence and notice, a list of every
 * library it bundles with version and licence, and the text of every licence on that list.
 */
class BundledLibrariesIT {
  private static final Path JAR = Path.of("target", "cjg.jar");
  private static final Pattern LISTED = Pattern.compile("^\\s+\\(([^)]+)\\) .* \\(([^:()\\s]+):([^:()\\s]+):([^ ]+) - .*\\)$");

  @Test
  void carriesTheProjectsLicenceAndNotice() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      assertArrayEquals(Files.readAllBytes(Path.of("..", "LICENSE")), read(jar, "META-INF/LICENSE"));
      String notice = new String(read(jar, "META-INF/NOTICE"), StandardCharsets.UTF_8);
      assertTrue(notice.contains(new String(Files.readAllBytes(Path.of("..", "NOTICE")), StandardCharsets.UTF_8).strip()),
          "the project's notice is part of the merged notice");
    }
  }

  @Test
  void listsEveryBundledLibraryWithALicenceWhoseTextIsInside() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      List<String> lines = new String(read(jar, "META-INF/THIRD-PARTY.txt"), StandardCharsets.UTF_8).lines().toList();
      Set<String> listed = new TreeSet<>();
      Set<String> licences = new TreeSet<>();
      Set<String> mitLibraries = new TreeSet<>();
      for (String line : lines) {
        Matcher matcher = LISTED.matcher(line);
        if (matcher.matches()) {
          licences.add(matcher.group(1));
          listed.add(matcher.group(2) + ":" + matcher.group(3) + ":" + matcher.group(4));
          if (matcher.group(1).equals("MIT")) {
            mitLibraries.add(matcher.group(2) + ":" + matcher.group(3));
          }
        }
      }
      List<String> bundled = bundledArtifacts(jar);
      assertFalse(bundled.isEmpty());
      for (String artifact : bundled) {
        assertTrue(listed.contains(artifact), artifact + " is bundled but not listed");
      }
      for (String licence : licences) {
        String entry = licence.equals("EUPL-1.2") ? "META-INF/LICENSE" : "META-INF/licenses/" + licence.replace("-or-later", "") + ".txt";
        assertNotNull(jar.getEntry(entry), "the text of " + licence + " is bundled as " + entry);
      }
      String mit = new String(read(jar, "META-INF/licenses/MIT.txt"), StandardCharsets.UTF_8);
      for (String library : mitLibraries) {
        assertTrue(mit.contains("(" + library + "): Copyright"), "the MIT text names the copyright of " + library);
      }
      assertEquals(Set.of("Apache-2.0", "BSD-3-Clause", "EUPL-1.2", "LGPL-2.1-or-later", "MIT"), licences);
    }
  }

  /** Every bundled library that describes itself in META-INF/maven, the examples module itself left out. */
  private static List<String> bundledArtifacts(JarFile jar) throws IOException {
    List<String> artifacts = new ArrayList<>();
    for (JarEntry entry : jar.stream().toList()) {
      if (entry.getName().startsWith("META-INF/maven/") && entry.getName().endsWith("/pom.properties")) {
        Properties properties = new Properties();
        try (InputStream in = jar.getInputStream(entry)) {
          properties.load(in);
        }
        String artifact = properties.getProperty("groupId") + ":" + properties.getProperty("artifactId") + ":" + properties.getProperty("version");
        if (!artifact.startsWith("nl.cjg:cjg-examples:")) {
          artifacts.add(artifact);
        }
      }
    }
    return artifacts;
  }

  private static byte[] read(JarFile jar, String name) throws IOException {
    JarEntry entry = jar.getJarEntry(name);
    assertNotNull(entry, name + " is in cjg.jar");
    try (InputStream in = jar.getInputStream(entry)) {
      return in.readAllBytes();
    }
  }
}
