package nl.cjg.core.populatie;

import java.util.List;

/**
 * The band sets the CJG sources use side by side, and the CJG target group itself.
 *
 * <p>All bands are half-open {@code [van, tot)}. The sources write a band as "van – tot" and mean
 * the upper bound exclusive ("5 - 10 jaar" is ages 5 to 9), except where they say "t/m"
 * (through): the CJG target group runs "t/m 23 jaar", so its last band ends at 24. The names of
 * the bands are those the sources print.
 */
public final class Leeftijdsindelingen {
  /**
   * The CJG target group: from birth through age 23 ("jeugdigen t/m 23 jaar", communicatieplan
   * 2012), the band {@code [0, 24)}. The time before birth is not an age: it is reached through
   * the target group {@link Doelgroepsoort#TOEKOMSTIGE_OUDERS}.
   */
  public static final Leeftijdsgroep CJG_DOELGROEP = Leeftijdsgroep.builder().van(0).tot(24).naam("0 t/m 23 jaar").build();

  /**
   * The CBS five-year bands of "Gemeente op maat, Bergen NH" (2010): 0–5, 5–10, 10–15, 15–20 and
   * 20–25 years, upper bounds exclusive. Complete over {@code [0, 25)}.
   */
  public static final Leeftijdsindeling CBS_VIJFJAARSGROEPEN =
      Leeftijdsindeling.of(
          "CBS vijfjaarsgroepen",
          List.of(band(0, 5, "0 - 5 jaar"), band(5, 10, "5 - 10 jaar"), band(10, 15, "10 - 15 jaar"),
              band(15, 20, "15 - 20 jaar"), band(20, 25, "20 - 25 jaar")));

  /**
   * The CJG service bands of the partner map (werkplan 2012, Bijlage 1): 0–4, 4–12, 12–19 and
   * 19–23. The last band runs through age 23, because the CJG target group does, so it is
   * {@code [19, 24)}; the others have exclusive upper bounds. Complete over {@code [0, 24)}, the
   * same ages as {@link #CJG_DOELGROEP}.
   */
  public static final Leeftijdsindeling CJG_LEEFTIJDSGROEPEN =
      Leeftijdsindeling.of(
          "CJG leeftijdsgroepen",
          List.of(band(0, 4, "0 – 4 jaar"), band(4, 12, "4 – 12 jaar"), band(12, 19, "12 – 19 jaar"),
              band(19, 24, "19 – 23 jaar")));

  /**
   * The CBS youth-care bands (jeugdzorg statistics): "0 tot 4", "4 tot 12", "12 tot 18" and
   * "18 tot 23 jaar", upper bounds exclusive, so the last band ends at the 23rd birthday, as the
   * Verwijsindex does. Complete over {@code [0, 23)}.
   */
  public static final Leeftijdsindeling CBS_JEUGDZORG =
      Leeftijdsindeling.of(
          "CBS jeugdzorg",
          List.of(band(0, 4, "0 tot 4 jaar"), band(4, 12, "4 tot 12 jaar"), band(12, 18, "12 tot 18 jaar"),
              band(18, 23, "18 tot 23 jaar")));

  /**
   * The ages of the JGZ contact moments (werkplan 2012, GGD Jeugdgezondheidszorg): children
   * 0–4 at the consultatiebureau ({@code [0, 4)}), the contact moment of children "5-6 jaar"
   * ({@code [5, 7)}: aged 5 or 6), that of "10-11 jarigen" ({@code [10, 12)}) and that of the
   * second class of secondary school ("2e klas VO"), pupils who are usually 13 or 14
   * ({@code [13, 15)}). Not complete: the moments leave gaps.
   */
  public static final Leeftijdsindeling JGZ_CONTACTMOMENTEN =
      Leeftijdsindeling.of(
          "JGZ contactmomenten",
          List.of(band(0, 4, "0-4 jaar"), band(5, 7, "5-6 jaar"), band(10, 12, "10-11 jaar"),
              band(13, 15, "2e klas VO")));

  private static final List<Leeftijdsindeling> ALL =
      List.of(CBS_VIJFJAARSGROEPEN, CJG_LEEFTIJDSGROEPEN, CBS_JEUGDZORG, JGZ_CONTACTMOMENTEN);

  private Leeftijdsindelingen() {}

  /** The four band sets, in the order of this class. */
  public static List<Leeftijdsindeling> all() {
    return ALL;
  }

  private static Leeftijdsgroep band(int van, int tot, String naam) {
    return Leeftijdsgroep.builder().van(van).tot(tot).naam(naam).build();
  }
}
