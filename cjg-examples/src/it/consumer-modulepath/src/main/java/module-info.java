/** A municipal intake system, an application that embeds the CJG library as modules. */
module org.example.intake {
  requires nl.cjg.core;
  requires nl.cjg.json;
}
