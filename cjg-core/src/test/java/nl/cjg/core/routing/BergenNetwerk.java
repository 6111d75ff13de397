package nl.cjg.core.routing;

import java.util.List;
import java.util.Set;
import nl.cjg.core.partner.Discipline;
import nl.cjg.core.partner.Expertise;
import nl.cjg.core.partner.Netwerk;
import nl.cjg.core.partner.Partner;
import nl.cjg.core.partner.Rol;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.populatie.Leeftijdsindelingen;

/**
 * The CJG Bergen network as the partner map places its partners (Communicatieplan CJG Bergen 2012, bijlage 1 (partners)),
 * with expertise from the werkplan; the opvoedspreekuur is held in Egmond and Bergen (Werkplan CJG Bergen 2012, uitwerking 1, aanbod JGZ, opvoedspreekuur).
 */
final class BergenNetwerk {
  static final List<Leeftijdsgroep> CJG = Leeftijdsindelingen.CJG_LEEFTIJDSGROEPEN.groepen();
  static final Leeftijdsgroep NUL_4 = CJG.get(0);
  static final Leeftijdsgroep VIER_12 = CJG.get(1);
  static final Leeftijdsgroep TWAALF_19 = CJG.get(2);
  static final Leeftijdsgroep NEGENTIEN_23 = CJG.get(3);
  static final Set<Kern> ALLE_KERNEN = Set.copyOf(BergenKernen.all());

  static final Partner GGD = partner("GGD Hollands Noorden", Rol.KERNPARTNER, Set.of(Discipline.JEUGDGEZONDHEIDSZORG),
      List.of(NUL_4, VIER_12, TWAALF_19), ALLE_KERNEN,
      Set.of(Expertise.POSITIEF_OPVOEDEN, Expertise.VIDEO_HOMETRAINING, Expertise.SIGNALEREN));
  static final Partner BUREAU_JEUGDZORG = partner("Bureau Jeugdzorg Noord-Holland", Rol.KERNPARTNER,
      Set.of(Discipline.JEUGDZORG), List.of(NUL_4, VIER_12, TWAALF_19), ALLE_KERNEN,
      Set.of(Expertise.MELDCODE_KINDERMISHANDELING, Expertise.VERWIJSINDEX, Expertise.ZORGCOORDINATIE));
  static final Partner WELZIJN_BERGEN = partner("Stichting Welzijn Bergen", Rol.KERNPARTNER,
      Set.of(Discipline.WELZIJN, Discipline.JONGERENWERK), List.of(VIER_12, TWAALF_19, NEGENTIEN_23), ALLE_KERNEN,
      Set.of(Expertise.AMBULANT_WERKEN));
  static final Partner DE_WERING = partner("Stichting de Wering", Rol.KERNPARTNER,
      Set.of(Discipline.MAATSCHAPPELIJK_WERK), CJG, ALLE_KERNEN,
      Set.of(Expertise.EEN_GEZIN_EEN_PLAN, Expertise.ZORGCOORDINATIE, Expertise.MELDCODE_KINDERMISHANDELING));
  static final Partner OPVOEDSPREEKUUR = partner("Opvoedspreekuur", Rol.NETWERKPARTNER,
      Set.of(Discipline.OPVOEDONDERSTEUNING), List.of(NUL_4, VIER_12, TWAALF_19),
      Set.of(BergenKernen.BERGEN, BergenKernen.EGMOND_AAN_ZEE, BergenKernen.EGMOND_BINNEN, BergenKernen.EGMOND_AAN_DEN_HOEF),
      Set.of(Expertise.POSITIEF_OPVOEDEN));
  static final Partner KIES_COACH = partner("KIES Coach", Rol.NETWERKPARTNER, Set.of(Discipline.OPVOEDONDERSTEUNING),
      List.of(VIER_12, TWAALF_19), ALLE_KERNEN, Set.of(Expertise.KINDEREN_IN_ECHTSCHEIDING));
  static final Partner MEE = partner("MEE", Rol.NETWERKPARTNER, Set.of(Discipline.GEHANDICAPTENZORG), CJG, ALLE_KERNEN,
      Set.of());
  static final Partner LEERPLICHT = partner("Leerplicht", Rol.NETWERKPARTNER, Set.of(Discipline.LEERPLICHT),
      List.of(VIER_12, TWAALF_19), ALLE_KERNEN, Set.of());
  static final Partner BRIJDERSTICHTING = partner("Brijderstichting", Rol.NETWERKPARTNER,
      Set.of(Discipline.VERSLAVINGSZORG), CJG, ALLE_KERNEN, Set.of());
  static final Partner TRIVERSUM = partner("Triversum", Rol.NETWERKPARTNER, Set.of(Discipline.GGZ),
      List.of(NUL_4, VIER_12, TWAALF_19), ALLE_KERNEN, Set.of());
  static final Partner GGZ_NHN = partner("GGZ Noord-Holland-Noord", Rol.NETWERKPARTNER, Set.of(Discipline.GGZ),
      List.of(NEGENTIEN_23), ALLE_KERNEN, Set.of());
  static final Partner JONGERENLOKET = partner("Jongerenloket", Rol.NETWERKPARTNER, Set.of(Discipline.JONGERENLOKET),
      List.of(TWAALF_19, NEGENTIEN_23), ALLE_KERNEN, Set.of());
  static final Partner HUISARTS = partner("Huisarts", Rol.NETWERKPARTNER, Set.of(Discipline.HUISARTS), CJG, ALLE_KERNEN,
      Set.of(Expertise.SIGNALEREN));

  static final Netwerk NETWERK =
      Netwerk.builder()
          .addPartners(GGD, BUREAU_JEUGDZORG, WELZIJN_BERGEN, DE_WERING, OPVOEDSPREEKUUR, KIES_COACH, MEE, LEERPLICHT,
              BRIJDERSTICHTING, TRIVERSUM, GGZ_NHN, JONGERENLOKET, HUISARTS)
          .build();

  private BergenNetwerk() {}

  private static Partner partner(String naam, Rol rol, Set<Discipline> disciplines, List<Leeftijdsgroep> leeftijden,
      Set<Kern> kernen, Set<Expertise> expertises) {
    return Partner.builder()
        .naam(naam)
        .rol(rol)
        .disciplines(disciplines)
        .leeftijdsgroepen(leeftijden)
        .kernen(kernen)
        .expertises(expertises)
        .build();
  }
}
