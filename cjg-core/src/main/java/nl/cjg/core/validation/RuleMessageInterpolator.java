package nl.cjg.core.validation;

import jakarta.validation.MessageInterpolator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;

/**
 * Turns a rule's message template ({@code {CASUS-004}}) into its message in one fixed language.
 * The message comes from {@link MessageBundles}; {@code {name}} placeholders in it are filled
 * from the constraint's attributes and from parameters a validator added. No Expression Language
 * is used, and input text never becomes part of a template.
 */
final class RuleMessageInterpolator implements MessageInterpolator {
  private final ResourceBundle messages;

  RuleMessageInterpolator(ResourceBundle messages) {
    this.messages = messages;
  }

  @Override
  public String interpolate(String template, Context context) {
    String ruleId = CjgValidator.ruleId(template);
    String message;
    try {
      message = messages.getString(ruleId);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("no message for rule " + ruleId, e);
    }
    return fill(message, parameters(context));
  }

  @Override
  public String interpolate(String template, Context context, Locale locale) {
    return interpolate(template, context);
  }

  private static Map<String, Object> parameters(Context context) {
    Map<String, Object> parameters = new HashMap<>(context.getConstraintDescriptor().getAttributes());
    if (context instanceof HibernateMessageInterpolatorContext) {
      parameters.putAll(((HibernateMessageInterpolatorContext) context).getMessageParameters());
    }
    return parameters;
  }

  private static String fill(String message, Map<String, Object> parameters) {
    String filled = message;
    for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
      filled = filled.replace("{" + parameter.getKey() + "}", String.valueOf(parameter.getValue()));
    }
    return filled;
  }
}
