package nl.cjg.fhir;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;

/** Dates of the model as FHIR dates with day precision, and back. */
final class Dates {
  private Dates() {}

  static DateTimeType dateTime(LocalDate datum) {
    return new DateTimeType(datum.toString());
  }

  static DateType date(LocalDate datum) {
    return new DateType(datum.toString());
  }

  /**
   * The day of a FHIR date or date-time as written (the first ten characters); a problem when it
   * is absent or has no day.
   */
  static Optional<LocalDate> local(BaseDateTimeType value, String path, Reading reading) {
    String text = value == null ? null : value.getValueAsString();
    if (text == null) {
      reading.missing(path);
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text));
    } catch (DateTimeParseException e) {
      reading.format(path);
      return Optional.empty();
    }
  }
}
