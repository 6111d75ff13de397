package nl.cjg.fhir;

import java.util.Arrays;
import java.util.List;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;

/**
 * The library's own FHIR code systems as {@code CodeSystem} resources, for a terminology server
 * or a validator that should know them: roles, disciplines and expertises of partners, kinds of
 * offering, roles in the case meeting, the WGBO consent ages and the measured counts. Every code
 * system lies under {@link CjgFhirSystems#NAMESPACE}{@code /CodeSystem/}.
 */
public final class CjgCodeSystems {
  private CjgCodeSystems() {}

  /**
   * Every code system of the library, complete; each call makes new resources.
   *
   * @return the code systems, in a fixed order
   */
  public static List<CodeSystem> all() {
    return Arrays.stream(LocalCodeSystem.values()).map(CjgCodeSystems::resource).toList();
  }

  private static CodeSystem resource(LocalCodeSystem system) {
    CodeSystem resource = new CodeSystem();
    resource.setId("cjg-" + system.naam());
    resource.setUrl(system.url());
    resource.setVersion("1");
    resource.setName("Cjg" + Character.toUpperCase(system.naam().charAt(0)) + system.naam().substring(1));
    resource.setTitle(system.titel());
    resource.setStatus(PublicationStatus.ACTIVE);
    resource.setExperimental(false);
    resource.setPublisher("CJG library");
    resource.setDescription(system.titel() + ", the codes of the CJG library.");
    resource.setCaseSensitive(true);
    resource.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
    resource.setCount(system.concepts().size());
    system.concepts().forEach(concept -> resource.addConcept().setCode(concept.code()).setDisplay(concept.display()));
    return resource;
  }
}
