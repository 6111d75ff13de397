package nl.cjg.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import nl.cjg.core.aanbod.Aanbod;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Gezinsplan;
import nl.cjg.core.overleg.Casusoverleg;
import nl.cjg.core.partner.Partner;
import nl.cjg.core.verwijsindex.Signaal;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * Turns the records of a dataset into HL7 FHIR R4 resources and into one {@code Bundle} of type
 * {@code collection}. Partners become an {@code Organization} and a {@code HealthcareService},
 * offerings a {@code HealthcareService} and {@code MeasureReport}s, cases an
 * {@code EpisodeOfCare}, a {@code Consent} and (only with consent) a {@code Patient}, family plans
 * a {@code CarePlan} with {@code Goal}s, {@code Task}s, a {@code CareTeam} and a {@code Group},
 * case meetings an {@code Encounter} with {@code Task}s, signals a {@code Flag}. Records of other
 * types (population counts, work plans) are not mapped: see docs/fhir-mapping.md.
 *
 * <p>Resource ids are name-based UUIDs of the model's own keys, so an export is the same every
 * time. Stateless and thread-safe; each call works on its own state.
 */
public final class FhirExport {
  private FhirExport() {}

  /**
   * An export. Writing JSON uses HAPI's shared R4 context, made once per JVM on first use, which
   * takes a moment.
   *
   * @return the export
   */
  public static FhirExport create() {
    return new FhirExport();
  }

  /**
   * The HAPI FHIR R4 context this export writes JSON with: HAPI's shared one. On the module path
   * HAPI FHIR 8.8 cannot make it (it loads its messages in a way named modules do not allow); use
   * the class path to write JSON.
   *
   * @return the context
   */
  public FhirContext context() {
    return FhirContext.forR4Cached();
  }

  /**
   * Whether records of this value's type become resources.
   *
   * @param record a record of a dataset
   * @return true for partners, offerings, cases, family plans, case meetings and signals
   */
  public static boolean isMapped(Object record) {
    return record instanceof Partner
        || record instanceof Aanbod
        || record instanceof Casus
        || record instanceof Gezinsplan
        || record instanceof Casusoverleg
        || record instanceof Signaal;
  }

  /**
   * The resources of the records, in the records' order. An offering's coverage area is the kernen
   * of its partner when the partner came earlier in the records.
   *
   * @param records the values of a dataset's records, of any type
   * @return the resources; records that are not mapped add none
   */
  public List<Resource> resources(Iterable<?> records) {
    List<Resource> resources = new ArrayList<>();
    RecordMapper mapper = new RecordMapper();
    for (Object record : records) {
      resources.addAll(mapper.map(record));
    }
    return resources;
  }

  /**
   * The records as one bundle of type {@code collection}: a set of resources kept together, with
   * no instruction to a server. Each entry's full URL is the resource's address under
   * {@link CjgFhirSystems#NAMESPACE}, so that the references between entries resolve.
   *
   * @param records the values of a dataset's records
   * @return the bundle
   */
  public Bundle bundle(Iterable<?> records) {
    Bundle bundle = new Bundle();
    bundle.setType(Bundle.BundleType.COLLECTION);
    for (Resource resource : resources(records)) {
      bundle.addEntry().setFullUrl(fullUrl(resource)).setResource(resource);
    }
    return bundle;
  }

  /**
   * Writes the records as the JSON of {@link #bundle(Iterable)}, record by record: each resource
   * is written by HAPI's JSON parser as soon as it is made, so a large dataset never has to be in
   * memory as one bundle. (HAPI FHIR 8.8 writes a whole bundle in time that grows with the square
   * of its entries; this writes the bundle's envelope itself.)
   *
   * @param records the values of a dataset's records
   * @param out where the JSON goes; not closed
   * @return the number of resources written
   * @throws IOException when writing fails
   */
  public int writeBundle(Iterable<?> records, Writer out) throws IOException {
    IParser parser = context().newJsonParser();
    RecordMapper mapper = new RecordMapper();
    out.write("{\"resourceType\":\"Bundle\",\"type\":\"collection\"");
    int written = 0;
    for (Object record : records) {
      for (Resource resource : mapper.map(record)) {
        out.write(written++ == 0 ? ",\"entry\":[" : ",");
        out.write("{\"fullUrl\":\"" + fullUrl(resource) + "\",\"resource\":");
        parser.encodeResourceToWriter(resource, out);
        out.write('}');
      }
    }
    out.write(written == 0 ? "}" : "]}");
    return written;
  }

  private static String fullUrl(Resource resource) {
    return CjgFhirSystems.NAMESPACE + "/" + resource.fhirType() + "/" + resource.getIdElement().getIdPart();
  }

  /**
   * Writes a resource as compact FHIR JSON with HAPI's parser. For a large bundle of records use
   * {@link #writeBundle(Iterable, Writer)}.
   *
   * @param resource the resource
   * @param out where the JSON goes; not closed
   * @throws IOException when writing fails
   */
  public void writeJson(Resource resource, Writer out) throws IOException {
    context().newJsonParser().encodeResourceToWriter(resource, out);
  }

  /**
   * A resource as compact FHIR JSON.
   *
   * @param resource the resource
   * @return the JSON text
   */
  public String json(Resource resource) {
    return context().newJsonParser().encodeResourceToString(resource);
  }
}
