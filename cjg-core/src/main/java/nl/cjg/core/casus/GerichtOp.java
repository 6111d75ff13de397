package nl.cjg.core.casus;

/** At whom an action tried before the case meeting was aimed, as the bespreekformulier groups them. */
public enum GerichtOp {
  /** Gericht op de ouder(s)/verzorger(s). */
  OUDERS,
  /** Gericht op het kind/de jongere. */
  KIND,
  /** In contact met derden: school, other agencies, the wider network. */
  DERDEN
}
