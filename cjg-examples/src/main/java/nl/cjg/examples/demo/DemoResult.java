package nl.cjg.examples.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.cjg.core.aanbod.Aanbod;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.populatie.Populatie;
import nl.cjg.core.werkplan.Werkplan;

/**
 * What a demo run computed, for the summary and the report. Immutable and thread-safe.
 *
 * @param peildatum the reference date of the sample
 * @param seed the seed of the sample
 * @param populatie the Bergen population
 * @param aanbod the offerings of the reference dataset
 * @param werkplan the werkplan 2012
 * @param pilot the requests of the case-meeting pilot
 * @param referentieRecords the number of records of the reference dataset
 * @param steekproefRecords the number of records of the sample
 * @param steekproefCasussen the number of cases in the sample
 * @param steekproefOverleggen the number of case meetings in the sample
 * @param overtredingenPerRegel validation violations per rule id, over both datasets
 * @param routering the number of routed cases per advice level, in level order
 * @param statistieken the sample's statistics tables, protected for publication
 * @param audits the source tables with their audit
 * @param aannames the assumptions the records of the reference dataset mark
 */
public record DemoResult(
    LocalDate peildatum,
    long seed,
    Populatie populatie,
    List<Aanbod> aanbod,
    Werkplan werkplan,
    List<Casus> pilot,
    long referentieRecords,
    long steekproefRecords,
    long steekproefCasussen,
    long steekproefOverleggen,
    Map<String, Long> overtredingenPerRegel,
    Map<String, Long> routering,
    List<NamedTable> statistieken,
    List<AuditedTable> audits,
    List<Aannames.Aanname> aannames) {
  /** Copies the collections. */
  public DemoResult {
    aanbod = List.copyOf(aanbod);
    pilot = List.copyOf(pilot);
    overtredingenPerRegel = Map.copyOf(overtredingenPerRegel);
    routering = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(routering));
    statistieken = List.copyOf(statistieken);
    audits = List.copyOf(audits);
    aannames = List.copyOf(aannames);
  }

  /** The number of validation violations over both datasets. */
  public long overtredingen() {
    return overtredingenPerRegel.values().stream().mapToLong(Long::longValue).sum();
  }
}
