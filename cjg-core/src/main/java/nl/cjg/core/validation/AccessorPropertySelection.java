package nl.cjg.core.validation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Lets Hibernate Validator see the record-style accessors of this library's value types
 * ({@code naam()} rather than {@code getNaam()}): every instance method without parameters that
 * returns a value is a property, except those every object has.
 */
final class AccessorPropertySelection implements GetterPropertySelectionStrategy {
  private static final Set<String> NOT_PROPERTIES =
      Set.of("toString", "hashCode", "getClass", "clone", "notify", "notifyAll", "wait", "finalize");

  @Override
  public Optional<String> getProperty(ConstrainableExecutable executable) {
    String name = executable.getName();
    boolean accessor =
        executable.getParameterTypes().length == 0
            && executable.getReturnType() != void.class
            && !NOT_PROPERTIES.contains(name);
    return accessor ? Optional.of(name) : Optional.empty();
  }

  @Override
  public List<String> getGetterMethodNameCandidates(String propertyName) {
    return List.of(propertyName);
  }
}
