package nl.cjg.core.validation;

import java.util.List;
import nl.cjg.core.aanbod.Aanbod;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Gezinsplan;
import nl.cjg.core.overleg.Agenda;
import nl.cjg.core.overleg.Casusoverleg;
import nl.cjg.core.partner.Partner;

/**
 * The rules between the records of a dataset ({@code DATASET-nnn}), as listed in {@code
 * docs/validation-rules.md}: per rule the record types and the paths it reports at, with
 * placeholders in brackets. {@link DatasetIntegrity} checks them; this table names them in one
 * place for the rule catalogue.
 */
final class DatasetRules {
  /** A case reference resolves to a case of the dataset. */
  static final String CASUS_BESTAAT = "DATASET-001";
  /** A partner reference resolves to a partner of the dataset's network. */
  static final String PARTNER_BESTAAT = "DATASET-002";
  /** No kenmerk twice. */
  static final String KENMERK_UNIEK = "DATASET-003";
  /** No partner twice. */
  static final String PARTNER_UNIEK = "DATASET-004";
  /** A family plan only for cases with consent. */
  static final String GEZINSPLAN_TOESTEMMING = "DATASET-005";
  /** A discussed case does not return in the next meeting. */
  static final String NIET_VOLGEND_OVERLEG = "DATASET-006";
  /** No meeting discusses a case after it was referred elsewhere. */
  static final String NIET_NA_DOORVERWIJZING = "DATASET-007";
  /** A case in the Verwijsindex has an active signal. */
  static final String SIGNAAL_ACTIEF = "DATASET-008";
  /** An agreement past its date is done (a warning). */
  static final String AFSPRAAK_VERLOPEN = "DATASET-009";

  /**
   * Where one rule applies.
   *
   * @param ruleId the rule id
   * @param type the record type
   * @param path the path it reports at, with placeholders
   */
  record Where(String ruleId, Class<?> type, String path) {}

  /** Every rule with every place it reports at, in the order of the catalogue. */
  static final List<Where> CATALOGUE = List.of(
      new Where(CASUS_BESTAAT, Casusoverleg.class, "casussen[kenmerk]"),
      new Where(CASUS_BESTAAT, Agenda.class, "punten[i].kenmerk"),
      new Where(CASUS_BESTAAT, Gezinsplan.class, "casussen[kenmerk]"),
      new Where(PARTNER_BESTAAT, Aanbod.class, "partner"),
      new Where(PARTNER_BESTAAT, Casus.class, "aanmelder.organisatie"),
      new Where(PARTNER_BESTAAT, Casus.class, "zorgcoordinator.organisatie"),
      new Where(PARTNER_BESTAAT, Casusoverleg.class, "vastTeam[i].organisatie"),
      new Where(PARTNER_BESTAAT, Casusoverleg.class, "aanschuivendePartners[kenmerk][j].organisatie"),
      new Where(PARTNER_BESTAAT, Casusoverleg.class, "afsprakenlijst[i].wie.organisatie"),
      new Where(PARTNER_BESTAAT, Gezinsplan.class, "zorgcoordinator.organisatie"),
      new Where(PARTNER_BESTAAT, Gezinsplan.class, "afspraken[i].wie.organisatie"),
      new Where(KENMERK_UNIEK, Casus.class, "kenmerk"),
      new Where(PARTNER_UNIEK, Partner.class, "naam"),
      new Where(PARTNER_UNIEK, Partner.class, "andereNamen[naam]"),
      new Where(GEZINSPLAN_TOESTEMMING, Gezinsplan.class, "casussen[kenmerk]"),
      new Where(NIET_VOLGEND_OVERLEG, Casusoverleg.class, "casussen[kenmerk]"),
      new Where(NIET_NA_DOORVERWIJZING, Casusoverleg.class, "casussen[kenmerk]"),
      new Where(SIGNAAL_ACTIEF, Casus.class, "inVerwijsindexGemeld"),
      new Where(AFSPRAAK_VERLOPEN, Casusoverleg.class, "afsprakenlijst[i].uiterlijk"),
      new Where(AFSPRAAK_VERLOPEN, Gezinsplan.class, "afspraken[i].uiterlijk"));

  private DatasetRules() {}
}
