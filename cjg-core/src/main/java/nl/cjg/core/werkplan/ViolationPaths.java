package nl.cjg.core.werkplan;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;

/**
 * Reports a violation of a class-level rule at the field it concerns, so that the path points
 * there ({@code items[1].evaluaties[0].datum}) rather than at the whole plan. Each method replaces
 * the default violation at the class. Stateless.
 */
final class ViolationPaths {
  private ViolationPaths() {}

  /** At {@code property.field}: {@code eenmeting.periode}. */
  static void atField(ConstraintValidatorContext context, String property, String field) {
    violation(context).addPropertyNode(property).addPropertyNode(field).addConstraintViolation();
  }

  /** At {@code list[index].field}: {@code items[2].gerealiseerdVoor}. */
  static void atElementField(ConstraintValidatorContext context, String list, int index, String field) {
    violation(context).addPropertyNode(list).addPropertyNode(field).inIterable().atIndex(index).addConstraintViolation();
  }

  /** At {@code list[index].property.field}: {@code fasen[1].goNoGo.besluit}. */
  static void atElementPropertyField(
      ConstraintValidatorContext context, String list, int index, String property, String field) {
    violation(context)
        .addPropertyNode(list)
        .addPropertyNode(property)
        .inIterable()
        .atIndex(index)
        .addPropertyNode(field)
        .addConstraintViolation();
  }

  /** At {@code list[index].inner[innerIndex].field}: {@code fasen[3].acties[0].wanneer}. */
  static void atNestedElementField(
      ConstraintValidatorContext context, String list, int index, String inner, int innerIndex, String field) {
    violation(context)
        .addPropertyNode(list)
        .addPropertyNode(inner)
        .inIterable()
        .atIndex(index)
        .addPropertyNode(field)
        .inIterable()
        .atIndex(innerIndex)
        .addConstraintViolation();
  }

  private static ConstraintViolationBuilder violation(ConstraintValidatorContext context) {
    context.disableDefaultConstraintViolation();
    return context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate());
  }
}
