package nl.cjg.fhir;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.cjg.core.casus.Afspraak;
import nl.cjg.core.casus.Doel;
import nl.cjg.core.casus.Gezinsplan;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;

/**
 * A family plan in FHIR: a {@code CarePlan} for the family (a {@code Group} without members, so
 * that it names no one), its goals as {@code Goal}s, its agreements as {@code Task}s, and a
 * {@code CareTeam} with the zorgcoördinator as care manager, who is also the plan's author. The
 * cases of the family are the plan's supporting information (their episodes). And back.
 */
final class GezinsplanMapping {
  private static final String OUDERS = "RelatedPerson";

  private GezinsplanMapping() {}

  static List<Resource> resources(Gezinsplan plan) {
    String sleutel = String.join("|", new TreeSet<>(plan.casussen()));
    List<Resource> resources = new ArrayList<>();
    Group gezin = new Group();
    gezin.setId(Ids.id("gezin", sleutel));
    gezin.setType(Group.GroupType.PERSON);
    gezin.setActual(true);
    gezin.setName("gezin");
    gezin.setQuantity(plan.casussen().size());
    Reference gezinReference = Ids.reference("Group", gezin.getIdElement().getIdPart());
    resources.add(gezin);

    CarePlan carePlan = new CarePlan();
    carePlan.setId(Ids.id("gezinsplan", sleutel));
    Reference planReference = Ids.reference("CarePlan", carePlan.getIdElement().getIdPart());

    CareTeam team = Teams.team(Ids.id("zorgteam", sleutel), Optional.empty(), plan.zorgcoordinator());
    team.setSubject(gezinReference);
    team.setName("zorgteam gezinsplan");
    resources.add(team);

    carePlan.setStatus(CarePlan.CarePlanStatus.ACTIVE);
    carePlan.setIntent(CarePlan.CarePlanIntent.PLAN);
    carePlan.setTitle("Gezinsplan");
    carePlan.setSubject(gezinReference);
    carePlan.setCreatedElement(Dates.dateTime(plan.datumOpgesteld()));
    carePlan.getPeriod().setStartElement(Dates.dateTime(plan.datumOpgesteld()));
    carePlan.setAuthor(Contained.add(carePlan, Professionals.role("zorgcoordinator", plan.zorgcoordinator())));
    carePlan.addCareTeam(Ids.reference("CareTeam", team.getIdElement().getIdPart()));
    if (plan.oudersBetrokken()) {
      carePlan.addContributor(new Reference().setType(OUDERS).setDisplay("ouders"));
    }
    plan.casussen().forEach(kenmerk -> carePlan.addSupportingInfo(Ids.episode(kenmerk)));
    for (int i = 0; i < plan.doelen().size(); i++) {
      Goal goal = goal(Ids.id("doel", sleutel, Integer.toString(i)), plan.doelen().get(i), gezinReference);
      carePlan.addGoal(Ids.reference("Goal", goal.getIdElement().getIdPart()));
      resources.add(goal);
    }
    for (int i = 0; i < plan.afspraken().size(); i++) {
      Task task = Tasks.task(Ids.id("afspraak", sleutel, Integer.toString(i)), plan.afspraken().get(i), gezinReference);
      task.addBasedOn(planReference);
      carePlan.addActivity().setReference(Ids.reference("Task", task.getIdElement().getIdPart()));
      resources.add(task);
    }
    resources.add(carePlan);
    return resources;
  }

  private static Goal goal(String id, Doel doel, Reference gezin) {
    Goal goal = new Goal();
    goal.setId(id);
    goal.setLifecycleStatus(
        doel.status() == Doel.Status.LOPEND ? Goal.GoalLifecycleStatus.ACTIVE : Goal.GoalLifecycleStatus.COMPLETED);
    goal.setAchievementStatus(new CodeableConcept(achievement(doel.status())));
    goal.getDescription().setText(doel.omschrijving());
    goal.setSubject(gezin);
    return goal;
  }

  private static Coding achievement(Doel.Status status) {
    return switch (status) {
      case LOPEND -> new Coding(CjgFhirSystems.GOAL_ACHIEVEMENT, "in-progress", "In Progress");
      case BEREIKT -> new Coding(CjgFhirSystems.GOAL_ACHIEVEMENT, "achieved", "Achieved");
      case NIET_BEREIKT -> new Coding(CjgFhirSystems.GOAL_ACHIEVEMENT, "not-achieved", "Not Achieved");
    };
  }

  private static Optional<Doel.Status> doelstatus(Goal goal) {
    return goal.getAchievementStatus().getCoding().stream()
        .filter(coding -> CjgFhirSystems.GOAL_ACHIEVEMENT.equals(coding.getSystem()))
        .map(Coding::getCode)
        .filter(code -> code != null)
        .map(code -> switch (code) {
          case "in-progress" -> Doel.Status.LOPEND;
          case "achieved" -> Doel.Status.BEREIKT;
          case "not-achieved" -> Doel.Status.NIET_BEREIKT;
          default -> null;
        })
        .filter(status -> status != null)
        .findFirst();
  }

  static MappingResult<Gezinsplan> gezinsplan(CarePlan plan, FhirResources resources) {
    Reading reading = new Reading();
    var builder = Gezinsplan.builder();
    Set<String> casussen = new LinkedHashSet<>();
    for (int i = 0; i < plan.getSupportingInfo().size(); i++) {
      Reference info = plan.getSupportingInfo().get(i);
      if (CjgFhirSystems.KENMERK.equals(info.getIdentifier().getSystem()) && info.getIdentifier().getValue() != null) {
        casussen.add(info.getIdentifier().getValue());
      }
    }
    if (casussen.isEmpty()) {
      reading.missing("CarePlan.supportingInfo");
    }
    builder.addAllCasussen(casussen);
    Dates.local(plan.getCreatedElement(), "CarePlan.created", reading).ifPresent(builder::datumOpgesteld);
    builder.oudersBetrokken(plan.getContributor().stream().anyMatch(contributor -> OUDERS.equals(contributor.getType())));
    Optional<CareTeam> team = plan.getCareTeam().stream().findFirst().flatMap(ref -> resources.resolve(ref, CareTeam.class));
    if (team.isEmpty()) {
      if (plan.hasCareTeam()) {
        reading.unresolved("CarePlan.careTeam[0]");
      } else {
        reading.missing("CarePlan.careTeam");
      }
    } else {
      Teams.zorgcoordinator(team.get(), team.get(), "CareTeam", reading).ifPresent(builder::zorgcoordinator);
    }
    List<Doel> doelen = new ArrayList<>();
    for (int i = 0; i < plan.getGoal().size(); i++) {
      String path = "CarePlan.goal[" + i + "]";
      Optional<Goal> goal = resources.resolve(plan.getGoal().get(i), Goal.class);
      if (goal.isEmpty()) {
        reading.unresolved(path);
        continue;
      }
      doel(goal.get(), path, reading).ifPresent(doelen::add);
    }
    builder.addAllDoelen(doelen);
    List<Afspraak> afspraken = new ArrayList<>();
    for (int i = 0; i < plan.getActivity().size(); i++) {
      String path = "CarePlan.activity[" + i + "].reference";
      Optional<Task> task = resources.resolve(plan.getActivity().get(i).getReference(), Task.class);
      if (task.isEmpty()) {
        reading.unresolved(path);
        continue;
      }
      Tasks.afspraak(task.get(), path, reading).ifPresent(afspraken::add);
    }
    builder.addAllAfspraken(afspraken);
    return reading.result("CarePlan", builder::build);
  }

  private static Optional<Doel> doel(Goal goal, String path, Reading reading) {
    String omschrijving = goal.getDescription().getText();
    Optional<Doel.Status> status = doelstatus(goal);
    if (omschrijving == null) {
      reading.missing(path + ".description.text");
    }
    if (status.isEmpty()) {
      reading.unknownCode(path + ".achievementStatus");
    }
    if (omschrijving == null || status.isEmpty()) {
      return Optional.empty();
    }
    return reading.model(path, () -> Doel.builder().omschrijving(omschrijving).status(status.get()).build());
  }
}
