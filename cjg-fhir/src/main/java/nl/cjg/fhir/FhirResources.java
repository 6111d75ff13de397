package nl.cjg.fhir;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The resources that references may point to while reading FHIR into the model: the entries of a
 * bundle or any collection, found by {@code Type/id} reference or by identifier. Immutable; as
 * thread-safe as the resources it holds (HAPI resources are mutable: do not change them while
 * reading).
 */
public final class FhirResources {
  private final List<Resource> resources;
  private final Map<String, Resource> byReference = new HashMap<>();

  private FhirResources(Collection<? extends Resource> resources) {
    this.resources = List.copyOf(resources);
    for (Resource resource : this.resources) {
      if (resource.getIdElement().hasIdPart()) {
        byReference.putIfAbsent(resource.fhirType() + "/" + resource.getIdElement().getIdPart(), resource);
      }
    }
  }

  /**
   * The given resources.
   *
   * @param resources the resources, each with an id when others refer to it
   * @return the lookup
   */
  public static FhirResources of(Collection<? extends Resource> resources) {
    return new FhirResources(resources);
  }

  /**
   * The resources of a bundle's entries.
   *
   * @param bundle the bundle
   * @return the lookup
   */
  public static FhirResources of(Bundle bundle) {
    List<Resource> entries = new ArrayList<>();
    bundle.getEntry().stream().filter(Bundle.BundleEntryComponent::hasResource).forEach(entry -> entries.add(entry.getResource()));
    return new FhirResources(entries);
  }

  /** Every resource of a type, in order. */
  <T extends Resource> Stream<T> all(Class<T> type) {
    return resources.stream().filter(type::isInstance).map(type::cast);
  }

  /** The resource a {@code Type/id} reference points to, when it is here and of the type. */
  <T extends Resource> Optional<T> resolve(Reference reference, Class<T> type) {
    String target = reference.getReference();
    if (target == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(byReference.get(target)).filter(type::isInstance).map(type::cast);
  }

  /** The first resource of a type with this identifier. */
  <T extends Resource> Optional<T> withIdentifier(Class<T> type, String system, String value, Function<T, List<Identifier>> identifiers) {
    return all(type)
        .filter(resource -> identifiers.apply(resource).stream().anyMatch(id -> system.equals(id.getSystem()) && value.equals(id.getValue())))
        .findFirst();
  }
}
