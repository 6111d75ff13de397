package nl.cjg.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version of {@code cjg}, from the build's bundled {@code version.properties}. */
public final class Version implements IVersionProvider {
  /** Creates the provider (picocli calls it). */
  public Version() {}

  @Override
  public String[] getVersion() {
    return new String[] {"cjg " + number(), "Java ${java.version} (${java.vendor})"};
  }

  /** The project version, e.g. {@code 0.1.0}. */
  public static String number() {
    Properties properties = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("/nl/cjg/examples/version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version", "unknown");
  }
}
