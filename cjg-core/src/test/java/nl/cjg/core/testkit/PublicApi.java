package nl.cjg.core.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The public face of a module of this library, read by reflection from its compiled classes: the
 * public and protected members of the public types in the packages its {@code module-info} exports
 * to everyone.
 */
public final class PublicApi {
  private static final Pattern GENERATED = Pattern.compile("(^|[.$<>,\\[ ?&])Immutable[A-Z]");

  private final Path classes;
  private final ModuleDescriptor descriptor;

  private PublicApi(Path classes, ModuleDescriptor descriptor) {
    this.classes = classes;
    this.descriptor = descriptor;
  }

  /**
   * The public API of the module that {@code member} was compiled into.
   *
   * @param member any main class of the module
   * @return its public API
   */
  public static PublicApi ofModuleOf(Class<?> member) {
    try {
      Path classes = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
      try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
        return new PublicApi(classes, ModuleDescriptor.read(in));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The module's name. */
  public String moduleName() {
    return descriptor.name();
  }

  /** The packages exported to every module. */
  public List<String> exportedPackages() {
    return descriptor.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source).sorted().toList();
  }

  /** The public types, nested ones included, of the exported packages. */
  public List<Class<?>> publicTypes() {
    List<Class<?>> result = new ArrayList<>();
    for (String pkg : exportedPackages()) {
      Path dir = classes.resolve(pkg.replace('.', '/'));
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
          String name = file.getFileName().toString();
          Class<?> type = load(pkg + "." + name.substring(0, name.length() - ".class".length()));
          if (isVisible(type)) {
            result.add(type);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return result;
  }

  /**
   * Every public signature (a method's return, parameter and exception types, a field's type, a
   * constructor's parameter types) that names a generated {@code Immutable*} type, as {@code
   * Type#member: signature}; empty when none does.
   */
  public List<String> signaturesNamingGeneratedTypes() {
    return signaturesNamingGeneratedTypes(publicTypes());
  }

  /**
   * Every public signature of {@code types} that names a generated {@code Immutable*} type.
   *
   * @param types the public types to look at
   * @return {@code Type#member: signature} for each, sorted
   */
  public static List<String> signaturesNamingGeneratedTypes(List<Class<?>> types) {
    TreeSet<String> found = new TreeSet<>();
    for (Class<?> type : types) {
      for (Method method : type.getMethods()) {
        List<Type> signature = new ArrayList<>(parametersOf(method));
        signature.add(method.getGenericReturnType());
        signature.addAll(List.of(method.getGenericExceptionTypes()));
        check(type, method.getName(), signature, found);
      }
      for (Constructor<?> constructor : type.getConstructors()) {
        check(type, "<init>", parametersOf(constructor), found);
      }
      for (Field field : type.getFields()) {
        check(type, field.getName(), List.of(field.getGenericType()), found);
      }
    }
    return List.copyOf(found);
  }

  private static List<Type> parametersOf(Executable executable) {
    return List.of(executable.getGenericParameterTypes());
  }

  private static void check(Class<?> owner, String member, List<Type> types, TreeSet<String> found) {
    for (Type type : types) {
      if (GENERATED.matcher(type.getTypeName()).find()) {
        found.add(owner.getName() + "#" + member + ": " + type.getTypeName());
      }
    }
  }

  private static boolean isVisible(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass()) {
        return false;
      }
    }
    return true;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, PublicApi.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("a compiled class cannot be loaded: " + name, e);
    }
  }
}
