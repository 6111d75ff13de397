package nl.cjg.jqwik;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import nl.cjg.core.partner.Discipline;
import nl.cjg.core.partner.Expertise;
import nl.cjg.core.partner.Netwerk;
import nl.cjg.core.partner.Partner;
import nl.cjg.core.partner.Rol;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.populatie.Leeftijdsindelingen;
import nl.cjg.core.referentie.BergenReferentie;

/** Arbitraries of partners and networks. Stateless. */
final class Netwerken {
  private Netwerken() {}

  static Arbitrary<Partner> partner() {
    return Builders.withBuilder(Partner::builder)
        .use(Basis.naam()).in(Partner.Builder::naam)
        .use(Arbitraries.of(Rol.class)).in(Partner.Builder::rol)
        .use(Arbitraries.of(Discipline.class).set().ofMinSize(1).ofMaxSize(3)).in(Partner.Builder::disciplines)
        .use(Bevolking.leeftijdsgroep().list().ofMinSize(1).ofMaxSize(3)).in(Partner.Builder::leeftijdsgroepen)
        .use(Bevolking.kern().set().ofMinSize(1)).in(Partner.Builder::kernen)
        .use(Arbitraries.of(Expertise.class).set().ofMaxSize(3)).in(Partner.Builder::expertises)
        .use(Basis.naam().map(naam -> URI.create("https://www." + naam.toLowerCase(Locale.ROOT) + ".example/")))
        .withProbability(0.5)
        .in(Partner.Builder::website)
        .use(Identificatie.agbCode()).withProbability(0.3).in(Partner.Builder::agbCode)
        .use(Identificatie.kvkNummer()).withProbability(0.3).in(Partner.Builder::kvkNummer)
        .build(Partner.Builder::build);
  }

  /**
   * A network that serves every age 0–23: some partners, numbered so that their names differ,
   * and one that serves the whole target group. The Bergen partner map is an edge case.
   */
  static Arbitrary<Netwerk> netwerk() {
    return Basis.metRanden(partner().list().ofMaxSize(5).map(Netwerken::gesloten), BergenReferentie.netwerk());
  }

  /** The partners under distinct names, with a partner for all ages 0–23 first. */
  static Netwerk gesloten(List<Partner> partners) {
    List<Partner> genummerd = new ArrayList<>();
    for (Partner partner : partners) {
      genummerd.add(Partner.builder().from(partner).naam(partner.naam() + " " + (genummerd.size() + 2)).build());
    }
    Partner sluitend =
        Partner.builder()
            .naam("Centrum voor Jeugd en Gezin 1")
            .rol(Rol.KERNPARTNER)
            .addDisciplines(Discipline.GEMEENTE)
            .addLeeftijdsgroepen(Leeftijdsindelingen.CJG_DOELGROEP)
            .addAllKernen(BergenKernen.all())
            .build();
    return Netwerk.builder().addPartners(sluitend).addAllPartners(genummerd).build();
  }
}
