package nl.cjg.core.testkit;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Resolves a module of this library on the module path, with only its runtime dependencies: the
 * entries of the test class path that belong to tests alone (JUnit, jqwik's engine, test classes,
 * test jars) are left out. Each module's {@code ModuleDescriptorTest} uses it and then checks what
 * its module must do there.
 */
public final class ModulePath {
  /** Class path entries every module's tests bring and no module needs at run time. */
  public static final List<String> TEST_ONLY =
      List.of("test-classes", "-tests.jar", "jqwik-engine", "/jqwik-1", "junit-jupiter", "junit-platform-engine");

  /** Further test-only entries of a module that, unlike {@code nl.cjg.jqwik}, needs no jqwik or JUnit at run time. */
  public static final String[] JUNIT_AND_JQWIK = {"junit", "jqwik", "opentest4j", "apiguardian"};

  private ModulePath() {}

  /**
   * A layer with {@code root} and what it requires (and, with {@code bind}, the service providers
   * it uses), resolved from the runtime class path without {@link #TEST_ONLY} and {@code
   * alsoTestOnly}.
   *
   * @param root the name of the module to resolve, for example {@code nl.cjg.core}
   * @param bind whether to bind services ({@code resolveAndBind}) so that providers are found
   * @param alsoTestOnly further substrings of test-only class path entries of this module
   * @return the layer, with one class loader for all its modules
   */
  public static ModuleLayer layer(String root, boolean bind, String... alsoTestOnly) {
    List<String> testOnly = new ArrayList<>(TEST_ONLY);
    testOnly.addAll(List.of(alsoTestOnly));
    Path[] runtime =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> testOnly.stream().noneMatch(entry::contains))
            .map(Path::of)
            .toArray(Path[]::new);
    ModuleFinder finder = ModuleFinder.of(runtime);
    Configuration parent = ModuleLayer.boot().configuration();
    Configuration configuration =
        bind
            ? parent.resolveAndBind(finder, ModuleFinder.of(), Set.of(root))
            : parent.resolve(finder, ModuleFinder.of(), Set.of(root));
    return ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
  }
}
