package nl.cjg.json;

import org.immutables.value.Value;
import nl.cjg.core.CjgStyle;

/** A test value type with a rule that throws on years after 9999 (see {@link Werpt}). */
@CjgStyle
@Value.Immutable
public abstract class Werkjaar {
  Werkjaar() {}

  @Werpt
  public abstract int jaar();

  public static ImmutableWerkjaar.Builder builder() {
    return ImmutableWerkjaar.builder();
  }
}
