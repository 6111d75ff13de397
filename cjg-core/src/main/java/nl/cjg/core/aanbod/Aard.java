package nl.cjg.core.aanbod;

/** Whether an offering prevents problems or treats them. */
public enum Aard {
  /** Preventief: early, light support so that small questions do not become problems. */
  PREVENTIEF("preventief"),
  /** Curatief: help for problems that are there, such as jeugdzorg. */
  CURATIEF("curatief");

  private final String code;

  Aard(String code) {
    this.code = code;
  }

  /** The code as the seeds write it. */
  public String code() {
    return code;
  }
}
