package nl.cjg.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.cjg.core.validation.internal.Rule;
import nl.cjg.core.validation.internal.Rules;

/**
 * Decides whether a value keeps every business rule without building a report: the first step of
 * {@link CjgValidator#validate}, which lets Hibernate Validator walk and report only a value that
 * breaks a rule (or that this check cannot decide). It checks exactly the constraints Hibernate
 * Validator finds: it reads them once per class from Hibernate Validator's own metadata (the
 * class's rule tables and other constraints, the constraints on its properties and on their
 * container elements, and the cascades marked {@code @Valid}) and runs each rule and constraint
 * validator directly, with no path, context or message. Whatever it cannot decide this way (a
 * constraint without exactly one validator, a composed constraint, an unknown container, a rule
 * that fails) it answers "not known to be valid", so that the full validation decides.
 * Thread-safe.
 */
final class QuickCheck {
  /** A check of one value (which may be null). */
  @FunctionalInterface
  private interface Check {
    boolean keeps(Object value) throws Throwable;
  }

  /** The check of a class this class cannot decide: the full validation decides. */
  private static final Check UNDECIDED = value -> false;

  private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

  private final Validator validator;
  private final ClassValue<Check> beans =
      new ClassValue<>() {
        @Override
        protected Check computeValue(Class<?> type) {
          try {
            return bean(type);
          } catch (ReflectiveOperationException | RuntimeException e) {
            return UNDECIDED;
          }
        }
      };

  QuickCheck(Validator validator) {
    this.validator = validator;
  }

  /**
   * Whether {@code value} keeps every constraint that Hibernate Validator would check.
   *
   * @param value the value, not null
   * @return true only when it keeps them all; false when it breaks one or it cannot be decided here
   */
  boolean keepsEveryRule(Object value) {
    try {
      return bean(value);
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable e) {
      return false;
    }
  }

  private boolean bean(Object value) throws Throwable {
    return value == null || beans.get(value.getClass()).keeps(value);
  }

  private Check bean(Class<?> type) throws ReflectiveOperationException {
    BeanDescriptor bean = validator.getConstraintsForClass(type);
    List<Check> checks = new ArrayList<>();
    for (ConstraintDescriptor<?> constraint : bean.getConstraintDescriptors()) {
      checks.add(constraint(constraint));
    }
    for (PropertyDescriptor property : bean.getConstrainedProperties()) {
      MethodHandle getter = getter(type, property.getPropertyName());
      Check element =
          element(property.getConstraintDescriptors(), property.isCascaded(), property.getConstrainedContainerElementTypes());
      checks.add(value -> element.keeps(getter.invoke(value)));
    }
    return all(checks);
  }

  /** The check of a property's value or of a container's element. */
  private Check element(
      Set<ConstraintDescriptor<?>> constraints, boolean cascaded, Set<ContainerElementTypeDescriptor> containers)
      throws ReflectiveOperationException {
    List<Check> checks = new ArrayList<>();
    for (ConstraintDescriptor<?> constraint : constraints) {
      checks.add(constraint(constraint));
    }
    if (cascaded) {
      checks.add(this::cascade);
    }
    for (ContainerElementTypeDescriptor container : containers) {
      Check inner =
          element(container.getConstraintDescriptors(), container.isCascaded(), container.getConstrainedContainerElementTypes());
      checks.add(elements(container.getContainerClass(), container.getTypeArgumentIndex(), inner));
    }
    return all(checks);
  }

  /** A cascade, as Hibernate Validator follows it: into an optional's content, a list's elements, a map's values. */
  private boolean cascade(Object value) throws Throwable {
    if (value instanceof Optional<?> optional) {
      return optional.isEmpty() || bean(optional.get());
    }
    if (value instanceof Iterable<?> iterable) {
      for (Object element : iterable) {
        if (!bean(element)) {
          return false;
        }
      }
      return true;
    }
    if (value instanceof Map<?, ?> map) {
      return cascade(map.values());
    }
    return bean(value);
  }

  /** Applies {@code inner} to each element of a container, as Hibernate Validator's value extractors give them. */
  private static Check elements(Class<?> container, Integer typeArgument, Check inner) {
    if (container == Optional.class) {
      return value -> value == null || inner.keeps(((Optional<?>) value).orElse(null));
    }
    if (Map.class.isAssignableFrom(container) && typeArgument != null) {
      boolean keys = typeArgument == 0;
      return value -> value == null || every(keys ? ((Map<?, ?>) value).keySet() : ((Map<?, ?>) value).values(), inner);
    }
    if (Iterable.class.isAssignableFrom(container)) {
      return value -> value == null || every((Iterable<?>) value, inner);
    }
    throw new IllegalArgumentException("no element extraction for " + container);
  }

  private static boolean every(Iterable<?> elements, Check check) throws Throwable {
    for (Object element : elements) {
      if (!check.keeps(element)) {
        return false;
      }
    }
    return true;
  }

  /** The check of one constraint: a rule table's rules, or the constraint's one validator. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private static Check constraint(ConstraintDescriptor<?> descriptor) throws ReflectiveOperationException {
    if (!descriptor.getComposingConstraints().isEmpty()) {
      throw new IllegalArgumentException("a composed constraint");
    }
    Annotation annotation = descriptor.getAnnotation();
    if (annotation instanceof Rules table) {
      List<Rule<?>> rules = Rules.Validator.rulesOf(table.value());
      return value -> {
        if (value == null) {
          return true;
        }
        for (Rule<?> rule : rules) {
          if (!rule.keptBy(value)) {
            return false;
          }
        }
        return true;
      };
    }
    List<? extends Class<? extends ConstraintValidator<?, ?>>> validators =
        (List) descriptor.getConstraintValidatorClasses();
    if (validators.size() != 1) {
      throw new IllegalArgumentException("a constraint without exactly one validator");
    }
    Constructor<? extends ConstraintValidator<?, ?>> constructor = validators.get(0).getDeclaredConstructor();
    constructor.setAccessible(true);
    ConstraintValidator constraintValidator = constructor.newInstance();
    constraintValidator.initialize(annotation);
    return value -> constraintValidator.isValid(value, null);
  }

  private static MethodHandle getter(Class<?> type, String name) throws ReflectiveOperationException {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Method method : c.getDeclaredMethods()) {
        if (method.getName().equals(name) && method.getParameterCount() == 0) {
          method.setAccessible(true);
          return MethodHandles.lookup().unreflect(method).asType(GETTER);
        }
      }
    }
    throw new NoSuchMethodException(type.getName() + "." + name + "()");
  }

  private static Check all(List<Check> checks) {
    Check[] each = checks.toArray(new Check[0]);
    if (each.length == 0) {
      return value -> true;
    }
    return value -> {
      for (Check check : each) {
        if (!check.keeps(value)) {
          return false;
        }
      }
      return true;
    };
  }
}
