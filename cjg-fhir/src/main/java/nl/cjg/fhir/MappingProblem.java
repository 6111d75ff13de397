package nl.cjg.fhir;

import java.util.Locale;
import java.util.Objects;

/**
 * One reason why a FHIR resource could not become a value of the model: a stable {@link #code()},
 * the {@link #path()} of the element (a FHIRPath-like path such as {@code EpisodeOfCare.status} or
 * {@code CarePlan.activity[2].reference}) and a message in Dutch or English.
 *
 * <p>The code is one of the {@code FHIR-*} codes listed in docs/fhir-mapping.md or a structural
 * code of the model (such as {@code STATUSGESCHIEDENIS-S02}) when the model refuses the values. The
 * message never repeats input, so it never holds personal data. Immutable and thread-safe.
 */
public final class MappingProblem {
  private final String code;
  private final String path;
  private final String nederlands;
  private final String english;

  MappingProblem(String code, String path, String nederlands, String english) {
    this.code = Objects.requireNonNull(code, "code");
    this.path = Objects.requireNonNull(path, "path");
    this.nederlands = Objects.requireNonNull(nederlands, "nederlands");
    this.english = Objects.requireNonNull(english, "english");
  }

  /** The stable code, for example {@code FHIR-MISSING}. */
  public String code() {
    return code;
  }

  /** Where the problem is: the resource type and the path of the element within it. */
  public String path() {
    return path;
  }

  /** What is wrong, in Dutch. */
  public String message() {
    return nederlands;
  }

  /**
   * What is wrong, in English for an English locale and in Dutch otherwise.
   *
   * @param locale the reader's locale
   * @return the message
   */
  public String message(Locale locale) {
    return "en".equals(locale.getLanguage()) ? english : nederlands;
  }

  /** The problem as one line for logs: {@code path code message}; holds no input. */
  public String describe() {
    return path + " " + code + " " + nederlands;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MappingProblem problem
        && problem.code.equals(code)
        && problem.path.equals(path)
        && problem.nederlands.equals(nederlands);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, path, nederlands);
  }

  @Override
  public String toString() {
    return describe();
  }
}
