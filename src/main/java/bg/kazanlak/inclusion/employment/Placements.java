package bg.kazanlak.inclusion.employment;

import bg.kazanlak.inclusion.employment.EmploymentRepository.Placement;
import bg.kazanlak.inclusion.participant.EsfEntryData;
import bg.kazanlak.inclusion.participant.Participant;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The places of the employers and the first-come waiting list. Each employer's balance row ({@code
 * employment_employer_places}) is the lock under which its places are taken and handed on, so two
 * nodes never hand out the same last place and a freed place is never lost.
 */
@Service
@Transactional
public class Placements {

  static final String ALLOCATION_DECISION = "employer-allocation";
  public static final String NO_PREFERENCE = "NONE";

  private final EmploymentRepository repository;
  private final ParticipantRegistry participants;
  private final DecisionService decisions;
  private final Employers employers;
  private final ProgrammeProperties programme;
  private final ProgrammeClock clock;
  private final ApplicationEventPublisher events;

  public Placements(
      EmploymentRepository repository,
      ParticipantRegistry participants,
      DecisionService decisions,
      Employers employers,
      ProgrammeProperties programme,
      ProgrammeClock clock,
      ApplicationEventPublisher events) {
    this.repository = repository;
    this.participants = participants;
    this.decisions = decisions;
    this.employers = employers;
    this.programme = programme;
    this.clock = clock;
    this.events = events;
  }

  /** Makes the place rows match the configured employers (start-up). */
  public void synchronisePlaces() {
    employers.all().forEach(e -> repository.synchronisePlaces(e.id(), e.places()));
  }

  /** The participant's preference: a configured employer's id, or none. */
  public String preference(String code) {
    if (code == null || code.isBlank() || NO_PREFERENCE.equals(code.trim())) {
      return NO_PREFERENCE;
    }
    return employers.get(code.trim(), "preferredEmployer").id();
  }

  /**
   * The suitable employers (bpmn/dmn/employer-allocation.dmn, on a derived profile and the
   * preference only), the preferred one first; the first with a free place is reserved, else the
   * person joins the waiting list. The suitable employers' rows are locked first (in id order, so
   * two allocations cannot deadlock): a place freed meanwhile is then either seen here or, once
   * this person is on the list, offered to them — never lost between the two.
   */
  public Allocation allocate(String registrationNumber, String preferredEmployer) {
    List<String> suitable = suitableEmployers(registrationNumber, preferredEmployer);
    if (suitable.isEmpty()) {
      // the social worker routed someone the table does not cover (e.g. 65+): any employer
      suitable = employers.ids();
    }
    suitable.stream().sorted().forEach(repository::lockEmployer);
    for (String employerId : suitable) {
      if (repository.takePlace(employerId)) {
        repository.insertPlacement(registrationNumber, employerId, "RESERVED", clock.today());
        return Allocation.reserved(registrationNumber, suitable, employerId);
      }
    }
    repository.addToWaitingList(registrationNumber, suitable, clock.today());
    return Allocation.waiting(registrationNumber, suitable);
  }

  /**
   * Allocates the participant of a case ({@link #allocate}) with the preference the preference step
   * checked, and names what the case's forms show: the participant's case name and the employers'
   * names.
   */
  CaseAllocation allocateCase(String registrationNumber, String preferenceCode) {
    String displayName = participants.get(registrationNumber).caseName();
    Allocation allocation = allocate(registrationNumber, preference(preferenceCode));
    return new CaseAllocation(
        displayName,
        allocation,
        allocation.suitableEmployers().stream().map(id -> employers.get(id).name()).toList(),
        allocation.waiting() ? null : employers.get(allocation.employerId()).name());
  }

  List<String> suitableEmployers(String registrationNumber, String preferredEmployer) {
    Participant participant = participants.get(registrationNumber);
    EsfEntryData entry = participant.entry();
    Map<String, Object> profile =
        Map.of(
            "age", participant.ageOn(clock.today()),
            "employmentStatus", entry.employmentStatus().name(),
            "educationLevel", entry.educationLevel().level(),
            "preferredEmployer", preferredEmployer == null ? NO_PREFERENCE : preferredEmployer);
    List<String> configured = employers.ids();
    return decisions
        .evaluateDecisionByKey(ALLOCATION_DECISION)
        .variables(profile)
        .evaluate()
        .<String>collectEntries("employer")
        .stream()
        .filter(configured::contains)
        .distinct()
        .toList();
  }

  /** The employer of the place reserved for the participant; 422 when none is reserved. */
  @Transactional(readOnly = true)
  public Placement reserved(String registrationNumber) {
    return repository
        .reservedPlacement(registrationNumber)
        .orElseThrow(
            () ->
                RequestRefusedException.ruleBroken(
                    "За участник %s няма запазено работно място.".formatted(registrationNumber),
                    Map.of()));
  }

  /**
   * A place of the employer has been freed: it goes to the first person waiting for whom the
   * employer is suitable and whose case still waits for a place ({@code caseWaits}); an entry whose
   * case no longer waits is dropped from the list. After the programme's last day no contract can
   * start, so the place is not offered. Without a taker the place is free again.
   */
  public Optional<PlaceOffer> handOn(String employerId, Predicate<String> caseWaits) {
    repository.lockEmployer(employerId);
    if (!clock.today().isAfter(programme.end())) {
      for (String next : repository.waitingFor(employerId)) {
        if (!caseWaits.test(next)) {
          repository.removeFromWaitingList(next);
          continue;
        }
        // a place freed at the same time at another employer may have taken this person
        if (repository.removeFromWaitingList(next)) {
          repository.insertPlacement(next, employerId, "RESERVED", clock.today());
          return Optional.of(new PlaceOffer(next, employerId));
        }
      }
    }
    repository.givePlaceBack(employerId);
    return Optional.empty();
  }

  /**
   * What a withdrawal of the participant means for employment: true when the case ends (nothing
   * signed yet: waiting, or a place reserved, or a contract recorded but not signed); false when
   * the contract has already ended or been terminated (the case goes on: the last month is paid and
   * the results at leaving are recorded). Refused while a signed contract is in force: HR
   * terminates it first, which is the legal act and decides the pay of the last month.
   */
  @Transactional(readOnly = true)
  public boolean withdrawalEndsCase(String registrationNumber) {
    Optional<Contract> contract = repository.latestContract(registrationNumber);
    if (contract.isEmpty() || contract.get().status() == ContractStatus.PLANNED) {
      return true;
    }
    if (contract.get().status() == ContractStatus.ACTIVE) {
      String contractId = contract.get().contractId();
      throw RequestRefusedException.ruleBroken(
          ("Участник %s работи по трудов договор %s."
                  + " Договорът трябва първо да бъде прекратен от „Човешки ресурси“ (прекратяване на"
                  + " договора), след което оттеглянето може да бъде отразено.")
              .formatted(registrationNumber, contractId),
          Map.of("contractId", contractId));
    }
    return false;
  }

  /**
   * The participant withdraws before working: off the waiting list, or the reserved place (and a
   * contract recorded but never signed, which is removed) released; a freed place is announced
   * ({@link PlaceFreed}) to be handed on.
   */
  public void withdraw(String registrationNumber) {
    if (!withdrawalEndsCase(registrationNumber)) {
      throw RequestRefusedException.ruleBroken(
          "Договорът на участник %s вече е приключил.".formatted(registrationNumber), Map.of());
    }
    repository.removeFromWaitingList(registrationNumber);
    Optional<Placement> reserved = repository.reservedPlacement(registrationNumber);
    if (reserved.isPresent()) {
      repository.placementStatus(reserved.get().id(), "RELEASED");
      events.publishEvent(new PlaceFreed(reserved.get().employerId()));
      return;
    }
    Optional<Contract> planned = repository.latestContract(registrationNumber);
    if (planned.isPresent()) {
      repository.deletePlannedContract(planned.get().contractId());
      repository.placementStatus(planned.get().placementId(), "RELEASED");
      events.publishEvent(new PlaceFreed(planned.get().employerId()));
    }
  }

  /** Free places per employer id. */
  @Transactional(readOnly = true)
  public Map<String, Integer> freePlaces() {
    Map<String, Integer> occupied = repository.occupiedPlaces();
    Map<String, Integer> free = new LinkedHashMap<>();
    employers.all().forEach(e -> free.put(e.id(), e.places() - occupied.getOrDefault(e.id(), 0)));
    return free;
  }

  @Transactional(readOnly = true)
  public List<String> waitingList() {
    return repository.waitingList();
  }
}
