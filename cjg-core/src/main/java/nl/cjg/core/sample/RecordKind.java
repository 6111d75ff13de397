package nl.cjg.core.sample;

import nl.cjg.core.aanbod.Aanbod;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Gezinsplan;
import nl.cjg.core.overleg.Casusoverleg;
import nl.cjg.core.partner.Partner;
import nl.cjg.core.populatie.Populatie;
import nl.cjg.core.verwijsindex.Signaal;
import nl.cjg.core.werkplan.Werkplan;

/**
 * The kinds of record a {@link SampleDataset} holds, each with the model type of its value and a
 * code a dataset writer can use as the record's {@code type}.
 */
public enum RecordKind {
  /** The population the cases are calibrated on. */
  POPULATIE("populatie", Populatie.class),
  /** A partner of the network. */
  PARTNER("partner", Partner.class),
  /** An offering of a partner, with its measures. */
  AANBOD("aanbod", Aanbod.class),
  /** A case (bespreekformulier). */
  CASUS("casus", Casus.class),
  /** A case meeting with its afsprakenlijst. */
  CASUSOVERLEG("casusoverleg", Casusoverleg.class),
  /** A family plan of 1 Gezin 1 Plan. */
  GEZINSPLAN("gezinsplan", Gezinsplan.class),
  /** A Verwijsindex signal. */
  SIGNAAL("signaal", Signaal.class),
  /** The work plan of the peildatum's year. */
  WERKPLAN("werkplan", Werkplan.class);

  private final String code;
  private final Class<?> type;

  RecordKind(String code, Class<?> type) {
    this.code = code;
    this.type = type;
  }

  /** The code, for example {@code casusoverleg}. */
  public String code() {
    return code;
  }

  /** The model type of a record's value. */
  public Class<?> type() {
    return type;
  }
}
