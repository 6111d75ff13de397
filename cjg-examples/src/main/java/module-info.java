/**
 * The examples of the CJG library: the Bergen reference dataset, the {@code cjg} command line, the
 * HTML report with its charts, and small programs that show how to embed the library.
 */
@SuppressWarnings("requires-automatic") // Batik's jars are automatic modules; Immutables only at compile time
module nl.cjg.examples {
  requires static org.immutables.value.annotations;
  requires nl.cjg.core;
  requires nl.cjg.json;
  requires nl.cjg.fhir;
  requires info.picocli;
  requires me.tongfei.progressbar;
  requires org.jfree.jfreechart;
  requires org.apache.xmlgraphics.batik.svggen;
  requires org.apache.xmlgraphics.batik.util;
  requires java.desktop;
  requires java.xml;
  requires java.logging;

  exports nl.cjg.examples.cli;
  exports nl.cjg.examples.demo;
  exports nl.cjg.examples.embedding;
  exports nl.cjg.examples.referentie;
  exports nl.cjg.examples.report;

  opens nl.cjg.examples.cli to info.picocli;
}
