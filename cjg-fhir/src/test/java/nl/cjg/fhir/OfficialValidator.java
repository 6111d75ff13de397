package nl.cjg.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * The official HAPI instance validator with the R4 core definitions, offline: no terminology
 * server, the library's own code systems added. Built once per JVM (it loads the whole R4
 * specification).
 */
final class OfficialValidator {
  private static final FhirValidator VALIDATOR = create();

  private OfficialValidator() {}

  private static FhirValidator create() {
    FhirContext context = FhirContext.forR4Cached();
    PrePopulatedValidationSupport cjg = new PrePopulatedValidationSupport(context);
    CjgCodeSystems.all().forEach(cjg::addCodeSystem);
    ValidationSupportChain chain =
        new ValidationSupportChain(
            new DefaultProfileValidationSupport(context),
            cjg,
            new InMemoryTerminologyServerValidationSupport(context),
            new CommonCodeSystemsTerminologyService(context),
            new SnapshotGeneratingValidationSupport(context));
    FhirInstanceValidator instanceValidator = new FhirInstanceValidator(chain);
    FhirValidator validator = context.newValidator();
    validator.registerValidatorModule(instanceValidator);
    return validator;
  }

  /** The messages of ERROR or FATAL severity about the resource, each as one line. */
  static List<String> errors(IBaseResource resource) {
    return VALIDATOR.validateWithResult(resource).getMessages().stream()
        .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
        .map(OfficialValidator::line)
        .toList();
  }

  /** Every message about the resource, each as one line. */
  static List<String> messages(IBaseResource resource) {
    return VALIDATOR.validateWithResult(resource).getMessages().stream().map(OfficialValidator::line).toList();
  }

  private static String line(SingleValidationMessage message) {
    return message.getSeverity() + " " + message.getLocationString() + " " + message.getMessage();
  }
}
