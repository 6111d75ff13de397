package nl.cjg.fhir;

/**
 * The identifier systems and code-system addresses that the FHIR mapping uses: the Dutch national
 * naming systems as Nictiz publishes them, and the library's own namespace
 * {@value #NAMESPACE} for what has no national system.
 *
 * <p>The namespace is stable: its addresses identify code systems and identifiers and are not
 * meant to be fetched; {@link CjgCodeSystems#all()} gives the code systems as resources.
 */
public final class CjgFhirSystems {
  /** The library's own namespace for code systems, naming systems and measures. */
  public static final String NAMESPACE = "https://nl-cjg.github.io/cjg/fhir";

  /** The citizen service number (BSN), Nictiz naming system. */
  public static final String BSN = "http://fhir.nl/fhir/NamingSystem/bsn";

  /** The AGB code of a care provider (AGB-Z), Nictiz naming system. */
  public static final String AGB = "http://fhir.nl/fhir/NamingSystem/agb-z";

  /** The Chamber of Commerce number (KvK-nummer), Nictiz naming system. */
  public static final String KVK = "http://fhir.nl/fhir/NamingSystem/kvk";

  /** The reference of a case (kenmerk) within the CJG. */
  public static final String KENMERK = NAMESPACE + "/NamingSystem/casus-kenmerk";

  /** The pseudonym of a child (see {@code nl.cjg.core.privacy}). */
  public static final String PSEUDONIEM = NAMESPACE + "/NamingSystem/pseudoniem";

  /** The measure that a measured count of an offering (kengetal) reports on. */
  public static final String KENGETAL_MEASURE = NAMESPACE + "/Measure/aanbod-kengetal";

  /**
   * The WGBO (Burgerlijk Wetboek, Boek 7, Titel 7, Afdeling 5): who consents for a child of which
   * age (articles 7:447 and 7:450).
   */
  public static final String WGBO = "https://wetten.overheid.nl/jci1.3:c:BWBR0005290&boek=7&titeldeel=7&afdeling=5";

  /** HL7 v3 ActCode (consent category: information disclosure). */
  static final String V3_ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

  /** HL7 v3 ActReason (purpose of use: care management). */
  static final String V3_ACT_REASON = "http://terminology.hl7.org/CodeSystem/v3-ActReason";

  /** FHIR consent scopes. */
  static final String CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope";

  /** FHIR goal achievement. */
  static final String GOAL_ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement";

  /** FHIR flag categories. */
  static final String FLAG_CATEGORY = "http://terminology.hl7.org/CodeSystem/flag-category";

  /** The core extension that says why a value is absent. */
  static final String DATA_ABSENT_REASON = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";

  /** FHIR data-absent reasons. */
  static final String DATA_ABSENT_REASON_CODES = "http://terminology.hl7.org/CodeSystem/data-absent-reason";

  /** The street name of an address line (ISO 21090 address part). */
  static final String STREET_NAME = "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-streetName";

  /** The house number of an address line (ISO 21090 address part). */
  static final String HOUSE_NUMBER = "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-houseNumber";

  /** UCUM, for durations in minutes. */
  static final String UCUM = "http://unitsofmeasure.org";

  private CjgFhirSystems() {}
}
