package bg.kazanlak.inclusion.familyhouse;

import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.participant.ParticipantStatus;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.NumberSeries;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the services the houses' specialists deliver, after {@link FamilyHouseRules}: each gets a
 * service number {@code S-<year>-<nnnnn>}, the year of the day it is recorded. The note goes to the
 * table only.
 */
@Service
@Transactional
class ServiceRecorder {

  /** A participant in one of these is not (or no longer) in the programme. */
  private static final Set<ParticipantStatus> NOT_REGISTERED =
      EnumSet.of(
          ParticipantStatus.REJECTED, ParticipantStatus.WITHDRAWN, ParticipantStatus.DUPLICATE);

  private final FamilyHouseRepository repository;
  private final ParticipantRegistry participants;
  private final ProgrammeClock clock;
  private final NumberSeries numbers;
  private final FamilyHouseRules rules;

  ServiceRecorder(
      FamilyHouseRepository repository,
      ParticipantRegistry participants,
      ProgrammeClock clock,
      NumberSeries numbers,
      FamilyHouseRules rules) {
    this.repository = repository;
    this.participants = participants;
    this.clock = clock;
    this.numbers = numbers;
    this.rules = rules;
  }

  /** Checks (404 unknown house, 400 naming the wrong fields) and records a service. */
  RecordedService record(NewService service, String by) {
    if (FamilyHouseRules.blank(by)) {
      throw RequestRefusedException.ruleBroken("Услугата няма кой да я запише.", Map.of());
    }
    LocalDate today = clock.today();
    NewService checked = rules.checkService(service, this::isParticipant, today);
    String number = "S-%d-%05d".formatted(today.getYear(), numbers.next("family-house-service"));
    repository.insertService(number, checked, by, clock.dateTime());
    return repository.service(number).orElseThrow();
  }

  private boolean isParticipant(String registrationNumber) {
    return participants
        .find(registrationNumber)
        .filter(p -> !NOT_REGISTERED.contains(p.status()))
        .isPresent();
  }
}
