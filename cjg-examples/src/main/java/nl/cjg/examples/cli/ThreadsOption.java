package nl.cjg.examples.cli;

import picocli.CommandLine.Option;

/**
 * The option {@code --threads N} of the commands that read a dataset: how many threads a run may
 * use to read, check and process its records; by default as many as the machine has processors.
 * The output is the same for every number.
 */
final class ThreadsOption {
  @Option(names = "--threads", paramLabel = "N", descriptionKey = "threads")
  private int threads = Runtime.getRuntime().availableProcessors();

  /**
   * The number of threads.
   *
   * @throws CliException when it is less than 1
   */
  int threads() {
    if (threads < 1) {
      throw CliException.of("usage.threads");
    }
    return threads;
  }
}
