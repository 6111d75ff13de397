package nl.cjg.core.werkplan;

/** The means of communication of a communication plan's middelenmix (000 ~1757–1825). */
public enum Middelsoort {
  /** "handboek": a handbook for partners. */
  HANDBOEK,
  /** "toolkit": tools that keep communication uniform. */
  TOOLKIT,
  /** "overleg werkgroep communicatie". */
  WERKGROEP_COMMUNICATIE,
  /** "werkoverleg": staff meetings. */
  WERKOVERLEG,
  /** "bijeenkomsten": meetings and gatherings. */
  BIJEENKOMST,
  /** "personeelsblad": the staff magazine. */
  PERSONEELSBLAD,
  /** "intranet". */
  INTRANET,
  /** "CJG-website": the digital front door. */
  CJG_WEBSITE,
  /** "informatie op websites partners". */
  WEBSITE_PARTNERS,
  /** "brief van wethouder": a letter. */
  BRIEF,
  /** "persberichten (free publicity)". */
  PERSBERICHT,
  /** "artikelen in gemeentekrant". */
  GEMEENTEKRANT,
  /** "folders". */
  FOLDER,
  /** "posters". */
  POSTER,
  /** "abri's": bus-shelter posters. */
  ABRI,
  /** "geboortetas bij inschrijving baby". */
  GEBOORTETAS,
  /** "groeiboekje jeugdgezondheidszorg". */
  GROEIBOEKJE,
  /** "nieuwsbrieven". */
  NIEUWSBRIEF,
  /** "ouderavonden onderwijs". */
  OUDERAVOND,
  /** "trainingsprogramma", for instance for parent ambassadors. */
  TRAININGSPROGRAMMA,
  /** "intervisiebijeenkomsten". */
  INTERVISIE,
  /** "ouders inzetten als ambassadeurs": parents who tell other parents. */
  AMBASSADEURS,
  /** "internetforum": the dialogue with young people. */
  INTERNETFORUM,
  /** "sociale media". */
  SOCIALE_MEDIA,
  /** "online-enquête": a survey, for example on parents' questions. */
  ENQUETE,
  /** "persoonlijk contact netwerkpartners". */
  PERSOONLIJK_CONTACT,
  /** Any other means; a {@link Middel} of this kind names it in its label. */
  OVERIG
}
