package nl.cjg.examples.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import nl.cjg.examples.docs.MarkdownSnippets.Snippet;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.junit.platform.engine.discovery.DiscoverySelectors;

/**
 * Every Java code block in {@code README.md} and {@code docs/*.md} compiles against the library
 * and runs, and where the page shows what a block prints, it prints exactly that. The blocks are
 * read from the pages themselves, so the documentation cannot drift from the code.
 *
 * <p>A block of statements is compiled as the body of a method, after the statements of its
 * {@code <!-- snippet given: … -->} comment (values from {@link Snippets}), with every exported
 * package of the library and the common JDK packages imported. A block that declares a class is
 * compiled as it stands: a test class is run with the JUnit Platform, any other class through its
 * {@code main} method.
 */
class DocSnippetsTest {
  private static final Path ROOT = Path.of("..");
  private static final List<String> JDK_PACKAGES =
      List.of("java.io", "java.math", "java.nio.file", "java.time", "java.util", "java.util.function", "java.util.stream");
  private static final Pattern EXPORT = Pattern.compile("^\\s*exports\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
  private static final Pattern TYPE_NAME =
      Pattern.compile("^(?:public |final |abstract )*(?:class|record|interface|enum) (\\w+)", Pattern.MULTILINE);
  private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);

  @TestFactory
  Stream<DynamicTest> everySnippetCompilesAndRuns() throws IOException {
    List<Snippet> snippets = new ArrayList<>();
    for (Path page : pages()) {
      snippets.addAll(MarkdownSnippets.of(page));
    }
    assertTrue(snippets.size() >= 20, "the pages hold the library's examples");
    Path sources = Files.createTempDirectory("snippets-src");
    Path classes = Files.createTempDirectory("snippets-classes");
    Map<Snippet, Generated> generated = new LinkedHashMap<>();
    String imports = imports();
    for (int i = 0; i < snippets.size(); i++) {
      generated.put(snippets.get(i), generate(snippets.get(i), i, imports, sources));
    }
    Map<Path, List<String>> errors = compile(List.copyOf(generated.values()), classes);
    URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, DocSnippetsTest.class.getClassLoader());
    return generated.entrySet().stream()
        .map(entry -> DynamicTest.dynamicTest(entry.getKey().where(), () -> {
          List<String> problems = errors.getOrDefault(entry.getValue().file(), List.of());
          if (!problems.isEmpty()) {
            fail(entry.getKey().where() + " does not compile:\n" + String.join("\n", problems));
          }
          run(entry.getKey(), loader.loadClass(entry.getValue().className()));
        }));
  }

  private static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>();
    pages.add(ROOT.resolve("README.md"));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }

  /** Every package a module of the library exports to everyone, and the common JDK packages. */
  private static String imports() throws IOException {
    StringBuilder imports = new StringBuilder();
    List<Path> descriptors;
    try (Stream<Path> modules = Files.list(ROOT)) {
      descriptors = modules.map(m -> m.resolve("src/main/java/module-info.java")).filter(Files::exists).sorted().toList();
    }
    for (Path descriptor : descriptors) {
      Matcher matcher = EXPORT.matcher(Files.readString(descriptor));
      while (matcher.find()) {
        imports.append("import ").append(matcher.group(1)).append(".*;\n");
      }
    }
    JDK_PACKAGES.forEach(p -> imports.append("import ").append(p).append(".*;\n"));
    return imports.toString();
  }

  private record Generated(Path file, String className, int firstCodeLine) {}

  private static Generated generate(Snippet snippet, int index, String imports, Path sources) throws IOException {
    if (snippet.isCompilationUnit()) {
      Matcher type = TYPE_NAME.matcher(snippet.code());
      if (!type.find()) {
        throw new IllegalStateException(snippet.where() + ": no type name");
      }
      Matcher pkg = PACKAGE.matcher(snippet.code());
      String packageName = pkg.find() ? pkg.group(1) : "";
      Path directory = sources.resolve("unit" + index);
      Path file = directory.resolve(packageName.replace('.', '/')).resolve(type.group(1) + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, snippet.code());
      return new Generated(file, (packageName.isEmpty() ? "" : packageName + ".") + type.group(1), 1);
    }
    String className = "Snippet" + index;
    List<String> hoisted = snippet.code().lines().filter(l -> l.startsWith("import ")).toList();
    String body = snippet.code().lines().filter(l -> !l.startsWith("import ")).reduce("", (a, b) -> a + b + "\n");
    String header = "package snippets;\n" + String.join("\n", hoisted) + "\n" + imports
        + "import nl.cjg.examples.docs.Snippets;\n"
        + "public final class " + className + " {\n"
        + "  public static void run() throws Exception {\n"
        + "    " + snippet.given() + "\n";
    Path file = sources.resolve("snippets").resolve(className + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, header + body + "  }\n}\n");
    int firstCodeLine = (int) header.lines().count() + 1 - hoisted.size();
    return new Generated(file, "snippets." + className, firstCodeLine);
  }

  /**
   * Compiles all blocks at once; when some do not compile, javac may leave out the classes of the
   * others too, so each of those is then compiled on its own.
   */
  private static Map<Path, List<String>> compile(List<Generated> generated, Path classes) throws IOException {
    Map<Path, List<String>> errors = compileTogether(generated, classes);
    if (!errors.isEmpty()) {
      for (Generated g : generated) {
        if (!errors.containsKey(g.file())) {
          errors.putAll(compileTogether(List.of(g), classes));
        }
      }
    }
    return errors;
  }

  private static Map<Path, List<String>> compileTogether(List<Generated> generated, Path classes) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Map<Path, List<String>> errors = new LinkedHashMap<>();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ENGLISH, StandardCharsets.UTF_8)) {
      List<Path> paths = generated.stream().map(Generated::file).toList();
      List<String> options = List.of(
          "-classpath", System.getProperty("java.class.path"), "-d", classes.toString(), "-proc:none", "-parameters");
      compiler.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(paths)).call();
    }
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
      if (diagnostic.getKind() == Diagnostic.Kind.ERROR && diagnostic.getSource() != null) {
        Path file = Path.of(diagnostic.getSource().toUri());
        for (Generated g : generated) {
          if (g.file().equals(file)) {
            long codeLine = diagnostic.getLineNumber() - g.firstCodeLine() + 1;
            errors.computeIfAbsent(file, f -> new ArrayList<>())
                .add("  line " + codeLine + " of the block: " + diagnostic.getMessage(Locale.ENGLISH).replace("\n", "; "));
          }
        }
      }
    }
    return errors;
  }

  private static void run(Snippet snippet, Class<?> type) throws Exception {
    if (!snippet.isCompilationUnit()) {
      String printed = printed(() -> type.getMethod("run").invoke(null));
      snippet.expectedOutput().ifPresent(expected -> assertEquals(expected, printed, snippet.where() + " prints what the page shows"));
      return;
    }
    if (isTestClass(type)) {
      Launcher launcher = LauncherFactory.create();
      SummaryGeneratingListener listener = new SummaryGeneratingListener();
      launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(DiscoverySelectors.selectClass(type)).build(), listener);
      TestExecutionSummary summary = listener.getSummary();
      assertTrue(summary.getTestsSucceededCount() > 0, snippet.where() + " runs tests");
      assertEquals(0, summary.getTotalFailureCount(), () -> snippet.where() + " passes: " + summary.getFailures());
      return;
    }
    Method main = type.getMethod("main", String[].class);
    String printed = printed(() -> main.invoke(null, (Object) new String[0]));
    snippet.expectedOutput().ifPresent(expected -> assertEquals(expected, printed, snippet.where() + " prints what the page shows"));
  }

  private static boolean isTestClass(Class<?> type) {
    return Stream.of(type.getDeclaredMethods())
        .flatMap(m -> Stream.of(m.getAnnotations()))
        .map(a -> a.annotationType().getName())
        .anyMatch(name -> name.equals("org.junit.jupiter.api.Test") || name.equals("net.jqwik.api.Property")
            || name.equals("net.jqwik.api.Example"));
  }

  private interface Action {
    void run() throws Exception;
  }

  private static synchronized String printed(Action action) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
