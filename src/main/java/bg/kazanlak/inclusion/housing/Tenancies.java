package bg.kazanlak.inclusion.housing;

import bg.kazanlak.inclusion.participant.Participant;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.participant.ParticipantStatus;
import bg.kazanlak.inclusion.problem.FieldProblem;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The units' tenancies and the housing cases they open. A person has one open case (the head of a
 * household, or someone routed to housing support and not yet housed) and lives in one unit; a unit
 * has one household. Recording a tenancy opens the household's plan and announces {@link
 * TenancyRecorded}, so that a member's own waiting case learns it has a household.
 */
@Service
public class Tenancies {

  private final HousingRepository repository;
  private final HousingRules rules;
  private final ParticipantRegistry participants;
  private final SupportPlans plans;
  private final ProgrammeProperties programme;
  private final ProgrammeClock clock;
  private final ApplicationEventPublisher events;

  Tenancies(
      HousingRepository repository,
      HousingRules rules,
      ParticipantRegistry participants,
      SupportPlans plans,
      ProgrammeProperties programme,
      ProgrammeClock clock,
      ApplicationEventPublisher events) {
    this.repository = repository;
    this.rules = rules;
    this.participants = participants;
    this.plans = plans;
    this.programme = programme;
    this.clock = clock;
    this.events = events;
  }

  /** The units with their addresses, rooms and whether a household lives there. */
  public List<Unit> units() {
    Map<String, Long> occupied = repository.occupiedUnits();
    return programme.housingUnits().stream()
        .map(u -> new Unit(u.id(), u.address(), u.rooms(), occupied.containsKey(u.id())))
        .toList();
  }

  /**
   * Opens the head's case with the tenancy (the API, or a case started with the tenancy): 409 when
   * the head already has a case (a waiting one is completed with {@link #recordForWaitingCase}).
   */
  @Transactional
  public Tenancy recordWithNewCase(NewTenancy input, String recordedBy) {
    NewTenancy tenancy = checked(input);
    if (!repository.openCase(tenancy.head(), clock.today())) {
      throw RequestRefusedException.conflict(
          "За участник "
              + tenancy.head()
              + " вече има отворен случай на жилищна подкрепа: настаняването се записва в неговата"
              + " задача „Настаняване на домакинството“.",
          Map.of("registrationNumber", tenancy.head()));
    }
    return record(tenancy, recordedBy);
  }

  /** Records the tenancy of a head whose case waits for it. */
  @Transactional
  public Tenancy recordForWaitingCase(NewTenancy input, String recordedBy) {
    NewTenancy tenancy = checked(input);
    if (!caseWaits(tenancy.head())) {
      throw RequestRefusedException.conflict(
          "Случаят на участник " + tenancy.head() + " не чака настаняване.",
          Map.of("registrationNumber", tenancy.head()));
    }
    return record(tenancy, recordedBy);
  }

  /** Opens the case of a person routed to housing support who is not housed yet. */
  @Transactional
  public void openWaitingCase(String registrationNumber) {
    List<FieldProblem> problems = new ArrayList<>();
    checkPerson(registrationNumber, "head", problems);
    if (!problems.isEmpty()) {
      throw RequestRefusedException.invalid(problems);
    }
    if (repository.residence(registrationNumber).isPresent()) {
      throw RequestRefusedException.conflict(
          "Участник "
              + registrationNumber
              + " вече живее в социално жилище: подкрепата му е в плана на домакинството.",
          Map.of("registrationNumber", registrationNumber));
    }
    if (!repository.openCase(registrationNumber, clock.today())) {
      throw RequestRefusedException.conflict(
          "За участник " + registrationNumber + " вече има отворен случай на жилищна подкрепа.",
          Map.of("registrationNumber", registrationNumber));
    }
  }

  /** Whether a person routed to housing support still needs a case of their own. */
  public boolean needsCase(String registrationNumber) {
    return !repository.hasCase(registrationNumber)
        && repository.residence(registrationNumber).isEmpty();
  }

  /** The person's case is open and no tenancy has housed them yet. */
  public boolean caseWaits(String registrationNumber) {
    return registrationNumber != null
        && repository.hasCase(registrationNumber)
        && repository.residence(registrationNumber).isEmpty();
  }

  /**
   * After a tenancy was recorded for a person whose case waited: true when they head the household
   * (the case goes on to the plan); else they are a member of another household's plan, and their
   * own case closes.
   */
  @Transactional
  public boolean headsHousehold(String registrationNumber) {
    Tenancy tenancy =
        repository
            .residence(registrationNumber)
            .orElseThrow(
                () -> new IllegalStateException("No tenancy houses " + registrationNumber));
    if (tenancy.head().equals(registrationNumber)) {
      return true;
    }
    repository.closeCase(registrationNumber);
    return false;
  }

  /** The programme ended before the person was housed: the case closes. */
  @Transactional
  public void closeUnhoused(String registrationNumber) {
    repository.closeCase(registrationNumber);
  }

  /** The households living in the units now, in the order of the units. */
  public List<Tenancy> households() {
    return repository.occupiedUnits().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> repository.tenancy(e.getValue()).orElseThrow())
        .toList();
  }

  /** The tenancy the person lives in now. */
  public Optional<Tenancy> residence(String registrationNumber) {
    return repository.residence(registrationNumber);
  }

  /**
   * The household of {@code head} moves out: the unit and its people are free, the plan closes with
   * the reason and {@link PlanClosed} ends the case.
   */
  @Transactional
  public void moveOut(
      String head, LocalDate date, MoveOutReason reason, String note, String recordedBy) {
    Tenancy tenancy =
        repository
            .residence(head)
            .filter(t -> t.head().equals(head))
            .orElseThrow(
                () ->
                    RequestRefusedException.invalid(
                        "head", "Участник " + head + " не е титуляр на настанено домакинство."));
    rules.checkMoveOut(date, reason, tenancy.moveIn(), clock.today());
    repository.endTenancy(tenancy.id(), date, reason, HousingRules.note("moveOutNote", note, 1000));
    plans.closeFromOutside(head, CloseReason.MOVED_OUT, recordedBy);
  }

  private NewTenancy checked(NewTenancy input) {
    NewTenancy tenancy = rules.checkTenancy(input, clock.today());
    List<FieldProblem> problems = new ArrayList<>();
    checkPerson(tenancy.head(), "head", problems);
    for (String member : tenancy.members()) {
      checkPerson(member, "members", problems);
    }
    if (!problems.isEmpty()) {
      throw RequestRefusedException.invalid(problems);
    }
    return tenancy;
  }

  /** A registered participant whose case is not annulled or withdrawn. */
  private void checkPerson(String number, String field, List<FieldProblem> problems) {
    Optional<Participant> person = participants.find(number);
    if (person.isEmpty() || person.get().status() == ParticipantStatus.DUPLICATE) {
      problems.add(new FieldProblem(field, "Няма участник с регистрационен номер " + number + "."));
    } else if (person.get().status() == ParticipantStatus.WITHDRAWN
        || person.get().status() == ParticipantStatus.REJECTED) {
      problems.add(
          new FieldProblem(
              field, "Участник " + number + " не е в програмата (оттеглен или недопустим)."));
    }
  }

  private Tenancy record(NewTenancy tenancy, String recordedBy) {
    long id = repository.insertTenancy(tenancy, recordedBy, clock.today());
    if (!repository.occupy(tenancy.unit(), id)) {
      throw RequestRefusedException.conflict(
          "Социално жилище " + tenancy.unit() + " е заето от друго домакинство.",
          Map.of("unit", tenancy.unit()));
    }
    for (String person : Tenancy.household(tenancy.head(), tenancy.members())) {
      if (!repository.addResident(id, person, person.equals(tenancy.head()))) {
        throw RequestRefusedException.conflict(
            "Участник " + person + " вече живее в друго социално жилище.",
            Map.of("registrationNumber", person));
      }
    }
    plans.open(id, tenancy.head(), recordedBy);
    events.publishEvent(new TenancyRecorded(id, tenancy.head(), tenancy.members()));
    return repository.tenancy(id).orElseThrow();
  }

  /** A unit as {@code GET /api/housing/units} lists it. */
  public record Unit(String id, String address, int rooms, boolean occupied) {}
}
