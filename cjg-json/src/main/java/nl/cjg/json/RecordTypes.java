package nl.cjg.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.cjg.core.aanbod.Aanbod;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Gezinsplan;
import nl.cjg.core.overleg.Casusoverleg;
import nl.cjg.core.partner.Partner;
import nl.cjg.core.populatie.Populatie;
import nl.cjg.core.verwijsindex.Signaal;
import nl.cjg.core.werkplan.Communicatieplan;
import nl.cjg.core.werkplan.PlanVanAanpak;
import nl.cjg.core.werkplan.Werkplan;

/**
 * The record types a dataset may hold: each a name (the {@code type} of a line) and the value type
 * of the model it maps to. {@link #standard()} lists the model's types; {@link #with} adds one.
 * Immutable and thread-safe.
 */
public final class RecordTypes {
  /** The name of the header line's type. */
  public static final String HEADER = "dataset";

  private static final RecordTypes NONE = new RecordTypes(Map.of());

  /** The model's record types; adding one is a line here and a row in docs/dataset-format.md. */
  private static final RecordTypes STANDARD =
      NONE.with("partner", Partner.class)
          .with("populatie", Populatie.class)
          .with("aanbod", Aanbod.class)
          .with("casus", Casus.class)
          .with("casusoverleg", Casusoverleg.class)
          .with("gezinsplan", Gezinsplan.class)
          .with("werkplan", Werkplan.class)
          .with("planVanAanpak", PlanVanAanpak.class)
          .with("communicatieplan", Communicatieplan.class)
          .with("signaal", Signaal.class);

  private final Map<String, Class<?>> byName;

  private RecordTypes(Map<String, Class<?>> byName) {
    this.byName = byName;
  }

  /** The record types of the CJG model (see {@code docs/dataset-format.md}). */
  public static RecordTypes standard() {
    return STANDARD;
  }

  /** No record types: start for a dataset of one's own types. */
  public static RecordTypes none() {
    return NONE;
  }

  /**
   * These record types and one more.
   *
   * @param name the value of {@code type}, for example {@code casus}
   * @param type the value type, for example {@code Casus.class}
   * @return the extended record types
   * @throws IllegalArgumentException when the name is taken or is {@value #HEADER}
   */
  public RecordTypes with(String name, Class<?> type) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (name.equals(HEADER) || byName.containsKey(name)) {
      throw new IllegalArgumentException("the record type name " + name + " is taken");
    }
    Map<String, Class<?>> extended = new LinkedHashMap<>(byName);
    extended.put(name, type);
    return new RecordTypes(Collections.unmodifiableMap(extended));
  }

  /** The names, in the order they were added. */
  public Set<String> names() {
    return byName.keySet();
  }

  /** The value type of a record type name. */
  public Optional<Class<?>> type(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** The record type name of a value's class (the abstract type or its {@code Immutable} implementation). */
  public Optional<String> name(Class<?> valueClass) {
    for (Map.Entry<String, Class<?>> entry : byName.entrySet()) {
      if (entry.getValue().isAssignableFrom(valueClass)) {
        return Optional.of(entry.getKey());
      }
    }
    return Optional.empty();
  }
}
