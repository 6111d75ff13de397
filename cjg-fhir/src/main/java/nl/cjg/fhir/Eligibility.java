package nl.cjg.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.cjg.core.id.GemeenteCode;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijdsgroep;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.HealthcareService.HealthcareServiceEligibilityComponent;
import org.hl7.fhir.r4.model.Location;

/**
 * Who a {@code HealthcareService} is for: an age band as an eligibility (its name as the text, its
 * half-open bounds as the comment {@code "van 0 tot 4 jaar"}) and the kernen as contained
 * {@code Location}s of its coverage area (name, cluster as alias, CBS municipality code as the
 * address's district).
 */
final class Eligibility {
  private static final Pattern BOUNDS = Pattern.compile("van (\\d{1,3}) tot (\\d{1,3}) jaar");

  private Eligibility() {}

  static void addLeeftijdsgroep(HealthcareService service, Leeftijdsgroep groep) {
    service
        .addEligibility()
        .setCode(new CodeableConcept(LocalCodeSystem.VOORWAARDE.coding("LEEFTIJDSGROEP")).setText(groep.naam()))
        .setComment("van " + groep.van() + " tot " + groep.tot() + " jaar");
  }

  static void addKernen(HealthcareService service, Iterable<Kern> kernen) {
    int index = 0;
    for (Kern kern : kernen) {
      Location location = new Location();
      location.setId("kern-" + index++);
      location.setName(kern.naam());
      kern.cluster().ifPresent(location::addAlias);
      location.getAddress().setDistrict(kern.gemeente().value()).setCountry("NL");
      service.addCoverageArea(Contained.add(service, location));
    }
  }

  static boolean is(HealthcareServiceEligibilityComponent eligibility, String code) {
    return LocalCodeSystem.VOORWAARDE.code(eligibility.getCode()).filter(code::equals).isPresent();
  }

  static Optional<Leeftijdsgroep> leeftijdsgroep(HealthcareServiceEligibilityComponent eligibility, String path, Reading reading) {
    Matcher bounds = BOUNDS.matcher(eligibility.getComment() == null ? "" : eligibility.getComment());
    if (!bounds.matches()) {
      reading.format(path + ".comment");
      return Optional.empty();
    }
    var builder = Leeftijdsgroep.builder().van(Integer.parseInt(bounds.group(1))).tot(Integer.parseInt(bounds.group(2)));
    Optional.ofNullable(eligibility.getCode().getText()).ifPresent(builder::naam);
    return reading.model(path, builder::build);
  }

  static List<Kern> kernen(HealthcareService service, String path, Reading reading) {
    List<Kern> kernen = new ArrayList<>();
    for (int i = 0; i < service.getCoverageArea().size(); i++) {
      String at = path + ".coverageArea[" + i + "]";
      Optional<Location> location = Contained.find(service, service.getCoverageArea().get(i), Location.class);
      if (location.isEmpty()) {
        reading.unresolved(at);
        continue;
      }
      Location kern = location.get();
      if (kern.getName() == null || kern.getAddress().getDistrict() == null) {
        reading.missing(at + (kern.getName() == null ? ".name" : ".address.district"));
        continue;
      }
      reading
          .model(at, () -> {
            var builder = Kern.builder().naam(kern.getName()).gemeente(GemeenteCode.parse(kern.getAddress().getDistrict()));
            kern.getAlias().stream().findFirst().ifPresent(alias -> builder.cluster(alias.getValue()));
            return builder.build();
          })
          .ifPresent(kernen::add);
    }
    return kernen;
  }
}
