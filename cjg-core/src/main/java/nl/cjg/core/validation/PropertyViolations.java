package nl.cjg.core.validation;

import jakarta.validation.ConstraintValidatorContext;

/**
 * Points the violation of a class-level constraint at the field it is about, so that {@link
 * CjgValidator} reports {@code toestemming.gegevenDoor} or {@code afsprakenlijst[2].uiterlijk}
 * rather than the whole value. The message stays the constraint's own rule message.
 */
public final class PropertyViolations {
  private PropertyViolations() {}

  /**
   * Reports the violation at a property path, for example {@code ("kind", "leeftijd")} for
   * {@code kind.leeftijd}.
   *
   * @param context the context of the validator
   * @param property the first property
   * @param nested the properties below it, in order
   */
  public static void at(ConstraintValidatorContext context, String property, String... nested) {
    context.disableDefaultConstraintViolation();
    ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext node =
        builder(context).addPropertyNode(property);
    for (String name : nested) {
      node = node.addPropertyNode(name);
    }
    node.addConstraintViolation();
  }

  /**
   * Reports the violation at a property of one element of a list: {@code list[index].property}.
   *
   * @param context the context of the validator
   * @param list the list property
   * @param index the element's index
   * @param property the element's property
   */
  public static void atIndex(ConstraintValidatorContext context, String list, int index, String property) {
    context.disableDefaultConstraintViolation();
    builder(context)
        .addPropertyNode(list)
        .addPropertyNode(property)
        .inIterable()
        .atIndex(index)
        .addConstraintViolation();
  }

  /**
   * Reports the violation at one entry of a map: {@code map[key]}. The key is shown in the path,
   * so it must never be personal data.
   *
   * @param context the context of the validator
   * @param map the map property
   * @param key the entry's key
   */
  public static void atKey(ConstraintValidatorContext context, String map, Object key) {
    context.disableDefaultConstraintViolation();
    builder(context).addPropertyNode(map).addBeanNode().inIterable().atKey(key).addConstraintViolation();
  }

  private static ConstraintValidatorContext.ConstraintViolationBuilder builder(ConstraintValidatorContext context) {
    return context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate());
  }
}
