package nl.cjg.examples.report;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Renders an HTML file in headless Chromium, isolated (fresh profile, no network, no sync), and
 * reports what it saw: a screenshot, the DOM after rendering, and the console messages. Tests that
 * use it are skipped only when no Chromium binary exists.
 */
final class HeadlessChromium {
  private static final List<String> BINARIES =
      List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable");
  private static final long TIMEOUT_SECONDS = 30;

  private final Path binary;
  private final Path workDir;

  private HeadlessChromium(Path binary, Path workDir) {
    this.binary = binary;
    this.workDir = workDir;
  }

  /** Chromium, or the test is skipped with a clear message when there is none. */
  static HeadlessChromium orSkip(Path workDir) {
    Optional<Path> binary = BINARIES.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    assumeTrue(binary.isPresent(), "no Chromium binary (looked for " + BINARIES + "): install Debian's chromium to run this test");
    return new HeadlessChromium(binary.orElseThrow(), workDir);
  }

  /** What Chromium saw of a page. */
  record Rendering(BufferedImage screenshot, String dom, List<String> console) {}

  Rendering render(Path html) throws IOException, InterruptedException {
    Path screenshot = workDir.resolve("screenshot.png");
    Output shot = run("shot", "--screenshot=" + screenshot, "--window-size=1280,2000", html.toUri().toString());
    Output dom = run("dom", "--dump-dom", html.toUri().toString());
    List<String> console = new ArrayList<>();
    Stream.concat(shot.err().lines(), dom.err().lines()).filter(line -> line.contains(":CONSOLE")).forEach(console::add);
    BufferedImage image = ImageIO.read(screenshot.toFile());
    return new Rendering(image, dom.out(), console);
  }

  /**
   * What the layout check found in a page rendered at a width: one line per problem (none when the
   * layout is right) and the height of the page.
   */
  record Layout(List<String> problems, int pageHeight) {}

  private static final Pattern CHECK =
      Pattern.compile("<pre id=\"layout-check\" data-page-height=\"(\\d+)\">(.*?)</pre>", Pattern.DOTALL);

  /**
   * Renders a copy of the page with the layout check ({@code layout-check.js}) in a window of this
   * width and reads the check's findings from the DOM.
   */
  Layout checkLayout(Path html, int width) throws IOException, InterruptedException {
    String script;
    try (InputStream in = HeadlessChromium.class.getResourceAsStream("layout-check.js")) {
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String page = Files.readString(html, StandardCharsets.UTF_8);
    Path checked = Files.writeString(workDir.resolve("checked-" + width + "-" + html.getFileName()),
        page.replace("</body>", "<script>" + script + "</script>\n</body>"), StandardCharsets.UTF_8);
    Output dom = run("check-" + width, "--window-size=" + width + ",2000", "--dump-dom", checked.toUri().toString());
    Matcher matcher = CHECK.matcher(dom.out());
    if (!matcher.find()) {
      throw new IllegalStateException("the layout check did not run: " + dom.err().lines().limit(5).toList());
    }
    String found = matcher.group(2).replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    List<String> problems = found.equals("ok") ? List.of() : found.lines().toList();
    return new Layout(problems, Integer.parseInt(matcher.group(1)));
  }

  /** A screenshot of the whole page at this width, written as PNG to {@code png}. */
  void screenshot(Path html, int width, Path png) throws IOException, InterruptedException {
    int height = checkLayout(html, width).pageHeight();
    run("screenshot-" + width, "--hide-scrollbars", "--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
        html.toUri().toString());
    if (!Files.isRegularFile(png)) {
      throw new IllegalStateException("Chromium wrote no screenshot " + png);
    }
  }

  /** The page printed to PDF as Chromium prints it (its print styles applied), without header and footer. */
  byte[] printToPdf(Path html) throws IOException, InterruptedException {
    Path pdf = workDir.resolve("print.pdf");
    run("print", "--no-pdf-header-footer", "--print-to-pdf=" + pdf.toAbsolutePath(), html.toUri().toString());
    return Files.readAllBytes(pdf);
  }

  private record Output(String out, String err) {}

  private Output run(String name, String... args) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(workDir, "profile-");
    Path out = workDir.resolve(name + ".out");
    Path err = workDir.resolve(name + ".err");
    List<String> command = new ArrayList<>();
    command.add(binary.toString());
    command.addAll(
        List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
            "--disable-extensions",
            "--user-data-dir=" + profile,
            "--enable-logging=stderr",
            "--v=0"));
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("Chromium did not finish within " + TIMEOUT_SECONDS + " s");
    }
    return new Output(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  /** The standard deviation of the screenshot's grey values: near 0 for a blank page. */
  static double greyDeviation(BufferedImage image) {
    double sum = 0;
    double squares = 0;
    long n = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y);
        double grey = 0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff);
        sum += grey;
        squares += grey * grey;
        n++;
      }
    }
    double mean = sum / n;
    return Math.sqrt(Math.max(0, squares / n - mean * mean));
  }

  /** How many screenshot pixels are clearly coloured (not grey): the bars of the charts. */
  static long colouredPixels(BufferedImage image) {
    long coloured = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60) {
          coloured++;
        }
      }
    }
    return coloured;
  }
}
