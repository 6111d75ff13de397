package nl.cjg.core.sample;

import nl.cjg.core.partner.Discipline;
import nl.cjg.core.partner.Partner;

/** The function a professional of a partner has, by the partner's first discipline. Stateless. */
final class Functies {
  private Functies() {}

  /** A function fitting the partner, for example {@code jeugdverpleegkundige} at the JGZ. */
  static String van(Partner partner) {
    if (partner.disciplines().isEmpty()) {
      return "medewerker";
    }
    Discipline discipline = partner.disciplines().iterator().next();
    return switch (discipline) {
      case VERLOSKUNDE -> "verloskundige";
      case KRAAMZORG -> "kraamverzorgende";
      case HUISARTS -> "huisarts";
      case JEUGDGEZONDHEIDSZORG -> "jeugdverpleegkundige";
      case JEUGDZORG -> "jeugdzorgwerker";
      case OPVOEDONDERSTEUNING -> "opvoedondersteuner";
      case MAATSCHAPPELIJK_WERK -> "schoolmaatschappelijk werker";
      case WELZIJN, JONGERENWERK -> "jongerenwerker";
      case ONDERWIJS -> "intern begeleider";
      case KINDEROPVANG, PEUTERSPEELZAAL -> "pedagogisch medewerker";
      case POLITIE -> "jeugdagent";
      case LEERPLICHT -> "leerplichtambtenaar";
      case GGZ -> "behandelaar";
      case VERSLAVINGSZORG -> "preventiewerker";
      case GEHANDICAPTENZORG -> "cliëntondersteuner";
      case GEMEENTE -> "coördinator CJG";
      case JUSTITIE -> "raadsonderzoeker";
      case JONGERENLOKET, WERK_EN_INKOMEN -> "consulent";
    };
  }
}
