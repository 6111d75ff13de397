package nl.cjg.json;

/** The kinds of JSON value a codec expects, named in "expected ..." problem messages. */
enum ValueKind {
  OBJECT("object"),
  ARRAY("array"),
  STRING("string"),
  INTEGER("integer"),
  NUMBER("number"),
  BOOLEAN("boolean"),
  CODE("code"),
  DATE("date"),
  MONTH("month"),
  YEAR("year"),
  TIME("time"),
  DATE_TIME("datetime"),
  DURATION("duration"),
  PERIOD("period"),
  URI("uri");

  private final String key;

  ValueKind(String key) {
    this.key = key;
  }

  String key() {
    return key;
  }
}
