package nl.cjg.fhir;

import java.util.Optional;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/** Contained resources: adding one under a local id and finding one by its {@code #id} reference. */
final class Contained {
  private Contained() {}

  static Reference add(DomainResource container, Resource resource) {
    container.addContained(resource);
    return new Reference("#" + localId(resource));
  }

  private static String localId(Resource resource) {
    String id = resource.getIdElement().getIdPart();
    return id != null && id.startsWith("#") ? id.substring(1) : id;
  }

  static <T extends Resource> Optional<T> find(DomainResource container, Reference reference, Class<T> type) {
    String target = reference.getReference();
    if (target == null || !target.startsWith("#")) {
      return Optional.empty();
    }
    String id = target.substring(1);
    return container.getContained().stream()
        .filter(type::isInstance)
        .filter(resource -> id.equals(localId(resource)))
        .map(type::cast)
        .findFirst();
  }
}
