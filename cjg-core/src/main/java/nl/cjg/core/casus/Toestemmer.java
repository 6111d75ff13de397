package nl.cjg.core.casus;

/** Who gave consent for discussing a case ({@link Toestemming#gegevenDoor()}). */
public enum Toestemmer {
  /** De ouder(s) met gezag: the parent(s), or a guardian (voogd), with parental authority. */
  OUDERS_MET_GEZAG,
  /** Het kind/de jongere zelf. */
  KIND
}
