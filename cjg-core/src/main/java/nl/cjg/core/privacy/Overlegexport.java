package nl.cjg.core.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.cjg.core.casus.Professional;
import nl.cjg.core.overleg.Aanvraag;
import nl.cjg.core.overleg.Agenda;
import nl.cjg.core.overleg.Agendaplanning;
import nl.cjg.core.overleg.Casusoverleg;
import nl.cjg.core.overleg.Doorverwijzing;
import nl.cjg.core.overleg.Voorzitter;

/**
 * The research form of the people and case references in meetings and plannings, for {@link
 * Onderzoeksexport}: every name and every case kenmerk becomes its pseudonym under one {@link
 * Pseudonimisering}, so that a meeting still refers to the exported cases it discussed. Each value
 * is rebuilt from the attributes it may keep, never copied whole, so that an attribute added later
 * is left out until it is judged safe.
 */
final class Overlegexport {
  private final Pseudonimisering pseudonimisering;

  Overlegexport(Pseudonimisering pseudonimisering) {
    this.pseudonimisering = pseudonimisering;
  }

  /**
   * A meeting with its chair, team and joining partners by pseudonym, its cases by their kenmerk's
   * pseudonym and its dates, minutes and the parents' presence kept. The afsprakenlijst is left
   * out: what was agreed is free text about the family.
   */
  Casusoverleg casusoverleg(Casusoverleg bron) {
    Map<String, List<Professional>> aanschuivend = new LinkedHashMap<>();
    bron.aanschuivendePartners().forEach((partner, mensen) -> aanschuivend.put(partner, professionals(mensen)));
    Map<String, Boolean> oudersAanwezig = new LinkedHashMap<>();
    bron.oudersAanwezig().forEach((kenmerk, aanwezig) -> oudersAanwezig.put(kenmerk(kenmerk), aanwezig));
    return Casusoverleg.builder()
        .datum(bron.datum())
        .voorzitter(Voorzitter.of(naam(bron.voorzitter().naam()), bron.voorzitter().rol()))
        .vastTeam(professionals(bron.vastTeam()))
        .aanschuivendePartners(aanschuivend)
        .casussen(bron.casussen().stream().map(this::kenmerk).toList())
        .geplandeMinuten(bron.geplandeMinuten())
        .bestedeMinuten(bron.bestedeMinuten())
        .oudersAanwezig(oudersAanwezig)
        .build();
  }

  /**
   * A planning with every request's kenmerk as its pseudonym. Agenda items and waiting requests are
   * put back in planning order ({@link Aanvraag#volgorde()}), which breaks ties by kenmerk;
   * redirections keep their order.
   */
  Agendaplanning agendaplanning(Agendaplanning bron) {
    return Agendaplanning.builder()
        .agendas(bron.agendas().stream().map(this::agenda).toList())
        .doorverwezen(bron.doorverwezen().stream().map(this::doorverwijzing).toList())
        .wachtend(inVolgorde(bron.wachtend()))
        .build();
  }

  /** A professional by pseudonym, with organisation and function kept. */
  Professional professional(Professional bron) {
    return Professional.builder()
        .naam(bron.naam().map(this::naam))
        .organisatie(bron.organisatie())
        .functie(bron.functie())
        .build();
  }

  /** The pseudonym of a case's kenmerk. */
  String kenmerk(String kenmerk) {
    return pseudonimisering.vanKenmerk(kenmerk).value();
  }

  /** The pseudonym of a person's name. */
  String naam(String naam) {
    return pseudonimisering.vanNaam(naam).value();
  }

  private List<Professional> professionals(List<Professional> bron) {
    return bron.stream().map(this::professional).toList();
  }

  private Agenda agenda(Agenda bron) {
    return Agenda.builder()
        .datum(bron.datum())
        .geplandeMinuten(bron.geplandeMinuten())
        .punten(inVolgorde(bron.punten()))
        .build();
  }

  private Doorverwijzing doorverwijzing(Doorverwijzing bron) {
    return Doorverwijzing.builder().aanvraag(aanvraag(bron.aanvraag())).reden(bron.reden()).datum(bron.datum()).build();
  }

  private List<Aanvraag> inVolgorde(List<Aanvraag> bron) {
    return bron.stream().map(this::aanvraag).sorted(Aanvraag.volgorde()).toList();
  }

  private Aanvraag aanvraag(Aanvraag bron) {
    return Aanvraag.builder()
        .kenmerk(kenmerk(bron.kenmerk()))
        .aanvraagdatum(bron.aanvraagdatum())
        .prioriteit(bron.prioriteit())
        .verwachteMinuten(bron.verwachteMinuten())
        .ouderOfJongereAanwezig(bron.ouderOfJongereAanwezig())
        .eldersInBehandeling(bron.eldersInBehandeling())
        .build();
  }
}
