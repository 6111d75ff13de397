package nl.cjg.core.partner;

import java.util.Optional;

/** The role of a partner in the CJG (werkplan 2012, communicatieplan and Bijlage 1). */
public enum Rol {
  /**
   * A core organisation, represented in the fixed CJG team: in Bergen the gemeente,
   * Jeugdgezondheidszorg (GGD Hollands Noorden), Bureau Jeugdzorg Noord-Holland, Stichting
   * Welzijn Bergen and Stichting de Wering.
   */
  KERNPARTNER("kernpartner"),
  /**
   * Another organisation of the network, a link between the kernpartners and parents and young
   * people (also called ketenpartner); Bergen counts about 40.
   */
  NETWERKPARTNER("netwerkpartner");

  private final String code;

  Rol(String code) {
    this.code = code;
  }

  /** The code as the sources write it. */
  public String code() {
    return code;
  }

  /**
   * The role with this code, ignoring case.
   *
   * @param code for example {@code kernpartner}
   * @return the role, or empty for an unknown code
   */
  public static Optional<Rol> fromCode(String code) {
    return Codes.fromCode(values(), Rol::code, code);
  }
}
