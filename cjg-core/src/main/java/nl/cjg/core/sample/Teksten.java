package nl.cjg.core.sample;

/**
 * The Dutch phrases generated cases are written with: questions, goals, actions, sketches per
 * life domain, agreements, reasons for anonymity. Written for this library after the
 * bespreekformulier and the pilot's evaluation (Werkplan CJG Bergen 2012, uitwerking 2, bespreekformulier and evaluatie van de pilot); they describe
 * no real family.
 */
final class Teksten {
  static final String[] VRAGEN = {
    "Welke ondersteuning past bij de vragen van moeder over de opvoeding?",
    "Hoe kunnen wij vader meer betrekken bij de zorg voor het kind?",
    "Is er meer nodig dan het opvoedspreekuur?",
    "Welke partner kan de zorgcoördinatie op zich nemen?",
    "Hoe krijgen we zicht op de thuissituatie?",
    "Wat is nodig om het schoolverzuim terug te dringen?",
    "Moet er een melding volgens de meldcode gedaan worden?",
    "Hoe ondersteunen we de ouders rond de scheiding?",
    "Welke vrijetijdsbesteding past bij deze jongere?",
    "Is verwijzing naar specialistische hulp aangewezen?"
  };

  static final String[] DOELEN = {
    "Ouders voelen zich weer zeker in de opvoeding.",
    "Het kind gaat weer met plezier naar school.",
    "De jongere heeft een zinvolle dagbesteding.",
    "Er is één plan met één zorgcoördinator.",
    "De veiligheid van het kind is gewaarborgd.",
    "Het gezin weet de weg naar passende hulp."
  };

  static final String[] ACTIES = {
    "Gesprek met ouders over de zorgen",
    "Opvoedingsadvies op het opvoedspreekuur",
    "Overleg met de intern begeleider",
    "Huisbezoek door de jeugdverpleegkundige",
    "Doorverwijzing naar de huisarts",
    "Aanmelding bij het jongerenwerk",
    "Contact met leerplicht over het verzuim"
  };

  static final String[] EFFECTEN = {
    "Tijdelijke verbetering.",
    "Geen merkbaar effect.",
    "Ouders staan open voor hulp.",
    "De situatie is stabiel."
  };

  static final String[] SCHETSEN = {
    "Spanningen tussen de ouders; weinig vaste structuur.",
    "Wisselende resultaten en concentratieproblemen.",
    "Weinig contact met leeftijdsgenoten.",
    "Zorgen over middelengebruik.",
    "Financiële zorgen in het gezin.",
    "Recent verhuisd; nog geen netwerk in de kern."
  };

  static final String[] BIJZONDERHEDEN = {
    "Kind heeft een broertje dat ook in beeld is.",
    "Ouders spreken beperkt Nederlands.",
    "Eerder besproken in het buurtnetwerk."
  };

  static final String[] REDENEN_ANONIEM = {
    "Inbrenger vindt het lastig het gesprek met de ouders aan te gaan.",
    "Inbrenger wil eerst collegiaal advies over de juiste stappen.",
    "Ouders zijn nog niet bereikt."
  };

  static final String[] AFSPRAKEN = {
    "Gesprek met ouders plannen",
    "Aanmelden bij het opvoedspreekuur",
    "Informatie opvragen bij school",
    "Terugkoppeling aan de inbrenger",
    "Zorgcoördinator benaderen",
    "Signaal afgeven in de Verwijsindex",
    "Casus opnieuw bekijken na zes weken"
  };

  static final String[] WANNEER = {"in groep 3", "rond de scheiding", "na de verhuizing", "sinds de zomer"};

  static final String[] SCHOLEN_VO = {"Adriaan Roland Holstschool", "Bergerscholengemeenschap", "PCC"};

  static final String[] NIVEAUS = {"vmbo", "havo", "vwo"};

  private Teksten() {}
}
