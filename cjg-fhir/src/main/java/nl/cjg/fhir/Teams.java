package nl.cjg.fhir;

import java.util.Optional;
import nl.cjg.core.casus.Professional;
import nl.cjg.core.overleg.Voorzitter;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;

/**
 * A care team with the zorgcoördinator as its care manager: one participant whose role is
 * {@code ZORGCOORDINATOR} of the case-meeting roles and whose member is the professional as a
 * {@code PractitionerRole} contained in the given resource.
 */
final class Teams {
  private Teams() {}

  /**
   * A care team whose zorgcoördinator is contained in {@code container}, or in the team itself when
   * there is none.
   */
  static CareTeam team(String id, Optional<DomainResource> container, Professional zorgcoordinator) {
    CareTeam team = new CareTeam();
    team.setId(id);
    team.setStatus(CareTeam.CareTeamStatus.ACTIVE);
    Reference member = Contained.add(container.orElse(team), Professionals.role("zorgcoordinator", zorgcoordinator));
    team.addParticipant().addRole(LocalCodeSystem.OVERLEGROL.concept(Voorzitter.Rol.ZORGCOORDINATOR)).setMember(member);
    return team;
  }

  /** The zorgcoördinator of a team contained in {@code container} under this reference. */
  static Optional<Professional> zorgcoordinator(DomainResource container, Reference teamReference, String path, Reading reading) {
    Optional<CareTeam> team = Contained.find(container, teamReference, CareTeam.class);
    if (team.isEmpty()) {
      reading.unresolved(path);
      return Optional.empty();
    }
    return zorgcoordinator(team.get(), container, path, reading);
  }

  /** The zorgcoördinator of a team whose members are contained in {@code container}. */
  static Optional<Professional> zorgcoordinator(CareTeam team, DomainResource container, String path, Reading reading) {
    for (CareTeam.CareTeamParticipantComponent participant : team.getParticipant()) {
      boolean zorgcoordinator =
          participant.getRole().stream()
              .anyMatch(role -> LocalCodeSystem.OVERLEGROL.code(role).filter(Voorzitter.Rol.ZORGCOORDINATOR.name()::equals).isPresent());
      if (zorgcoordinator) {
        Optional<PractitionerRole> role = Contained.find(container, participant.getMember(), PractitionerRole.class);
        if (role.isEmpty()) {
          reading.unresolved(path + ".participant.member");
          return Optional.empty();
        }
        return Professionals.professional(role.get(), path + ".participant.member", reading);
      }
    }
    reading.missing(path + ".participant");
    return Optional.empty();
  }
}
