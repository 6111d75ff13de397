package nl.cjg.jqwik;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import nl.cjg.core.aanbod.Aanbod;
import nl.cjg.core.aanbod.Kengetal;
import nl.cjg.core.aanbod.Uitsplitsing;
import nl.cjg.core.casus.Aanmelder;
import nl.cjg.core.casus.Afspraak;
import nl.cjg.core.casus.BetrokkenInstantie;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Doel;
import nl.cjg.core.casus.Gezinsplan;
import nl.cjg.core.casus.Kind;
import nl.cjg.core.casus.Persoonsgegevens;
import nl.cjg.core.casus.Professional;
import nl.cjg.core.casus.Statusgeschiedenis;
import nl.cjg.core.casus.Toestemming;
import nl.cjg.core.id.AgbCode;
import nl.cjg.core.id.Bsn;
import nl.cjg.core.id.BuurtCode;
import nl.cjg.core.id.GemeenteCode;
import nl.cjg.core.id.KvkNummer;
import nl.cjg.core.id.Postcode;
import nl.cjg.core.id.Pseudoniem;
import nl.cjg.core.id.WijkCode;
import nl.cjg.core.overleg.Aanvraag;
import nl.cjg.core.overleg.Agenda;
import nl.cjg.core.overleg.Agendaplanning;
import nl.cjg.core.overleg.Casusoverleg;
import nl.cjg.core.overleg.Doorverwijzing;
import nl.cjg.core.overleg.Planningsregels;
import nl.cjg.core.overleg.Vergaderschema;
import nl.cjg.core.overleg.Voorzitter;
import nl.cjg.core.partner.Netwerk;
import nl.cjg.core.partner.Partner;
import nl.cjg.core.populatie.Doelgroep;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.populatie.Leeftijdsindeling;
import nl.cjg.core.populatie.Omvang;
import nl.cjg.core.populatie.Populatie;
import nl.cjg.core.routing.Advies;
import nl.cjg.core.routing.RoutingRule;
import nl.cjg.core.routing.Situatie;
import nl.cjg.core.sample.SampleDataset;
import nl.cjg.core.tijd.Datumbereik;
import nl.cjg.core.tijd.Periode;
import nl.cjg.core.tijd.Tijdvak;
import nl.cjg.core.verwijsindex.Match;
import nl.cjg.core.verwijsindex.Signaal;
import nl.cjg.core.verwijsindex.Verval;
import nl.cjg.core.werkplan.Actie;
import nl.cjg.core.werkplan.Communicatiedoel;
import nl.cjg.core.werkplan.Communicatiedoelgroep;
import nl.cjg.core.werkplan.Communicatieplan;
import nl.cjg.core.werkplan.Communicatiestap;
import nl.cjg.core.werkplan.Evaluatie;
import nl.cjg.core.werkplan.Fase;
import nl.cjg.core.werkplan.GoNoGo;
import nl.cjg.core.werkplan.Meting;
import nl.cjg.core.werkplan.Middel;
import nl.cjg.core.werkplan.PlanVanAanpak;
import nl.cjg.core.werkplan.StrategischeKeuze;
import nl.cjg.core.werkplan.Werkplan;
import nl.cjg.core.werkplan.WerkplanItem;

/**
 * Makes {@link CjgArbitraries}' arbitraries the default for {@code @ForAll} parameters of the
 * domain types, so that {@code @ForAll Casus casus} needs no provider method. Registered through
 * {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider} and, on the module path,
 * {@code provides} in the module descriptor. Stateless and thread-safe.
 */
public final class CjgArbitraryProvider implements ArbitraryProvider {
  private static final Map<Class<?>, Supplier<Arbitrary<?>>> PER_TYPE =
      Map.ofEntries(
          Map.entry(Casus.class, CjgArbitraries::casus),
          Map.entry(Bsn.class, CjgArbitraries::bsn),
          Map.entry(Postcode.class, CjgArbitraries::postcode),
          Map.entry(AgbCode.class, CjgArbitraries::agbCode),
          Map.entry(KvkNummer.class, CjgArbitraries::kvkNummer),
          Map.entry(GemeenteCode.class, CjgArbitraries::gemeenteCode),
          Map.entry(WijkCode.class, CjgArbitraries::wijkCode),
          Map.entry(BuurtCode.class, CjgArbitraries::buurtCode),
          Map.entry(Kern.class, CjgArbitraries::kern),
          Map.entry(Leeftijdsgroep.class, CjgArbitraries::leeftijdsgroep),
          Map.entry(Leeftijdsindeling.class, CjgArbitraries::leeftijdsindeling),
          Map.entry(Populatie.Telling.class, CjgArbitraries::telling),
          Map.entry(Populatie.class, CjgArbitraries::populatie),
          Map.entry(Omvang.class, CjgArbitraries::omvang),
          Map.entry(Doelgroep.class, CjgArbitraries::doelgroep),
          Map.entry(Partner.class, CjgArbitraries::partner),
          Map.entry(Netwerk.class, CjgArbitraries::netwerk),
          Map.entry(Aanbod.class, CjgArbitraries::aanbod),
          Map.entry(Kengetal.class, CjgArbitraries::kengetal),
          Map.entry(Uitsplitsing.class, CjgArbitraries::uitsplitsing),
          Map.entry(Toestemming.class, CjgArbitraries::toestemming),
          Map.entry(Aanmelder.class, CjgArbitraries::aanmelder),
          Map.entry(Professional.class, CjgArbitraries::professional),
          Map.entry(Persoonsgegevens.class, CjgArbitraries::persoonsgegevens),
          Map.entry(nl.cjg.core.casus.OndernomenActie.class, CjgArbitraries::ondernomenActie),
          Map.entry(BetrokkenInstantie.class, CjgArbitraries::betrokkenInstantie),
          Map.entry(Afspraak.class, CjgArbitraries::afspraak),
          Map.entry(Doel.class, CjgArbitraries::doel),
          Map.entry(Gezinsplan.class, CjgArbitraries::gezinsplan),
          Map.entry(Statusgeschiedenis.class, CjgArbitraries::statusgeschiedenis),
          Map.entry(Voorzitter.class, CjgArbitraries::voorzitter),
          Map.entry(Casusoverleg.class, CjgArbitraries::casusoverleg),
          Map.entry(Aanvraag.class, CjgArbitraries::aanvraag),
          Map.entry(Planningsregels.class, CjgArbitraries::planningsregels),
          Map.entry(Vergaderschema.class, CjgArbitraries::vergaderschema),
          Map.entry(Signaal.class, CjgArbitraries::signaal),
          Map.entry(Match.class, CjgArbitraries::match),
          Map.entry(Situatie.class, CjgArbitraries::situatie),
          Map.entry(Werkplan.class, CjgArbitraries::werkplan),
          Map.entry(WerkplanItem.class, CjgArbitraries::werkplanItem),
          Map.entry(Evaluatie.class, CjgArbitraries::evaluatie),
          Map.entry(PlanVanAanpak.class, CjgArbitraries::planVanAanpak),
          Map.entry(Fase.class, CjgArbitraries::fase),
          Map.entry(nl.cjg.core.werkplan.Actie.class, CjgArbitraries::planActie),
          Map.entry(GoNoGo.class, CjgArbitraries::goNoGo),
          Map.entry(Actie.Besluitmoment.class, CjgArbitraries::besluitmoment),
          Map.entry(Communicatieplan.class, CjgArbitraries::communicatieplan),
          Map.entry(Communicatiedoel.class, CjgArbitraries::communicatiedoel),
          Map.entry(Communicatiedoelgroep.class, CjgArbitraries::communicatiedoelgroep),
          Map.entry(Middel.class, CjgArbitraries::middel),
          Map.entry(Meting.class, CjgArbitraries::meting),
          Map.entry(Periode.class, CjgArbitraries::periode),
          Map.entry(Tijdvak.class, CjgArbitraries::tijdvak),
          Map.entry(Datumbereik.class, CjgArbitraries::datumbereik),
          Map.entry(Kind.class, CjgArbitraries::kind),
          Map.entry(Statusgeschiedenis.Wijziging.class, CjgArbitraries::statuswijziging),
          Map.entry(Agenda.class, CjgArbitraries::agenda),
          Map.entry(Doorverwijzing.class, CjgArbitraries::doorverwijzing),
          Map.entry(Agendaplanning.class, CjgArbitraries::agendaplanning),
          Map.entry(Verval.class, CjgArbitraries::verval),
          Map.entry(Advies.class, CjgArbitraries::advies),
          Map.entry(RoutingRule.class, CjgArbitraries::routingRule),
          Map.entry(Pseudoniem.class, CjgArbitraries::pseudoniem),
          Map.entry(StrategischeKeuze.class, CjgArbitraries::strategischeKeuze),
          Map.entry(Communicatiestap.class, CjgArbitraries::communicatiestap),
          Map.entry(SampleDataset.class, CjgArbitraries::dataset));

  /** Creates the provider; jqwik does so through the service loader. */
  public CjgArbitraryProvider() {}

  /** The domain types this provider serves. */
  public static Set<Class<?>> types() {
    return PER_TYPE.keySet();
  }

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return PER_TYPE.containsKey(targetType.getRawType());
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return Set.of(PER_TYPE.get(targetType.getRawType()).get());
  }
}
