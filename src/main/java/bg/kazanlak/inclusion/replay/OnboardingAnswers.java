package bg.kazanlak.inclusion.replay;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Onboarding's forms: case officers review possible duplicates (the same person when the simulation
 * registered one twice) and record the notice of a rejection; social workers assess the needs and
 * enrol in streams among the candidates the rules suggest — employment for enough people to fill
 * the places (about 105 per unit of scale, until mid-2022), a Family House, education, housing
 * support for the homeless, initiatives; managers answer an overdue assessment.
 */
@Component
@Profile("replay")
public class OnboardingAnswers implements TaskAnswers {

  static final int EMPLOYMENT_QUOTA = 105;

  private final TaskService tasks;
  private final OnboardingWork work;
  private final ReplayFigures figures;
  private int employmentEnrolments;

  public OnboardingAnswers(TaskService tasks, OnboardingWork work, ReplayFigures figures) {
    this.tasks = tasks;
    this.work = work;
    this.figures = figures;
  }

  @Override
  public Set<String> taskKeys() {
    return Set.of(
        "Task_ReviewPossibleDuplicate",
        "Task_InformRejectedPerson",
        "Task_AssessNeeds",
        "Task_EscalateOverdueAssessment");
  }

  @Override
  public Optional<Map<String, Object>> answer(Task task, SimulatedDay day) {
    Map<String, Object> form = new HashMap<>();
    Random random = day.random();
    switch (task.getTaskDefinitionKey()) {
      case "Task_ReviewPossibleDuplicate" -> {
        String original = work.originalOf(businessKey(task));
        if (original != null) {
          form.put("duplicateDecision", "SAME_PERSON");
          form.put("duplicateOf", original);
        } else {
          form.put("duplicateDecision", "DIFFERENT_PERSON");
        }
      }
      case "Task_InformRejectedPerson" -> {
        form.put("noticeDate", day.date().toString());
        form.put("noticeChannel", List.of("IN_PERSON", "PHONE", "LETTER").get(random.nextInt(3)));
      }
      case "Task_AssessNeeds" -> {
        List<String> streams = streams(task, day.date(), random, day.scale());
        streams.forEach(stream -> figures.count("enrolments." + stream));
        form.put(
            "recommendedStreams",
            SpinValues.jsonValue("[\"" + String.join("\",\"", streams) + "\"]").create());
        form.put("assessmentSummary", "Подходящ/а за избраните направления.");
      }
      case "Task_EscalateOverdueAssessment" -> form.put("escalationAction", "REMINDED");
      default -> {
        return Optional.empty();
      }
    }
    return Optional.of(form);
  }

  private List<String> streams(Task task, LocalDate date, Random random, int scale) {
    Object value = tasks.getVariable(task.getId(), "candidateStreams");
    String candidates = value == null ? "" : value.toString();
    List<String> streams = new ArrayList<>();
    boolean employment =
        candidates.contains("EMPLOYMENT")
            && employmentEnrolments < EMPLOYMENT_QUOTA * scale
            && !date.isAfter(OnboardingWork.BUSY_UNTIL)
            && random.nextDouble() < 0.6;
    if (employment) {
      employmentEnrolments++;
      streams.add("EMPLOYMENT");
    }
    if (candidates.contains("HOUSING_SUPPORT") && random.nextDouble() < 0.5) {
      streams.add("HOUSING_SUPPORT");
    }
    double other = random.nextDouble();
    if (other < 0.45 && candidates.contains("FAMILY_HOUSE")) {
      streams.add("FAMILY_HOUSE");
    } else if (other < 0.75 && candidates.contains("EDUCATION")) {
      streams.add("EDUCATION");
    } else if (candidates.contains("INITIATIVES")) {
      streams.add("INITIATIVES");
    }
    if (streams.isEmpty()) {
      streams.add(candidates.contains("FAMILY_HOUSE") ? "FAMILY_HOUSE" : "INITIATIVES");
    }
    return streams;
  }

  private String businessKey(Task task) {
    Object number = tasks.getVariable(task.getId(), "registrationNumber");
    return number == null ? null : number.toString();
  }
}
