package nl.cjg.fhir;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.hl7.fhir.r4.model.Reference;

/**
 * Resource ids: name-based UUIDs of what identifies a value in the model (a partner's name, a
 * case's kenmerk), so that the same value always gets the same id and references between resources
 * need no lookup. Personal data is never an input.
 */
final class Ids {
  private Ids() {}

  static String id(String soort, String... sleutels) {
    StringBuilder text = new StringBuilder("cjg:").append(soort);
    for (String sleutel : sleutels) {
      text.append('\u0000').append(sleutel);
    }
    return UUID.nameUUIDFromBytes(text.toString().getBytes(StandardCharsets.UTF_8)).toString();
  }

  static Reference reference(String type, String id) {
    return new Reference(type + "/" + id);
  }

  static String partner(String naam) {
    return id("partner", naam);
  }

  static String casus(String kenmerk) {
    return id("casus", kenmerk);
  }

  /** A reference to a case's episode, carrying the kenmerk so that it reads back without lookup. */
  static Reference episode(String kenmerk) {
    Reference reference = reference("EpisodeOfCare", casus(kenmerk));
    reference.getIdentifier().setSystem(CjgFhirSystems.KENMERK).setValue(kenmerk);
    return reference;
  }
}
