package nl.cjg.core.sample;

import java.time.LocalDate;
import java.util.SplittableRandom;
import nl.cjg.core.aanbod.Aanbod;
import nl.cjg.core.aanbod.Kengetal;
import nl.cjg.core.partner.Discipline;
import nl.cjg.core.partner.Partner;
import nl.cjg.core.populatie.Doelgroepsoort;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.tijd.Datumbereik;

/**
 * Makes the offering of a partner: named and typed after its first discipline, for the ages the
 * partner serves, with one measure per calendar year of the dataset's period. The target group's
 * size comes from the population; participants are a part of it, contacts a multiple of them.
 * Immutable and thread-safe.
 */
final class Aanbodmaker {
  private static final int CJG_TOT = 24;

  private final Context context;

  Aanbodmaker(Context context) {
    this.context = context;
  }

  Aanbod maak(int index, Partner partner) {
    SampleOptions options = context.options();
    SplittableRandom random = Toeval.voor(options.seed(), Toeval.AANBOD, index);
    Discipline discipline = partner.disciplines().isEmpty() ? Discipline.GEMEENTE : partner.disciplines().iterator().next();
    Aanbod.Builder aanbod =
        Aanbod.builder()
            .partner(partner.naam())
            .naam(naam(discipline))
            .soort(basis(discipline) ? Aanbod.Soort.BASISAANBOD : Aanbod.Soort.FLEXIBEL_AANBOD)
            .aard(curatief(discipline) ? Aanbod.Aard.CURATIEF : Aanbod.Aard.PREVENTIEF);
    int van = partner.leeftijdsgroepen().stream().mapToInt(Leeftijdsgroep::van).min().orElse(CJG_TOT);
    int tot = Math.min(CJG_TOT, partner.leeftijdsgroepen().stream().mapToInt(Leeftijdsgroep::tot).max().orElse(CJG_TOT));
    if (van >= tot) {
      return aanbod.addVoor(Doelgroepsoort.PROFESSIONALS).build();
    }
    if (discipline == Discipline.VERLOSKUNDE || discipline == Discipline.KRAAMZORG) {
      aanbod.addVoor(Doelgroepsoort.TOEKOMSTIGE_OUDERS);
    }
    aanbod.addVoor(Doelgroepsoort.OUDERS, Doelgroepsoort.JEUGDIGEN).leeftijdsgroep(Leeftijdsgroep.of(van, tot));
    long doelgroep = context.verdeling().aantal(van, tot);
    for (int jaar = options.startdatumOverleg().getYear(); jaar <= options.peildatum().getYear(); jaar++) {
      LocalDate begin = later(LocalDate.of(jaar, 1, 1), options.startdatumOverleg());
      LocalDate eind = eerder(LocalDate.of(jaar, 12, 31), options.peildatum());
      int grootte = (int) Math.min(Integer.MAX_VALUE, doelgroep);
      int deelnemers = random.nextInt(grootte / 10 + 1);
      aanbod.addKengetallen(
          Kengetal.builder()
              .periode(Datumbereik.of(begin, eind))
              .doelgroepgrootte(grootte)
              .deelnemers(deelnemers)
              .contacten(deelnemers * (1 + random.nextInt(3)))
              .build());
    }
    return aanbod.build();
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate eerder(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static boolean basis(Discipline discipline) {
    return switch (discipline) {
      case VERLOSKUNDE, KRAAMZORG, HUISARTS, JEUGDGEZONDHEIDSZORG, ONDERWIJS, KINDEROPVANG, PEUTERSPEELZAAL, LEERPLICHT -> true;
      default -> false;
    };
  }

  private static boolean curatief(Discipline discipline) {
    return switch (discipline) {
      case JEUGDZORG, GGZ, VERSLAVINGSZORG, GEHANDICAPTENZORG, JUSTITIE -> true;
      default -> false;
    };
  }

  private static String naam(Discipline discipline) {
    return switch (discipline) {
      case VERLOSKUNDE -> "Verloskundige zorg";
      case KRAAMZORG -> "Kraamzorg";
      case HUISARTS -> "Huisartsenzorg";
      case JEUGDGEZONDHEIDSZORG -> "Jeugdgezondheidszorg uniforme werkzaamheden";
      case JEUGDZORG -> "Jeugd- en opvoedhulp";
      case OPVOEDONDERSTEUNING -> "Opvoedondersteuning";
      case MAATSCHAPPELIJK_WERK -> "Schoolmaatschappelijk werk";
      case WELZIJN -> "Kinderactiviteiten";
      case JONGERENWERK -> "Jongerenwerk";
      case ONDERWIJS -> "Zorg in en om de school";
      case KINDEROPVANG -> "Kinderopvang";
      case PEUTERSPEELZAAL -> "Peuterspeelzaal";
      case POLITIE -> "Jeugd en veiligheid";
      case LEERPLICHT -> "Leerplicht en verzuim";
      case GGZ -> "Jeugd-GGZ";
      case VERSLAVINGSZORG -> "Preventie verslaving";
      case GEHANDICAPTENZORG -> "Cliëntondersteuning";
      case GEMEENTE -> "Centrum voor Jeugd en Gezin";
      case JUSTITIE -> "Jeugdbescherming";
      case JONGERENLOKET -> "Jongerenloket";
      case WERK_EN_INKOMEN -> "Werk en inkomen";
    };
  }
}
