package nl.cjg.core.referentie;

/**
 * Thrown when a reference table cannot be read: a missing or unknown column, a row with too few or
 * too many fields, a number that is not a number, an unknown kern or code, or a value that breaks
 * a structural invariant of the model (its code is then part of the message).
 *
 * <p>It names the {@link #regel() line} (1 is the first line of the text; 0 when the problem
 * concerns the whole table) and what is wrong; the message never repeats the offending text.
 */
public final class ReferentieFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final int regel;

  /**
   * Creates the exception.
   *
   * @param regel the line, 1 for the first line of the text; 0 for the whole table
   * @param probleem what is wrong, without the offending text
   */
  public ReferentieFormatException(int regel, String probleem) {
    super(regel == 0 ? probleem : "line " + regel + ": " + probleem);
    this.regel = regel;
  }

  /** The line, 1 for the first line of the text; 0 when the problem concerns the whole table. */
  public int regel() {
    return regel;
  }
}
