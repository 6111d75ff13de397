package nl.cjg.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import nl.cjg.core.InvalidValueException;

/** The problems found while reading resources into the model, each with its path. Not thread-safe. */
final class Reading {
  static final String MISSING = "FHIR-MISSING";
  static final String UNKNOWN_CODE = "FHIR-UNKNOWN-CODE";
  static final String UNRESOLVED = "FHIR-UNRESOLVED-REFERENCE";
  static final String FORMAT = "FHIR-FORMAT";

  private final List<MappingProblem> problems = new ArrayList<>();

  void missing(String path) {
    problems.add(new MappingProblem(MISSING, path, "dit gegeven ontbreekt en is nodig", "this element is missing and is needed"));
  }

  void unknownCode(String path) {
    problems.add(
        new MappingProblem(
            UNKNOWN_CODE,
            path,
            "deze code heeft geen tegenhanger in het CJG-model",
            "this code has no counterpart in the CJG model"));
  }

  void unresolved(String path) {
    problems.add(
        new MappingProblem(
            UNRESOLVED,
            path,
            "deze verwijzing wijst naar geen van de gegeven resources",
            "this reference points to none of the given resources"));
  }

  void format(String path) {
    problems.add(
        new MappingProblem(FORMAT, path, "deze tekst heeft niet de verwachte vorm", "this text does not have the expected form"));
  }

  /**
   * Runs a step that the model may refuse; a refusal becomes a problem with the model's code at
   * this path (the model's messages hold no input). Text a parser refuses (a web address) is a
   * {@value #FORMAT}; a value the model needs and did not get is {@value #MISSING}.
   */
  <T> Optional<T> model(String path, Supplier<T> step) {
    try {
      return Optional.of(step.get());
    } catch (InvalidValueException e) {
      String message = e.getMessage().substring(e.code().length() + 2);
      problems.add(new MappingProblem(e.code(), path, "het CJG-model weigert deze waarden: " + message, message));
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      format(path);
      return Optional.empty();
    } catch (IllegalStateException e) {
      missing(path);
      return Optional.empty();
    }
  }

  boolean ok() {
    return problems.isEmpty();
  }

  /** The value built by the step when nothing went wrong so far, else every problem. */
  <T> MappingResult<T> result(String path, Supplier<T> build) {
    if (!ok()) {
      return MappingResult.failed(problems);
    }
    Optional<T> value = model(path, build);
    return value.isPresent() ? MappingResult.of(value.get()) : MappingResult.failed(problems);
  }
}
