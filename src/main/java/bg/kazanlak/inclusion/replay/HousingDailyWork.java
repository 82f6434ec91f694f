package bg.kazanlak.inclusion.replay;

import static bg.kazanlak.inclusion.identity.Groups.SOCIAL_WORKERS;

import bg.kazanlak.inclusion.housing.HousingCases;
import bg.kazanlak.inclusion.housing.NewTenancy;
import bg.kazanlak.inclusion.housing.SupportPlans;
import bg.kazanlak.inclusion.housing.Tenancies;
import bg.kazanlak.inclusion.housing.Tenancy;
import bg.kazanlak.inclusion.participant.Participant;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.participant.SupportStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The social workers' own starts in social housing. People routed to housing support by onboarding
 * get a waiting case at once (the housing module opens it), and {@link HousingTaskAnswers} houses
 * them from its «Настаняване на домакинството» task. Here, on a working day:
 *
 * <ul>
 *   <li>when a unit is free and no case waits for one, a social worker houses a homeless
 *       participant of the other streams who has no case yet — the API's tenancy ({@code
 *       HousingCases .recordTenancy}), as {@code POST /api/housing/tenancies} does;
 *   <li>now and then a household that has lived a year in its unit with an approved plan moves out
 *       (the «Напускане на социално жилище» start form), so that another household can move in — at
 *       most {@link #MOVE_OUTS_PER_SCALE} per unit of scale.
 * </ul>
 */
@Component
@Profile("replay")
public class HousingDailyWork implements DailyWork {

  private static final Logger log = LoggerFactory.getLogger(HousingDailyWork.class);

  static final int MOVE_OUTS_PER_SCALE = 2;

  /** Households are housed while a plan still has half a year to work in. */
  static final int LAST_MOVE_IN_MONTHS_BEFORE_EVALUATION = 6;

  private final Tenancies tenancies;
  private final HousingCases cases;
  private final SupportPlans plans;
  private final ParticipantRegistry registry;
  private final TaskService tasks;
  private final StartForms startForms;
  private int moveOuts;

  public HousingDailyWork(
      Tenancies tenancies,
      HousingCases cases,
      SupportPlans plans,
      ParticipantRegistry registry,
      TaskService tasks,
      StartForms startForms) {
    this.tenancies = tenancies;
    this.cases = cases;
    this.plans = plans;
    this.registry = registry;
    this.tasks = tasks;
    this.startForms = startForms;
  }

  @Override
  public void on(SimulatedDay day) {
    List<String> social = day.staff().of(SOCIAL_WORKERS);
    if (social.isEmpty()) {
      return;
    }
    houseSomeoneWithoutCase(day, social);
    moveOutNowAndThen(day, social);
  }

  private void houseSomeoneWithoutCase(SimulatedDay day, List<String> social) {
    if (day.date().isAfter(lastMoveIn())) {
      return;
    }
    Optional<String> unit = HousingTaskAnswers.freeUnit(tenancies);
    if (unit.isEmpty() || waitingCases() > 0) {
      return;
    }
    Optional<String> head = homelessWithoutCase();
    if (head.isEmpty()) {
      return;
    }
    String worker = social.get(day.random().nextInt(social.size()));
    day.staff()
        .as(
            worker,
            () ->
                cases.recordTenancy(
                    new NewTenancy(unit.get(), day.date(), head.get(), List.of()), worker));
    log.debug("Replay: a household housed in {} on {}", unit.get(), day.date());
  }

  private void moveOutNowAndThen(SimulatedDay day, List<String> social) {
    if (moveOuts >= MOVE_OUTS_PER_SCALE * day.scale()) {
      return;
    }
    List<Tenancy> settled = new ArrayList<>();
    for (Tenancy tenancy : tenancies.households()) {
      if (!tenancy.moveIn().isAfter(day.date().minusYears(1))
          && plans.details(tenancy.head()).plan().approvedOn() != null) {
        settled.add(tenancy);
      }
    }
    // about one settled household in 250 moves out on a working day
    if (settled.isEmpty() || day.random().nextInt(250) >= settled.size()) {
      return;
    }
    Tenancy leaving = settled.get(day.random().nextInt(settled.size()));
    String worker = social.get(day.random().nextInt(social.size()));
    Map<String, Object> form = new HashMap<>();
    form.put("head", leaving.head());
    form.put("moveOut", day.date().toString());
    form.put("moveOutReason", day.random().nextBoolean() ? "OWN_HOME" : "RELOCATION");
    form.put("moveOutNote", "Домакинството се премества в собствено жилище.");
    startForms.submit(day, worker, HousingCases.MOVE_OUT_PROCESS_ID, form);
    moveOuts++;
    log.debug("Replay: a household moved out of {} on {}", leaving.unit(), day.date());
  }

  private long waitingCases() {
    return tasks
        .createTaskQuery()
        .processDefinitionKey(HousingCases.PROCESS_ID)
        .taskDefinitionKey(HousingTaskAnswers.RECORD_TENANCY)
        .count();
  }

  /** A homeless participant of another stream, not housed and without a housing case. */
  private Optional<String> homelessWithoutCase() {
    for (SupportStream stream : List.of(SupportStream.FAMILY_HOUSE, SupportStream.EMPLOYMENT)) {
      for (String number : registry.enrolledIn(stream)) {
        if (tenancies.needsCase(number)
            && registry
                .find(number)
                .map(Participant::entry)
                .filter(e -> e != null && e.homelessOrHousingExclusion())
                .isPresent()) {
          return Optional.of(number);
        }
      }
    }
    return Optional.empty();
  }

  private LocalDate lastMoveIn() {
    return plans.finalEvaluationDay().minusMonths(LAST_MOVE_IN_MONTHS_BEFORE_EVALUATION);
  }
}
