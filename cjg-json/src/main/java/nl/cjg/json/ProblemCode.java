package nl.cjg.json;

/**
 * The stable codes of the problems the JSON readers report themselves. A {@link Problem} may also
 * carry a structural code of the model ({@code BSN-S01}, {@code LEEFTIJDSGROEP-S01}) or a business
 * rule id ({@code BSN-001}); all are listed in {@code docs/json-problems.md} and
 * {@code docs/validation-rules.md}.
 */
public enum ProblemCode {
  /** The text is not JSON: a missing colon, comma or quote, a bare word, a comment. */
  SYNTAX("JSON-SYNTAX"),
  /** The input ends inside a value, or holds no value at all. */
  TRUNCATED("JSON-TRUNCATED"),
  /** The bytes are not UTF-8 (invalid sequences, or UTF-16/32). */
  ENCODING("JSON-ENCODING"),
  /** The input starts with a byte-order mark, which JSON texts exchanged between systems must not. */
  BYTE_ORDER_MARK("JSON-BOM"),
  /** Something follows the value (a second value, text, a second line in one document). */
  TRAILING("JSON-TRAILING"),
  /** A property name occurs twice in one object. */
  DUPLICATE_KEY("JSON-DUPLICATE-KEY"),
  /** A property the type does not have, such as {@code @class}. */
  UNKNOWN_PROPERTY("JSON-UNKNOWN-PROPERTY"),
  /** A required property is missing. */
  REQUIRED("JSON-REQUIRED"),
  /** {@code null} where a value belongs (absent optional values are omitted, not null). */
  NULL("JSON-NULL"),
  /** A JSON value of the wrong kind: a string for a number, a number for a code, an array for an object. */
  WRONG_TYPE("JSON-TYPE"),
  /** A number with a fraction or exponent where a whole number belongs ({@code 7.9}, {@code 7.0}, {@code 7e0}). */
  NOT_INTEGER("JSON-INTEGER"),
  /** A whole number outside the range of its attribute. */
  NUMBER_RANGE("JSON-RANGE"),
  /** A text that is not one of the codes of a closed code list. */
  UNKNOWN_CODE("JSON-CODE"),
  /** A text not in the format of its type: a date, a month, a time, a duration, a URI. */
  FORMAT("JSON-FORMAT"),
  /** A date, month or time in the right format that does not exist: {@code 2012-02-30}, {@code 2012-13}, {@code 24:60}. */
  NO_SUCH_DATE("JSON-NO-SUCH-DATE"),
  /**
   * A business rule could not be checked for the value that was read: the value is refused, and
   * the problem names no input. Never expected; reported instead of letting a failure escape.
   */
  RULE_FAILURE("JSON-RULE-FAILURE"),
  /** The same element twice in an array that holds a set. */
  DUPLICATE_ELEMENT("JSON-DUPLICATE-ELEMENT"),
  /** Objects and arrays nested deeper than {@link ReadLimits#maxNestingDepth()}. */
  LIMIT_DEPTH("JSON-LIMIT-DEPTH"),
  /** A string longer than {@link ReadLimits#maxStringLength()}. */
  LIMIT_STRING("JSON-LIMIT-STRING"),
  /** A number with more characters than {@link ReadLimits#maxNumberLength()}. */
  LIMIT_NUMBER("JSON-LIMIT-NUMBER"),
  /** A property name longer than {@link ReadLimits#maxNameLength()}. */
  LIMIT_NAME("JSON-LIMIT-NAME"),
  /** A document longer than {@link ReadLimits#maxDocumentLength()}. */
  LIMIT_DOCUMENT("JSON-LIMIT-DOCUMENT"),
  /** A JSON Lines line or an element of a streamed array longer than {@link ReadLimits#maxRecordLength()}. */
  LIMIT_RECORD("JSON-LIMIT-RECORD"),
  /** More records in one stream than {@link ReadLimits#maxRecords()}: the stream ends. */
  LIMIT_RECORDS("JSON-LIMIT-RECORDS"),
  /** {@link ReadLimits#maxProblems()} problems found: reading stopped. */
  LIMIT_PROBLEMS("JSON-LIMIT-PROBLEMS"),
  /** An empty line inside a JSON Lines file (only a final line end is allowed). */
  BLANK_LINE("JSON-BLANK-LINE"),
  /**
   * The dataset header is of a schema version this library does not read.
   */
  DATASET_HEADER("DATASET-HEADER"),
  /**
   * The file has no dataset header: its first line is not a {@code "type":"dataset"} object (a
   * JSON Lines file without its header, an empty file, or no JSON Lines at all).
   */
  NO_DATASET_HEADER("DATASET-NO-HEADER"),
  /** A dataset record without a {@code type}, or with a type the reader does not know. */
  RECORD_TYPE("DATASET-TYPE");

  private final String code;

  ProblemCode(String code) {
    this.code = code;
  }

  /** The stable code as it appears in {@link Problem#code()}, for example {@code JSON-SYNTAX}. */
  public String code() {
    return code;
  }
}
