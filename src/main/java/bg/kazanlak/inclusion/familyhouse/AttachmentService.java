package bg.kazanlak.inclusion.familyhouse;

import bg.kazanlak.inclusion.participant.Participant;
import bg.kazanlak.inclusion.participant.ParticipantEnrolledInStream;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.participant.SupportStream;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import bg.kazanlak.inclusion.programme.ProgrammeProperties.FamilyHouse;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which house each participant of the Family House stream belongs to. Onboarding's enrolment
 * attaches the participant to the house that serves their settlement ({@code serves} in the
 * configuration), once: a participant attached stays at that house until a social worker moves
 * them, with a reason ({@code family-house-transfer}).
 */
@Service
@Transactional
public class AttachmentService {

  private static final Logger log = LoggerFactory.getLogger(AttachmentService.class);

  private final FamilyHouseRepository repository;
  private final ParticipantRegistry participants;
  private final ProgrammeClock clock;
  private final FamilyHouseRules rules;

  AttachmentService(
      FamilyHouseRepository repository,
      ParticipantRegistry participants,
      ProgrammeClock clock,
      FamilyHouseRules rules) {
    this.repository = repository;
    this.participants = participants;
    this.clock = clock;
    this.rules = rules;
  }

  /**
   * Inside onboarding's enrolling transaction: attaches a participant enrolled in the Family House
   * stream to the house serving their settlement, unless already attached (a repeated event changes
   * nothing).
   */
  @EventListener
  public void onEnrolled(ParticipantEnrolledInStream enrolled) {
    if (enrolled.stream() != SupportStream.FAMILY_HOUSE
        || repository.houseOf(enrolled.registrationNumber()).isPresent()) {
      return;
    }
    Participant participant = participants.get(enrolled.registrationNumber());
    Optional<FamilyHouse> house = rules.servingHouse(participant.settlement());
    if (house.isEmpty()) {
      // the configuration check makes every settlement served; this is a configuration gone wrong
      throw new IllegalStateException(
          "No family house serves the settlement of participant " + enrolled.registrationNumber());
    }
    repository.attach(enrolled.registrationNumber(), house.get().id(), clock.today());
    log.info(
        "Participant {} attached to family house {}",
        enrolled.registrationNumber(),
        house.get().id());
  }

  /** The house the participant is attached to now, if any. */
  @Transactional(readOnly = true)
  public Optional<String> houseOf(String registrationNumber) {
    return repository.houseOf(registrationNumber.trim());
  }

  /**
   * Moves an attached participant to another house with a reason; 400 for a participant not
   * attached, an unknown house or no reason, 422 for the house they are at. Returns the new house.
   */
  FamilyHouse transfer(String registrationNumber, String to, String reason, String by) {
    String current =
        FamilyHouseRules.blank(registrationNumber)
            ? null
            : repository.houseOf(registrationNumber.trim()).orElse(null);
    String checkedReason = rules.checkTransfer(registrationNumber, current, to, reason);
    String person = registrationNumber.trim();
    FamilyHouse house = rules.house(to).orElseThrow();
    if (!repository.transfer(person, current, house.id(), clock.today(), by, checkedReason)) {
      throw RequestRefusedException.conflict(
          "Участник " + person + " междувременно е преместен; опитайте отново.", Map.of());
    }
    return house;
  }
}
