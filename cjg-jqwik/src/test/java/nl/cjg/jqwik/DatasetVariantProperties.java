package nl.cjg.jqwik;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import nl.cjg.core.validation.CjgValidator;
import nl.cjg.core.validation.ValidationResult;

/**
 * The dataset variants: the connected datasets they start from pass every rule, each variant breaks
 * exactly its dataset rule, and the result does not depend on the order of the records.
 */
class DatasetVariantProperties {
  private static final CjgValidator VALIDATOR = CjgValidator.create();

  @Provide
  Arbitrary<Tuple2<String, List<Object>>> variant() {
    List<Arbitrary<Tuple2<String, List<Object>>>> variants = new ArrayList<>();
    for (String id : CjgArbitraries.invalidRuleIds()) {
      if (id.startsWith("DATASET-")) {
        variants.add(CjgArbitraries.invalid(id).map(records -> Tuple.of(id, records(records))));
      }
    }
    return Arbitraries.oneOf(variants);
  }

  @Property(tries = 100)
  void theConnectedDatasetsPassEveryRule(@ForAll("geldig") List<Object> records) {
    assertEquals(List.of(), VALIDATOR.validateDataset(CjgArbitraries.DATASET_PEILDATUM, records).violations());
  }

  @Provide
  Arbitrary<List<Object>> geldig() {
    return Datasetvarianten.geldig();
  }

  @Property(tries = 200)
  void eachVariantBreaksExactlyItsRuleInAnyOrder(@ForAll("variant") Tuple2<String, List<Object>> variant, @ForAll Random random) {
    ValidationResult inOrder = VALIDATOR.validateDataset(CjgArbitraries.DATASET_PEILDATUM, variant.get2());
    assertEquals(Set.of(variant.get1()), inOrder.ruleIds(), inOrder.violations()::toString);
    List<Object> shuffled = new ArrayList<>(variant.get2());
    Collections.shuffle(shuffled, random);
    ValidationResult reordered = VALIDATOR.validateDataset(CjgArbitraries.DATASET_PEILDATUM, shuffled);
    assertEquals(found(inOrder), found(reordered));
  }

  private static List<String> found(ValidationResult result) {
    return result.violations().stream().map(v -> v.ruleId() + " " + v.path() + " " + v.severity()).sorted().toList();
  }

  private static List<Object> records(Object value) {
    List<Object> records = new ArrayList<>();
    for (Object record : (List<?>) value) {
      records.add(record);
    }
    return records;
  }
}
