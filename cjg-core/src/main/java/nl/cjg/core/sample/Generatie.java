package nl.cjg.core.sample;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import nl.cjg.core.casus.Professional;
import nl.cjg.core.overleg.Casusoverleg;
import nl.cjg.core.overleg.Voorzitter;
import nl.cjg.core.partner.Partner;
import nl.cjg.core.verwijsindex.Signaal;

/**
 * One pass over a dataset: the population, the partners, their offerings, then per meeting the
 * cases requested for it (each followed by its signals), the meeting with its afsprakenlijst and
 * the family plans made there, and last the work plan.
 *
 * <p>Case {@code i} of {@code n} is requested for meeting {@code floor(i·m/n)} of the {@code m}
 * meetings, on a day after the previous meeting and before its own; a share of them is discussed
 * there, the others are referred on at it. Only one meeting's discussed cases are held at a time, so a dataset of any
 * size is made in constant memory. Not thread-safe: one iterator per pass.
 */
final class Generatie implements Iterator<SampleRecord> {
  /**
   * The most cases one meeting record discusses. A meeting that discusses more (a dataset of
   * hundreds of thousands of cases) is written as several records on the same date, which the
   * dataset rules take as one meeting (DATASET-006), so that no record outgrows the reader's
   * default limit of a record (1 MiB; about 420 bytes per discussed case).
   */
  static final int CASUSSEN_PER_RECORD = 1000;

  private final Context context;
  private final Casusmaker casusmaker;
  private final Aanbodmaker aanbodmaker;
  private final Werkplanmaker werkplanmaker;
  private final List<LocalDate> vergaderdata;
  private final BsnVoorraad bsnVoorraad;
  private final ArrayDeque<SampleRecord> klaar = new ArrayDeque<>();
  private final List<Casusmaker.Gemaakt> besproken = new ArrayList<>();

  private int partner;
  private int aanbod;
  private int overleg;
  private long casus;
  private boolean begonnen;
  private boolean werkplanGemaakt;

  Generatie(SampleOptions options) {
    this.context = new Context(options);
    this.casusmaker = new Casusmaker(context);
    this.aanbodmaker = new Aanbodmaker(context);
    this.werkplanmaker = new Werkplanmaker(context);
    this.vergaderdata = options.vergaderdata();
    this.bsnVoorraad = new BsnVoorraad(context.bsnVerschuiving());
  }

  @Override
  public boolean hasNext() {
    while (klaar.isEmpty() && !werkplanGemaakt) {
      volgende();
    }
    return !klaar.isEmpty();
  }

  @Override
  public SampleRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return klaar.poll();
  }

  /** Makes the next one or more records. */
  private void volgende() {
    List<Partner> partners = context.options().netwerk().partners();
    if (!begonnen) {
      begonnen = true;
      klaar.add(SampleRecord.of(SampleRecord.Kind.POPULATIE, context.options().populatie()));
    } else if (partner < partners.size()) {
      klaar.add(SampleRecord.of(SampleRecord.Kind.PARTNER, partners.get(partner++)));
    } else if (aanbod < partners.size()) {
      klaar.add(SampleRecord.of(SampleRecord.Kind.AANBOD, aanbodmaker.maak(aanbod, partners.get(aanbod++))));
    } else if (overleg < vergaderdata.size()) {
      volgendeCasusOfOverleg();
    } else {
      werkplanGemaakt = true;
      klaar.add(SampleRecord.of(SampleRecord.Kind.WERKPLAN, werkplanmaker.maak()));
    }
  }

  private void volgendeCasusOfOverleg() {
    long eindeGroep = eersteCasus(overleg + 1);
    if (casus < eindeGroep) {
      LocalDate datum = vergaderdata.get(overleg);
      LocalDate vanaf = overleg == 0 ? datum.minusDays(21) : vergaderdata.get(overleg - 1);
      Casusmaker.Gemaakt gemaakt = casusmaker.maak(casus++, vanaf, datum.minusDays(1), datum, bsnVoorraad);
      klaar.add(SampleRecord.of(SampleRecord.Kind.CASUS, gemaakt.casus()));
      for (Signaal signaal : gemaakt.signalen()) {
        klaar.add(SampleRecord.of(SampleRecord.Kind.SIGNAAL, signaal));
      }
      if (gemaakt.besproken()) {
        besproken.add(gemaakt);
      }
      return;
    }
    if (!besproken.isEmpty()) {
      for (int deel = 0; deel * CASUSSEN_PER_RECORD < besproken.size(); deel++) {
        List<Casusmaker.Gemaakt> groep =
            besproken.subList(deel * CASUSSEN_PER_RECORD, Math.min(besproken.size(), (deel + 1) * CASUSSEN_PER_RECORD));
        klaar.add(SampleRecord.of(SampleRecord.Kind.CASUSOVERLEG, casusoverleg(overleg, deel, vergaderdata.get(overleg), groep)));
      }
      for (Casusmaker.Gemaakt gemaakt : besproken) {
        gemaakt.gezinsplan().ifPresent(plan -> klaar.add(SampleRecord.of(SampleRecord.Kind.GEZINSPLAN, plan)));
      }
      besproken.clear();
    }
    overleg++;
  }

  /** The index of the first case requested for meeting {@code nummer}: {@code ceil(nummer·n/m)}. */
  private long eersteCasus(int nummer) {
    long n = context.options().aantalCasussen();
    long m = vergaderdata.size();
    return (nummer * n + m - 1) / m;
  }

  /**
   * Part {@code deel} of meeting {@code nummer}, discussing {@code groep}: one record per
   * {@link #CASUSSEN_PER_RECORD} discussed cases, all on the meeting's date.
   */
  private Casusoverleg casusoverleg(int nummer, int deel, LocalDate datum, List<Casusmaker.Gemaakt> groep) {
    SplittableRandom random = Toeval.voor(context.options().seed(), Toeval.OVERLEG, nummer + (long) deel * vergaderdata.size());
    Casusoverleg.Builder overleg =
        Casusoverleg.builder()
            .datum(datum)
            .voorzitter(Voorzitter.of(Namenlijsten.voornaam(random) + " " + Namenlijsten.achternaam(random), Voorzitter.Rol.PROCESREGISSEUR))
            .bestedeMinuten(Casusoverleg.STANDAARD_GEPLANDE_MINUTEN + 30 + random.nextInt(31));
    for (Partner kernpartner : context.kernpartners()) {
      overleg.addVastTeam(Professional.builder().organisatie(kernpartner.naam()).functie(Functies.van(kernpartner)).build());
    }
    for (Casusmaker.Gemaakt gemaakt : groep) {
      String kenmerk = gemaakt.casus().kenmerk();
      overleg.addCasussen(kenmerk).putOudersAanwezig(kenmerk, gemaakt.oudersAanwezig()).addAllAfsprakenlijst(gemaakt.afspraken());
      if (!gemaakt.aanschuivend().isEmpty()) {
        overleg.putAanschuivendePartner(kenmerk, gemaakt.aanschuivend());
      }
    }
    return overleg.build();
  }
}
