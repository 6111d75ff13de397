package nl.cjg.core.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.ResourceBundle;
import nl.cjg.core.aanbod.Aanbod;
import nl.cjg.core.casus.Afspraak;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Casusstatus;
import nl.cjg.core.casus.Gezinsplan;
import nl.cjg.core.casus.Persoonsgegevens;
import nl.cjg.core.casus.Professional;
import nl.cjg.core.casus.Statusgeschiedenis;
import nl.cjg.core.overleg.Agenda;
import nl.cjg.core.overleg.Casusoverleg;
import nl.cjg.core.partner.Partner;
import nl.cjg.core.verwijsindex.Signaal;
import nl.cjg.core.verwijsindex.Verwijsindex;

/**
 * Checks the dataset rules ({@link DatasetRules}) over records given one at a time, keeping only
 * the keys the rules need: per case its kenmerk, line, consent, referral date and the meetings
 * that discussed it; the partner names; the meeting dates; the active periods of signals; and the
 * references that could not be resolved yet. Each rule that spans records is decided at {@link
 * #result()}, so the outcome does not depend on the order of the records. Not thread-safe.
 */
final class DatasetIntegrity {
  private static final long[] NONE = {};
  private static final Comparator<Violation> ORDER =
      Comparator.comparingLong((Violation v) -> v.line().orElse(0L))
          .thenComparing(Violation::path)
          .thenComparing(Violation::ruleId)
          .thenComparingLong(v -> v.relatedLine().orElse(0L));

  /**
   * What the dataset knows of one kenmerk, kept small: a million of them fit in a small heap. The
   * kenmerk itself is the key of the map that holds it.
   */
  private static final class Sleutels {
    /** The case's line shifted left by one, its consent in the lowest bit; 0 while unseen. */
    private long regelEnToestemming;
    private long doorverwezenOp = Long.MAX_VALUE;
    /** Pairs (epoch day, line) of the meetings that discussed the case, exactly sized; null when none. */
    private long[] overleggen;

    private boolean bekend() {
      return regelEnToestemming != 0;
    }

    private long regel() {
      return regelEnToestemming >>> 1;
    }

    private boolean toestemming() {
      return (regelEnToestemming & 1) == 1;
    }

    private int aantalOverleggen() {
      return overleggen == null ? 0 : overleggen.length / 2;
    }

    /** Records a meeting (its date as epoch day, and its line) that discussed the case. */
    private void besprokenOp(long dag, long overlegRegel) {
      int n = aantalOverleggen();
      overleggen = overleggen == null ? new long[2] : Arrays.copyOf(overleggen, 2 * n + 2);
      overleggen[2 * n] = dag;
      overleggen[2 * n + 1] = overlegRegel;
    }
  }

  /** A reference to a case that was not in the dataset yet when it was read. */
  private record OpenCasus(Sleutels sleutels, long regel, String pad, boolean toestemmingNodig) {}

  /** A reference to a partner that was not in the dataset yet when it was read. */
  private record OpenPartner(String naam, long regel, String pad) {}

  private final LocalDate peildatum;
  private final ResourceBundle messages;
  private final List<Violation> found = new ArrayList<>();
  private final Map<String, Sleutels> casussen = new HashMap<>();
  private final List<OpenCasus> openCasussen = new ArrayList<>();
  private final Map<String, Long> partnernamen = new HashMap<>();
  private final Map<String, String> genoemdeNamen = new HashMap<>();
  private final List<OpenPartner> openPartners = new ArrayList<>();
  private final Map<Long, long[]> signaalperioden = new HashMap<>();
  private long[] vergaderdagen = new long[16];
  private int aantalVergaderdagen;
  private long[] gemeld = new long[24];
  private int aantalGemeld;
  private boolean klaar;

  DatasetIntegrity(LocalDate peildatum, ResourceBundle messages) {
    this.peildatum = Objects.requireNonNull(peildatum, "peildatum");
    this.messages = messages;
  }

  /**
   * Takes in one record.
   *
   * @param record the record; a type no dataset rule is about is passed over
   * @param regel its line in the file, or its position from 1
   */
  void add(Object record, long regel) {
    Objects.requireNonNull(record, "record");
    if (regel < 1) {
      throw new IllegalArgumentException("a record's line or position starts at 1");
    }
    if (klaar) {
      throw new IllegalStateException("the dataset check has already given its result");
    }
    if (record instanceof Partner partner) {
      partner(partner, regel);
    } else if (record instanceof Aanbod aanbod) {
      naarPartner(aanbod.partner(), regel, "partner");
    } else if (record instanceof Casus casus) {
      casus(casus, regel);
    } else if (record instanceof Casusoverleg overleg) {
      overleg(overleg, regel);
    } else if (record instanceof Gezinsplan plan) {
      gezinsplan(plan, regel);
    } else if (record instanceof Agenda agenda) {
      for (int i = 0; i < agenda.punten().size(); i++) {
        naarCasus(agenda.punten().get(i).kenmerk(), regel, "punten[" + i + "].kenmerk", false);
      }
    } else if (record instanceof Signaal signaal) {
      signaal(signaal);
    }
  }

  private void partner(Partner partner, long regel) {
    noemPartner(partner.naam(), regel, "naam");
    for (String anderNaam : partner.andereNamen()) {
      noemPartner(anderNaam, regel, "andereNamen[" + anderNaam + "]");
    }
  }

  private void noemPartner(String naam, long regel, String pad) {
    Long eerder = partnernamen.putIfAbsent(naam, regel);
    if (eerder != null && eerder != regel) {
      report(DatasetRules.PARTNER_UNIEK, regel, pad, OptionalLong.of(eerder), Violation.Severity.ERROR);
    }
  }

  private void casus(Casus casus, long regel) {
    Sleutels sleutels = casussen.computeIfAbsent(casus.kenmerk(), kenmerk -> new Sleutels());
    if (sleutels.bekend()) {
      report(DatasetRules.KENMERK_UNIEK, regel, "kenmerk", OptionalLong.of(sleutels.regel()), Violation.Severity.ERROR);
      return;
    }
    sleutels.regelEnToestemming = regel << 1 | (casus.toestemming().metToestemming() ? 1 : 0);
    for (Statusgeschiedenis.Wijziging wijziging : casus.statusgeschiedenis().wijzigingen()) {
      if (wijziging.status() == Casusstatus.DOORVERWEZEN) {
        sleutels.doorverwezenOp = wijziging.datum().toEpochDay();
      }
    }
    casus.aanmelder().organisatie().ifPresent(naam -> naarPartner(naam, regel, "aanmelder.organisatie"));
    casus.zorgcoordinator().flatMap(Professional::organisatie)
        .ifPresent(naam -> naarPartner(naam, regel, "zorgcoordinator.organisatie"));
    if (casus.inVerwijsindexGemeld()) {
      casus.kind().persoonsgegevens().flatMap(Persoonsgegevens::bsn).ifPresent(bsn -> {
        if (aantalGemeld * 3 + 3 > gemeld.length) {
          gemeld = Arrays.copyOf(gemeld, gemeld.length * 2);
        }
        gemeld[3 * aantalGemeld] = Long.parseLong(bsn.value());
        gemeld[3 * aantalGemeld + 1] = casus.datumInvulling().toEpochDay();
        gemeld[3 * aantalGemeld + 2] = regel;
        aantalGemeld++;
      });
    }
  }

  private void overleg(Casusoverleg overleg, long regel) {
    long dag = overleg.datum().toEpochDay();
    if (aantalVergaderdagen == vergaderdagen.length) {
      vergaderdagen = Arrays.copyOf(vergaderdagen, vergaderdagen.length * 2);
    }
    vergaderdagen[aantalVergaderdagen++] = dag;
    for (String kenmerk : overleg.casussen()) {
      casussen.computeIfAbsent(kenmerk, nieuw -> new Sleutels()).besprokenOp(dag, regel);
    }
    for (int i = 0; i < overleg.vastTeam().size(); i++) {
      naarPartner(overleg.vastTeam().get(i), regel, "vastTeam[" + i + "].organisatie");
    }
    for (Map.Entry<String, List<Professional>> aanschuivend : overleg.aanschuivendePartners().entrySet()) {
      List<Professional> professionals = aanschuivend.getValue();
      for (int j = 0; j < professionals.size(); j++) {
        naarPartner(professionals.get(j), regel, "aanschuivendePartners[" + aanschuivend.getKey() + "][" + j + "].organisatie");
      }
    }
    afspraken(overleg.afsprakenlijst(), regel, "afsprakenlijst");
  }

  private void gezinsplan(Gezinsplan plan, long regel) {
    for (String kenmerk : plan.casussen()) {
      naarCasus(kenmerk, regel, "casussen[" + kenmerk + "]", true);
    }
    naarPartner(plan.zorgcoordinator(), regel, "zorgcoordinator.organisatie");
    afspraken(plan.afspraken(), regel, "afspraken");
  }

  private void afspraken(List<Afspraak> afspraken, long regel, String lijst) {
    for (int i = 0; i < afspraken.size(); i++) {
      Afspraak afspraak = afspraken.get(i);
      naarPartner(afspraak.wie(), regel, lijst + "[" + i + "].wie.organisatie");
      if (afspraak.status() == Afspraak.Status.OPEN && afspraak.uiterlijk().isBefore(peildatum)) {
        report(DatasetRules.AFSPRAAK_VERLOPEN, regel, lijst + "[" + i + "].uiterlijk", OptionalLong.empty(), Violation.Severity.WARNING);
      }
    }
  }

  private void signaal(Signaal signaal) {
    long begin = signaal.datumRegistratie().toEpochDay();
    long einde = Verwijsindex.verval(signaal).datum().toEpochDay();
    signaalperioden.merge(Long.parseLong(signaal.bsn().value()), new long[] {begin, einde}, (old, extra) -> {
      long[] longer = Arrays.copyOf(old, old.length + 2);
      longer[old.length] = extra[0];
      longer[old.length + 1] = extra[1];
      return longer;
    });
  }

  /**
   * A reference to a case from a family plan or an agenda: checked now when the case is known,
   * otherwise at the end. (A meeting's references are kept with the case's keys instead.)
   */
  private void naarCasus(String kenmerk, long regel, String pad, boolean toestemmingNodig) {
    Sleutels sleutels = casussen.computeIfAbsent(kenmerk, nieuw -> new Sleutels());
    if (sleutels.bekend()) {
      checkToestemming(sleutels, regel, pad, toestemmingNodig);
    } else {
      openCasussen.add(new OpenCasus(sleutels, regel, pad, toestemmingNodig));
    }
  }

  private void checkToestemming(Sleutels sleutels, long regel, String pad, boolean toestemmingNodig) {
    if (toestemmingNodig && !sleutels.toestemming()) {
      report(DatasetRules.GEZINSPLAN_TOESTEMMING, regel, pad, OptionalLong.of(sleutels.regel()), Violation.Severity.ERROR);
    }
  }

  private void naarPartner(Professional professional, long regel, String pad) {
    professional.organisatie().ifPresent(naam -> naarPartner(naam, regel, pad));
  }

  /** A reference to a partner: resolved now when the name is known, otherwise kept until the end. */
  private void naarPartner(String naam, long regel, String pad) {
    if (!partnernamen.containsKey(naam)) {
      openPartners.add(new OpenPartner(genoemdeNamen.computeIfAbsent(naam, same -> same), regel, pad));
    }
  }

  /**
   * The violations of the dataset rules over every record taken in, in a stable order: by record,
   * then path, rule id and the other record. Can be asked once; no record can be added after.
   */
  ValidationResult result() {
    if (klaar) {
      throw new IllegalStateException("the dataset check has already given its result");
    }
    klaar = true;
    if (!partnernamen.isEmpty()) {
      for (OpenPartner open : openPartners) {
        if (!partnernamen.containsKey(open.naam())) {
          report(DatasetRules.PARTNER_BESTAAT, open.regel(), open.pad(), OptionalLong.empty(), Violation.Severity.ERROR);
        }
      }
    }
    for (OpenCasus open : openCasussen) {
      if (open.sleutels().bekend()) {
        checkToestemming(open.sleutels(), open.regel(), open.pad(), open.toestemmingNodig());
      } else {
        report(DatasetRules.CASUS_BESTAAT, open.regel(), open.pad(), OptionalLong.empty(), Violation.Severity.ERROR);
      }
    }
    checkOverleggen();
    checkSignalen();
    found.sort(ORDER);
    return ValidationResult.of(found);
  }

  /**
   * Every meeting discusses a case of the dataset; a discussed case does not return in the next
   * meeting, nor after it was referred elsewhere.
   */
  private void checkOverleggen() {
    long[] dagen = Arrays.stream(vergaderdagen, 0, aantalVergaderdagen).sorted().distinct().toArray();
    for (Map.Entry<String, Sleutels> entry : casussen.entrySet()) {
      Sleutels sleutels = entry.getValue();
      if (sleutels.aantalOverleggen() == 0) {
        continue;
      }
      String pad = "casussen[" + entry.getKey() + "]";
      long[][] besproken = new long[sleutels.aantalOverleggen()][];
      for (int i = 0; i < besproken.length; i++) {
        besproken[i] = new long[] {sleutels.overleggen[2 * i], sleutels.overleggen[2 * i + 1]};
      }
      Arrays.sort(besproken, Comparator.<long[]>comparingLong(b -> b[0]).thenComparingLong(b -> b[1]));
      for (int i = 0; i < besproken.length; i++) {
        if (!sleutels.bekend()) {
          report(DatasetRules.CASUS_BESTAAT, besproken[i][1], pad, OptionalLong.empty(), Violation.Severity.ERROR);
          continue;
        }
        if (i > 0) {
          int later = Arrays.binarySearch(dagen, besproken[i][0]) - Arrays.binarySearch(dagen, besproken[i - 1][0]);
          if (!Casusstatus.magWeerGeagendeerd(later)) {
            report(DatasetRules.NIET_VOLGEND_OVERLEG, besproken[i][1], pad, OptionalLong.of(besproken[i - 1][1]), Violation.Severity.ERROR);
          }
        }
        if (besproken[i][0] > sleutels.doorverwezenOp) {
          report(DatasetRules.NIET_NA_DOORVERWIJZING, besproken[i][1], pad, OptionalLong.of(sleutels.regel()), Violation.Severity.ERROR);
        }
      }
    }
  }

  /** Where the dataset holds signals, a case in the Verwijsindex with a BSN has an active one on its form's date. */
  private void checkSignalen() {
    if (signaalperioden.isEmpty()) {
      return;
    }
    for (int i = 0; i < aantalGemeld; i++) {
      long[] perioden = signaalperioden.getOrDefault(gemeld[3 * i], NONE);
      long dag = gemeld[3 * i + 1];
      boolean actief = false;
      for (int p = 0; p < perioden.length && !actief; p += 2) {
        actief = perioden[p] <= dag && dag < perioden[p + 1];
      }
      if (!actief) {
        report(DatasetRules.SIGNAAL_ACTIEF, gemeld[3 * i + 2], "inVerwijsindexGemeld", OptionalLong.empty(), Violation.Severity.ERROR);
      }
    }
  }

  private void report(String ruleId, long regel, String pad, OptionalLong ander, Violation.Severity severity) {
    String message = messages.getString(ruleId);
    if (ander.isPresent()) {
      message = message.replace("{ander}", Long.toString(ander.getAsLong()));
    }
    found.add(Violation.builder()
        .ruleId(ruleId)
        .path(pad)
        .message(message)
        .line(regel)
        .relatedLine(ander.isPresent() ? Optional.of(ander.getAsLong()) : Optional.empty())
        .severity(severity)
        .build());
  }
}
