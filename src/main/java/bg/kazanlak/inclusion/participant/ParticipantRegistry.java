package bg.kazanlak.inclusion.participant;

import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.NumberSeries;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participant registry: the one service that stores and reads personal data. Everything else
 * knows a participant by registration number and display name.
 */
@Service
@Transactional
public class ParticipantRegistry {

  private final ParticipantRepository repository;
  private final RegistrationValidator validator;
  private final ProgrammeClock clock;
  private final ProgrammeProperties programme;
  private final NumberSeries numbers;

  ParticipantRegistry(
      ParticipantRepository repository,
      RegistrationValidator validator,
      ProgrammeClock clock,
      ProgrammeProperties programme,
      NumberSeries numbers) {
    this.repository = repository;
    this.validator = validator;
    this.clock = clock;
    this.programme = programme;
    this.numbers = numbers;
  }

  /**
   * Registers a person. Refuses malformed input (400), a personal number already registered
   * (409, naming the existing registration), and a registration without consent or after the
   * programme's end (422). A near match (same names and birth date, another number) is registered
   * but reported, so that a case officer can review it.
   */
  public Registration register(NewParticipant input, String registeredBy) {
    LocalDate today = clock.today();
    ValidRegistration valid = validator.validate(input, today);
    repository.findRegistrationByPersonalNumber(valid.personalNumber().value())
        .ifPresent(existing -> {
          throw RequestRefusedException.conflict(
              "Лице с този ЕГН/ЛНЧ вече е регистрирано под номер " + existing + ".",
              Map.of("existingRegistrationNumber", existing));
        });
    if (!valid.consentToServices()) {
      throw RequestRefusedException.ruleBroken(
          "Без информирано съгласие за получаване на услуги лицето не може да бъде включено в проекта.",
          Map.of());
    }
    if (today.isAfter(programme.end())) {
      throw RequestRefusedException.ruleBroken(
          "Проектът приключи на " + programme.end() + "; нови участници не се регистрират.",
          Map.of());
    }
    List<DuplicateCandidate> nearDuplicates = repository.findNearDuplicates(valid);
    String registrationNumber =
        "P-%d-%05d".formatted(today.getYear(), numbers.next("participant"));
    repository.insert(registrationNumber, valid, today, registeredBy);
    return new Registration(registrationNumber, valid.caseName(), nearDuplicates);
  }

  @Transactional(readOnly = true)
  public Participant get(String registrationNumber) {
    return repository.find(registrationNumber)
        .orElseThrow(() -> RequestRefusedException.notFound(
            "Няма участник с регистрационен номер " + registrationNumber + "."));
  }

  /** The participant, if registered: for features that answer an unknown number with 400. */
  @Transactional(readOnly = true)
  public Optional<Participant> find(String registrationNumber) {
    return repository.find(registrationNumber);
  }

  public void markEligible(String registrationNumber, List<SupportStream> candidateStreams) {
    repository.markEligible(registrationNumber);
    repository.replaceCandidateStreams(registrationNumber, candidateStreams);
  }

  public void reject(String registrationNumber, RejectionReason reason) {
    repository.reject(registrationNumber, reason.name());
  }

  /** The case officer found that this registration repeats an earlier one: annul it. */
  public void annulAsDuplicateOf(String registrationNumber, String original) {
    get(original);
    repository.markDuplicate(registrationNumber, original);
  }

  public void recordAssessment(String registrationNumber, NeedsAssessment assessment, String by) {
    repository.insertAssessment(registrationNumber, assessment, clock.today(), by);
    repository.updateStatus(registrationNumber, ParticipantStatus.ASSESSED);
  }

  public void enrol(String registrationNumber, List<SupportStream> streams) {
    LocalDate today = clock.today();
    streams.forEach(stream -> repository.enrol(registrationNumber, stream, today));
    repository.updateStatus(registrationNumber, ParticipantStatus.ENROLLED);
  }

  public void recordRejectionNotice(String registrationNumber, RejectionNotice notice, String by) {
    repository.insertRejectionNotice(registrationNumber, notice, by);
  }

  @Transactional(readOnly = true)
  public ParticipantCounts counts() {
    return repository.counts();
  }

  /** ESF entry data of every participant who entered the operation, without names or numbers. */
  @Transactional(readOnly = true)
  public List<EsfEntryRecord> entryRecordsOfEntrants() {
    return repository.entryRecordsOfEntrants();
  }

  public void withdraw(String registrationNumber, String reason) {
    repository.withdraw(registrationNumber, reason, clock.today());
  }
}
