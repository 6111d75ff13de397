package nl.cjg.examples.report;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.util.SVGConstants;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Draws a JFreeChart into Apache Batik's SVG generator and returns the SVG as an element for inline
 * use in HTML: without XML declaration and document type, with ids made unique per chart (so that several
 * charts on one page do not share clip paths) and deterministic (the same chart gives the same
 * text), and with an accessible label.
 */
final class Svg {
  /** The fonts the text was measured with (Java's SansSerif is DejaVu Sans on most Linux systems). */
  private static final String FONT_FAMILY = "'DejaVu Sans', Verdana, Arial, sans-serif";

  private Svg() {}

  static String of(JFreeChart chart, String idPrefix, String label, int width, int height) {
    try {
      org.w3c.dom.Document dom = parser().parse(new InputSource(new StringReader(draw(chart, width, height))));
      Element root = dom.getDocumentElement();
      renameIds(root, idPrefix);
      root.setAttribute("role", "img");
      root.setAttribute("aria-label", label);
      root.setAttribute("class", "chart");
      root.setAttribute("viewBox", "0 0 " + width + " " + height);
      // The chart library leaves out the default font; the page must not put its own in place.
      root.setAttribute("font-family", FONT_FAMILY);
      root.setAttribute("font-size", "14px");
      return serialize(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SAXException | ParserConfigurationException | TransformerException e) {
      throw new IllegalStateException("the chart library wrote SVG that cannot be read back", e);
    }
  }

  /** The chart as SVG text, text kept as text (not outlines), styles as attributes. */
  private static String draw(JFreeChart chart, int width, int height)
      throws IOException, ParserConfigurationException {
    org.w3c.dom.Document document =
        parser().getDOMImplementation().createDocument(SVGConstants.SVG_NAMESPACE_URI, "svg", null);
    SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
    context.setComment(null);
    context.setEmbeddedFontsOn(false);
    SVGGraphics2D graphics = new SVGGraphics2D(context, false);
    graphics.setSVGCanvasSize(new Dimension(width, height));
    chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
    StringWriter svg = new StringWriter();
    graphics.stream(graphics.getRoot(), svg, false, false);
    graphics.dispose();
    return svg.toString();
  }

  private static DocumentBuilder parser() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setExpandEntityReferences(false);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return factory.newDocumentBuilder();
  }

  private static void renameIds(Element root, String prefix) {
    Map<String, String> renamed = new HashMap<>();
    NodeList all = root.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      if (element.hasAttribute("id")) {
        String id = prefix + "-" + renamed.size();
        renamed.put(element.getAttribute("id"), id);
        element.setAttribute("id", id);
      }
    }
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      for (int a = 0; a < element.getAttributes().getLength(); a++) {
        Node attribute = element.getAttributes().item(a);
        String value = attribute.getNodeValue();
        if (value.contains("url(#")) {
          for (Map.Entry<String, String> id : renamed.entrySet()) {
            value = value.replace("url(#" + id.getKey() + ")", "url(#" + id.getValue() + ")");
          }
          attribute.setNodeValue(value);
        }
      }
    }
  }

  private static String serialize(Element root) throws TransformerException {
    TransformerFactory factory = TransformerFactory.newInstance();
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
    Transformer transformer = factory.newTransformer();
    transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
    transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
    StringWriter out = new StringWriter();
    transformer.transform(new DOMSource(root), new StreamResult(out));
    return out.toString();
  }
}
