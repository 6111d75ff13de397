package nl.cjg.fhir;

import java.time.LocalDate;
import java.util.Optional;
import nl.cjg.core.casus.Afspraak;
import nl.cjg.core.casus.Professional;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;

/**
 * An agreement (afspraak) as a {@code Task}: what is to be done as the description, who as the
 * owner (a contained {@code PractitionerRole}), the latest date as the end of the restriction
 * period, the case as the focus (an {@code EpisodeOfCare} reference carrying the kenmerk). And back.
 */
final class Tasks {
  private Tasks() {}

  static Task task(String id, Afspraak afspraak, Reference voor) {
    Task task = new Task();
    task.setId(id);
    task.setStatus(status(afspraak.status()));
    task.setIntent(Task.TaskIntent.PLAN);
    task.setDescription(afspraak.wat());
    task.setFocus(Ids.episode(afspraak.casus()));
    task.setFor(voor);
    task.setOwner(Contained.add(task, Professionals.role("wie", afspraak.wie())));
    task.getRestriction().getPeriod().setEndElement(Dates.dateTime(afspraak.uiterlijk()));
    return task;
  }

  private static Task.TaskStatus status(Afspraak.Status status) {
    return switch (status) {
      case OPEN -> Task.TaskStatus.READY;
      case UITGEVOERD -> Task.TaskStatus.COMPLETED;
      case VERVALLEN -> Task.TaskStatus.CANCELLED;
    };
  }

  private static Optional<Afspraak.Status> status(Task.TaskStatus status) {
    if (status == null) {
      return Optional.empty();
    }
    return switch (status) {
      case READY -> Optional.of(Afspraak.Status.OPEN);
      case COMPLETED -> Optional.of(Afspraak.Status.UITGEVOERD);
      case CANCELLED -> Optional.of(Afspraak.Status.VERVALLEN);
      default -> Optional.empty();
    };
  }

  static Optional<Afspraak> afspraak(Task task, String path, Reading reading) {
    var builder = Afspraak.builder();
    boolean complete = true;
    Optional<Afspraak.Status> status = status(task.getStatus());
    if (status.isPresent()) {
      builder.status(status.get());
    } else {
      reading.unknownCode(path + ".status");
      complete = false;
    }
    if (task.getDescription() == null) {
      reading.missing(path + ".description");
      complete = false;
    } else {
      builder.wat(task.getDescription());
    }
    String kenmerk = task.getFocus().getIdentifier().getValue();
    if (kenmerk == null) {
      reading.missing(path + ".focus.identifier");
      complete = false;
    } else {
      builder.casus(kenmerk);
    }
    Optional<LocalDate> uiterlijk = Dates.local(task.getRestriction().getPeriod().getEndElement(), path + ".restriction.period.end", reading);
    uiterlijk.ifPresent(builder::uiterlijk);
    Optional<PractitionerRole> wie = Contained.find(task, task.getOwner(), PractitionerRole.class);
    if (wie.isEmpty()) {
      reading.missing(path + ".owner");
      return Optional.empty();
    }
    Optional<Professional> professional = Professionals.professional(wie.get(), path + ".owner", reading);
    if (!complete || uiterlijk.isEmpty() || professional.isEmpty()) {
      return Optional.empty();
    }
    builder.wie(professional.get());
    return reading.model(path, builder::build);
  }
}
