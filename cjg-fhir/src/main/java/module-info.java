/**
 * The CJG model as HL7 FHIR R4 resources and back: partners and their offerings, cases with
 * consent, family plans, case meetings and Verwijsindex signals, on the HAPI FHIR R4 structures.
 * Nothing in {@code nl.cjg.core} depends on this module.
 *
 * <p>HAPI FHIR's jars carry no module name of their own; on the module path they are automatic
 * modules named after their files: {@code hapi.fhir.base} (the context and the parsers),
 * {@code org.hl7.fhir.r4} (the resource classes) and {@code hapi.fhir.structures.r4} (the R4
 * version support that {@code FhirContext.forR4()} loads).
 */
// HAPI FHIR ships automatic modules (its types are part of this API); Immutables only at compile time
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module nl.cjg.fhir {
  requires static org.immutables.value.annotations;
  requires transitive nl.cjg.core;
  requires transitive hapi.fhir.base;
  requires transitive org.hl7.fhir.r4;
  requires hapi.fhir.structures.r4;

  exports nl.cjg.fhir;
}
