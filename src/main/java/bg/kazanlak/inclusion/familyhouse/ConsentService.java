package bg.kazanlak.inclusion.familyhouse;

import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a person's consent to share data with one kind of organisation: the new answer replaces
 * the current one, and the history keeps every answer.
 */
@Service
class ConsentService {

  private final ConsentRepository repository;
  private final ParticipantRegistry participants;
  private final ProgrammeClock clock;

  ConsentService(
      ConsentRepository repository, ParticipantRegistry participants, ProgrammeClock clock) {
    this.repository = repository;
    this.participants = participants;
    this.clock = clock;
  }

  @Transactional
  Consent record(NewConsent input, String recordedBy) {
    NewConsent checked = ReferralRules.checkConsent(input, clock.today());
    if (participants.find(checked.registrationNumber()).isEmpty()) {
      throw RequestRefusedException.invalid(
          ConsentVariables.REGISTRATION_NUMBER,
          "Няма участник с регистрационен номер " + checked.registrationNumber() + ".");
    }
    Consent consent =
        new Consent(
            checked.registrationNumber(),
            checked.purpose(),
            checked.given(),
            checked.dataItems(),
            checked.signedOn(),
            recordedBy,
            clock.today());
    repository.record(consent);
    return consent;
  }

  @Transactional(readOnly = true)
  Optional<Consent> current(String registrationNumber, ReferralDestination purpose) {
    return repository.current(registrationNumber, purpose);
  }
}
