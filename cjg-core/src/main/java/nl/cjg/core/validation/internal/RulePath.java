package nl.cjg.core.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeContextBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The path of a rule, {@code fasen[i].acties[j].wanneer}: property names, each optionally a list
 * or map with a placeholder for the index or key. Turns a breach's positions into the nodes of a
 * Bean Validation violation, so that {@code CjgValidator} shows {@code fasen[3].acties[0].wanneer}.
 * Immutable and thread-safe.
 */
final class RulePath {
  private static final Pattern STEP = Pattern.compile("([a-z][A-Za-z0-9]*)(?:\\[([a-z][A-Za-z0-9]*)])?");

  /** A property, and the placeholder of its index or key when it is a list or map. */
  private record Step(String property, String placeholder) {
    boolean container() {
      return placeholder != null;
    }

    @Override
    public String toString() {
      return container() ? property + "[" + placeholder + "]" : property;
    }
  }

  private final List<Step> steps;

  private RulePath(List<Step> steps) {
    this.steps = List.copyOf(steps);
  }

  /**
   * Reads a path.
   *
   * @throws IllegalArgumentException when {@code text} is not a path
   */
  static RulePath parse(String text) {
    Objects.requireNonNull(text, "path");
    List<Step> steps = new ArrayList<>();
    if (!text.isEmpty()) {
      for (String part : text.split("\\.", -1)) {
        Matcher matcher = STEP.matcher(part);
        if (!matcher.matches()) {
          throw new IllegalArgumentException("not a rule path: " + text);
        }
        steps.add(new Step(matcher.group(1), matcher.group(2)));
      }
    }
    return new RulePath(steps);
  }

  boolean isEmpty() {
    return steps.isEmpty();
  }

  /** How many positions a breach gives. */
  int placeholders() {
    return (int) steps.stream().filter(Step::container).count();
  }

  /**
   * The positions of one breach, checked against the placeholders.
   *
   * @throws IllegalStateException when their number differs (a mistake in a rule table)
   */
  Object[] checked(Object... positions) {
    if (positions.length != placeholders()) {
      throw new IllegalStateException("path " + this + " takes " + placeholders() + " position(s)");
    }
    for (Object position : positions) {
      Objects.requireNonNull(position, "position");
    }
    return positions.clone();
  }

  /**
   * Adds a violation with {@code template} at this path, its placeholders filled by {@code
   * positions}: an {@link Integer} is a list index, anything else a map key. In Bean Validation
   * the index of a list belongs to the node after the list, so it is set on the next node, or on
   * a bean node when the list or map ends the path.
   */
  void addViolation(ConstraintValidatorContext context, String template, Object[] positions) {
    ConstraintViolationBuilder builder = context.buildConstraintViolationWithTemplate(template);
    if (steps.isEmpty()) {
      builder.addConstraintViolation();
      return;
    }
    NodeBuilderCustomizableContext open = builder.addPropertyNode(steps.get(0).property());
    NodeBuilderDefinedContext placed = null;
    int position = 0;
    for (int s = 1; s < steps.size(); s++) {
      String property = steps.get(s).property();
      NodeBuilderCustomizableContext next =
          placed != null ? placed.addPropertyNode(property) : open.addPropertyNode(property);
      if (steps.get(s - 1).container()) {
        placed = at(next.inIterable(), positions[position++]);
        open = null;
      } else {
        open = next;
        placed = null;
      }
    }
    if (steps.get(steps.size() - 1).container()) {
      Object last = positions[position];
      var element = (placed != null ? placed.addBeanNode() : open.addBeanNode()).inIterable();
      (last instanceof Integer index ? element.atIndex(index) : element.atKey(last)).addConstraintViolation();
    } else if (placed != null) {
      placed.addConstraintViolation();
    } else {
      open.addConstraintViolation();
    }
  }

  private static NodeBuilderDefinedContext at(NodeContextBuilder node, Object position) {
    return position instanceof Integer index ? node.atIndex(index) : node.atKey(position);
  }

  @Override
  public String toString() {
    return String.join(".", steps.stream().map(Step::toString).toList());
  }
}
