package nl.cjg.examples.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import nl.cjg.json.CjgJsonReader;
import nl.cjg.json.DatasetRecords;

/** Opens a command's input: a file, or standard input for {@code -}. */
final class Inputs {
  /** The name that stands for standard input. */
  static final String STDIN = "-";

  private Inputs() {}

  /**
   * Opens the input as a dataset whose header is valid.
   *
   * @throws CliException when the input cannot be read or does not start with a valid dataset header
   */
  static DatasetRecords openDataset(String name, Terminal terminal) {
    DatasetRecords records = CjgJsonReader.create().readDataset(open(name, terminal));
    if (!records.header().isValid()) {
      records.close();
      throw new CliException(name + ": not a dataset (" + String.join(", ", records.header().codes())
          + " in its header); check it with 'cjg validate'");
    }
    return records;
  }

  /**
   * Opens the input. Closing the stream of standard input leaves standard input open.
   *
   * @throws CliException when the file does not exist or cannot be read
   */
  static InputStream open(String name, Terminal terminal) {
    if (STDIN.equals(name)) {
      return new FilterInputStream(terminal.in()) {
        @Override
        public void close() {
          // standard input belongs to the caller
        }
      };
    }
    Path path = Path.of(name);
    try {
      if (Files.isDirectory(path)) {
        throw new CliException(name + ": is a directory, not a file");
      }
      return Files.newInputStream(path);
    } catch (NoSuchFileException e) {
      throw new CliException(name + ": no such file", e);
    } catch (AccessDeniedException e) {
      throw new CliException(name + ": not allowed to read", e);
    } catch (IOException e) {
      throw new CliException(name + ": cannot be read", e);
    }
  }

  /**
   * Reads the whole input, refusing more than {@code limit} bytes.
   *
   * @throws CliException when the input cannot be read or is larger than the limit
   */
  static byte[] readAll(String name, Terminal terminal, int limit) {
    try (InputStream in = open(name, terminal)) {
      byte[] bytes = in.readNBytes(limit + 1);
      if (bytes.length > limit) {
        throw new CliException(name + ": larger than " + limit + " bytes");
      }
      return bytes;
    } catch (IOException e) {
      throw new CliException(name + ": cannot be read", e);
    }
  }
}
