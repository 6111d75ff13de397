package nl.cjg.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.cjg.core.id.Bsn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library prints nothing by itself: a fresh JVM that builds validators and validates writes
 * nothing to standard output or standard error, Hibernate Validator's version line included. The
 * JVM gets the class path of an application without a logging backend: the library, its runtime
 * dependencies and this test, nothing of the test tools (some bring a logging backend of their own).
 */
class QuietStartTest {
  private static final String[] RUNTIME_CLASSES = {
    "jakarta.validation.Validation",
    "org.hibernate.validator.HibernateValidator",
    "org.jboss.logging.Logger",
    "com.fasterxml.classmate.TypeResolver"
  };

  @Test
  void aFreshJvmValidatingPrintsNothing() throws Exception {
    Run run = run();
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.out(), "standard output");
    assertEquals("", run.err(), "standard error");
  }

  @Test
  void anApplicationThatConfiguresTheLoggerGetsTheVersionLine(@TempDir Path directory) throws Exception {
    Path configuration = directory.resolve("logging.properties");
    Files.writeString(
        configuration,
        "handlers=java.util.logging.ConsoleHandler\n"
            + "java.util.logging.ConsoleHandler.level=INFO\n"
            + "org.hibernate.validator.internal.util.Version.level=INFO\n");
    Run run = run("-Djava.util.logging.config.file=" + configuration);
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("HV000001"), run.err());
  }

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... jvmOptions) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(jvmOptions));
    command.addAll(List.of("-cp", runtimeClassPath(), Validating.class.getName()));
    Process process = new ProcessBuilder(command).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(process.waitFor(), out, err);
  }

  private static String runtimeClassPath() throws ReflectiveOperationException, URISyntaxException {
    List<String> entries = new ArrayList<>();
    entries.add(location(CjgValidator.class));
    entries.add(location(QuietStartTest.class));
    for (String name : RUNTIME_CLASSES) {
      entries.add(location(Class.forName(name)));
    }
    return String.join(File.pathSeparator, entries);
  }

  private static String location(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  /** Builds validators in both languages and validates a valid and an invalid value. */
  static final class Validating {
    private Validating() {}

    public static void main(String[] args) {
      for (CjgValidator validator : new CjgValidator[] {CjgValidator.create(), CjgValidator.create(java.util.Locale.ENGLISH)}) {
        if (validator.validate(new Holder(Bsn.parse("111222333"))).violations().size() != 0
            || validator.validate(new Holder(Bsn.parse("123456789"))).violations().size() != 1) {
          System.exit(3);
        }
      }
    }
  }

  static final class Holder {
    private final Bsn bsn;

    Holder(Bsn bsn) {
      this.bsn = bsn;
    }

    public Optional<@ElfproefGeldig Bsn> bsn() {
      return Optional.of(bsn);
    }
  }
}
