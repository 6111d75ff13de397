package nl.cjg.core.werkplan;

/** What a communication goal aims at: knowledge, attitude or behaviour (000 ~1757–1800, "(kennis)", "(houding)", "(gedrag)"). */
public enum Doelsoort {
  /** "kennis": the target group knows something ("kennen het CJG en weten dat zij daar terecht kunnen"). */
  KENNIS,
  /** "houding": the target group holds an attitude ("zien het CJG als een betrouwbare organisatie"). */
  HOUDING,
  /** "gedrag": the target group acts ("nemen tijdig contact op met het CJG"). */
  GEDRAG
}
