package nl.cjg.core.casus;

import java.util.EnumSet;
import java.util.Set;
import nl.cjg.core.populatie.Leeftijdsgroep;

/**
 * Who must consent, by the child's age, under the WGBO (Wet op de geneeskundige
 * behandelingsovereenkomst, art. 7:447, 7:450 and 7:465 BW): under 12 the parents with authority
 * decide, from 12 to 16 both the child and the parents with authority, from 16 the young person
 * alone.
 */
public enum Toestemmingsleeftijd {
  /** Jonger dan 12 jaar: the parents with authority (gezag) consent. */
  ONDER_12(0, 12, EnumSet.of(Toestemmer.OUDERS_MET_GEZAG)),
  /** 12 tot en met 15 jaar: the child and the parents with authority both consent. */
  VAN_12_TOT_16(12, 16, EnumSet.of(Toestemmer.OUDERS_MET_GEZAG, Toestemmer.KIND)),
  /** 16 jaar en ouder: the young person consents alone. */
  VANAF_16(16, Integer.MAX_VALUE, EnumSet.of(Toestemmer.KIND));

  private final int van;
  private final int tot;
  private final Set<Toestemmer> vereist;

  Toestemmingsleeftijd(int van, int tot, Set<Toestemmer> vereist) {
    this.van = van;
    this.tot = tot;
    this.vereist = Set.copyOf(vereist);
  }

  /** Who must have consented in this age class. */
  public Set<Toestemmer> vereist() {
    return vereist;
  }

  /** Whether {@code leeftijd} (whole years) falls in this age class. */
  public boolean bevat(int leeftijd) {
    return leeftijd >= van && leeftijd < tot;
  }

  /**
   * Who must have consented when the child's age is only known to lie in {@code leeftijden}: the
   * parties every age in the band needs, so that the consent holds whatever the exact age is.
   *
   * @param leeftijden the ages the child may have, for example {@code [12, 13)} when the age is known
   * @return the parties whose consent is needed, never empty
   */
  public static Set<Toestemmer> vereistVoor(Leeftijdsgroep leeftijden) {
    Set<Toestemmer> needed = EnumSet.noneOf(Toestemmer.class);
    for (Toestemmingsleeftijd klasse : values()) {
      if (klasse.van < leeftijden.tot() && leeftijden.van() < klasse.tot) {
        needed.addAll(klasse.vereist);
      }
    }
    return needed;
  }
}
