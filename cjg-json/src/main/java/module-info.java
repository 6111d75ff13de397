/**
 * The strict, streaming JSON wire format of the CJG model: a Jackson module and a hardened mapper,
 * a reader that reports problems instead of throwing, a writer, JSON Lines and large arrays record
 * by record, and the dataset format. All mapping lives here; {@code nl.cjg.core} knows no JSON.
 */
@SuppressWarnings("requires-automatic") // Immutables' annotations are needed at compile time only
module nl.cjg.json {
  requires static org.immutables.value.annotations;
  requires transitive nl.cjg.core;
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;

  exports nl.cjg.json;

  provides com.fasterxml.jackson.databind.Module with nl.cjg.json.CjgModule;
}
