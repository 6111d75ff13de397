package nl.cjg.core.partner;

import java.net.URI;
import java.util.List;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.populatie.Leeftijdsindelingen;

/** A few partners of CJG Bergen as the partner map places them (Communicatieplan CJG Bergen 2012, bijlage 1 (partners)). */
final class Partners {
  static final List<Leeftijdsgroep> CJG = Leeftijdsindelingen.CJG_LEEFTIJDSGROEPEN.groepen();
  static final Leeftijdsgroep NUL_4 = CJG.get(0);
  static final Leeftijdsgroep VIER_12 = CJG.get(1);
  static final Leeftijdsgroep TWAALF_19 = CJG.get(2);
  static final Leeftijdsgroep NEGENTIEN_23 = CJG.get(3);

  static final Partner GGD =
      Partner.builder()
          .naam("GGD Hollands Noorden")
          .rol(Rol.KERNPARTNER)
          .addDisciplines(Discipline.JEUGDGEZONDHEIDSZORG)
          .addLeeftijdsgroepen(NUL_4, VIER_12, TWAALF_19)
          .addAllKernen(BergenKernen.all())
          .addExpertises(Expertise.POSITIEF_OPVOEDEN, Expertise.VIDEO_HOMETRAINING, Expertise.ZORGCOORDINATIE)
          .website(URI.create("http://www.cjgbergen-nh.nl/local/jeugdgezondheidszorg"))
          .build();

  static final Partner BUREAU_JEUGDZORG =
      Partner.builder()
          .naam("Bureau Jeugdzorg Noord-Holland")
          .rol(Rol.KERNPARTNER)
          .addDisciplines(Discipline.JEUGDZORG)
          .addLeeftijdsgroepen(NUL_4, VIER_12, TWAALF_19)
          .addAllKernen(BergenKernen.all())
          .addExpertises(Expertise.MELDCODE_KINDERMISHANDELING)
          .website(URI.create("http://www.cjgbergen-nh.nl/local/bureau-jeugdzorg-noord-holland"))
          .build();

  static final Partner WELZIJN_BERGEN =
      Partner.builder()
          .naam("Stichting Welzijn Bergen")
          .rol(Rol.KERNPARTNER)
          .addDisciplines(Discipline.WELZIJN, Discipline.JONGERENWERK)
          .addLeeftijdsgroepen(VIER_12, TWAALF_19, NEGENTIEN_23)
          .addAllKernen(BergenKernen.all())
          .addExpertises(Expertise.AMBULANT_WERKEN)
          .build();

  static final Partner DE_WERING =
      Partner.builder()
          .naam("Stichting de Wering")
          .rol(Rol.KERNPARTNER)
          .addDisciplines(Discipline.MAATSCHAPPELIJK_WERK)
          .addAllLeeftijdsgroepen(CJG)
          .addAllKernen(BergenKernen.all())
          .build();

  static final Partner VEILIGHEIDSHUIS =
      Partner.builder()
          .naam("Veiligheidshuis")
          .rol(Rol.NETWERKPARTNER)
          .addDisciplines(Discipline.JUSTITIE)
          .addLeeftijdsgroepen(TWAALF_19, NEGENTIEN_23)
          .addKernen(BergenKernen.BERGEN, BergenKernen.SCHOORL)
          .build();

  private Partners() {}
}
