package nl.cjg.examples.cli;

/** The output formats of the commands that offer a choice. */
public enum Format {
  /** Lines for people. */
  text,
  /** JSON for programs. */
  json,
  /** CSV (semicolon-separated, as the source tables) for spreadsheets. */
  csv
}
