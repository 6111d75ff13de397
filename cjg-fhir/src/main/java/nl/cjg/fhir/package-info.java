/**
 * HL7 FHIR R4 for the CJG: {@link nl.cjg.fhir.FhirExport} turns the records of a dataset into
 * FHIR resources and one {@code Bundle}; {@link nl.cjg.fhir.FhirImport} reads partners, offerings,
 * consent, cases and family plans back, with a {@link nl.cjg.fhir.MappingResult} holding the value
 * or every problem. {@link nl.cjg.fhir.CjgFhirSystems} names the identifier and code systems; the
 * library's own code systems are {@link nl.cjg.fhir.CjgCodeSystems}. See docs/fhir-mapping.md.
 */
package nl.cjg.fhir;
