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
import nl.cjg.json.RecordTypes;

/** Opens a command's input: a file, or standard input for {@code -}. */
final class Inputs {
  /** The name that stands for standard input. */
  static final String STDIN = "-";

  private Inputs() {}

  /**
   * Opens the input as a dataset whose header is valid, read with the run's reader (messages in
   * its language): every record rule and the dataset rules.
   *
   * @throws CliException when the input cannot be read or does not start with a valid dataset header
   */
  static DatasetRecords openDataset(String name, Cjg cjg) {
    return openDataset(name, cjg, cjg.reader());
  }

  /** Opens a dataset as {@link #openDataset(String, Cjg)} does, read by {@code reader}. */
  static DatasetRecords openDataset(String name, Cjg cjg, CjgJsonReader reader) {
    DatasetRecords records = reader.readDataset(open(name, cjg.terminal()));
    if (!records.header().isValid()) {
      records.close();
      throw CliException.of("error.notDataset", name, String.join(", ", records.header().codes()));
    }
    return records;
  }

  /**
   * {@link #openDataset(String, Cjg)}, its records decoded and checked on {@code threads} threads
   * ahead of the command: the same records, in the same order, as on one thread.
   */
  static DatasetRecords openDataset(String name, Cjg cjg, int threads) {
    return openDataset(name, cjg, cjg.reader(threads));
  }

  /**
   * Reads a dataset from an open input with the run's reader, on {@code threads} threads; the header
   * may be bad (then there are no records).
   */
  static DatasetRecords dataset(InputStream in, Cjg cjg, RecordTypes types, int threads) {
    return cjg.reader(threads).readDataset(in, types);
  }

  /**
   * Opens the input. Closing the stream of standard input leaves standard input open. A large file
   * read on a terminal shows its progress (see {@link Progress}).
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
        throw CliException.of("error.directory", name);
      }
      return Progress.reading(terminal, name, Files.size(path), Files.newInputStream(path));
    } catch (NoSuchFileException e) {
      throw CliException.of(e, "error.noSuchFile", name);
    } catch (AccessDeniedException e) {
      throw CliException.of(e, "error.notAllowed", name);
    } catch (IOException e) {
      throw CliException.of(e, "error.unreadable", name);
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
        throw CliException.of("error.tooLarge", name, limit);
      }
      return bytes;
    } catch (IOException e) {
      throw CliException.of(e, "error.unreadable", name);
    }
  }
}
