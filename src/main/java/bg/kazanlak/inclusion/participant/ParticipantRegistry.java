package bg.kazanlak.inclusion.participant;

import bg.kazanlak.inclusion.audit.AuditTrail;
import bg.kazanlak.inclusion.audit.RecordType;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.NumberSeries;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The participant registry: the one service that stores and reads personal data. Everything else
 * knows a participant by registration number and display name.
 */
@Service
@Transactional
public class ParticipantRegistry {

  private static final Set<ParticipantStatus> CLOSED =
      EnumSet.of(
          ParticipantStatus.WITHDRAWN, ParticipantStatus.REJECTED, ParticipantStatus.DUPLICATE);

  private final ParticipantRepository repository;
  private final RegistrationValidator validator;
  private final ProgrammeClock clock;
  private final ProgrammeProperties programme;
  private final NumberSeries numbers;
  private final ApplicationEventPublisher events;

  /**
   * A savepoint around the insert: after a constraint violation PostgreSQL reads on only from one.
   */
  private final TransactionTemplate savepoint;

  private final AuditTrail audit;

  ParticipantRegistry(
      ParticipantRepository repository,
      RegistrationValidator validator,
      ProgrammeClock clock,
      ProgrammeProperties programme,
      NumberSeries numbers,
      ApplicationEventPublisher events,
      PlatformTransactionManager transactions,
      AuditTrail audit) {
    this.audit = audit;
    this.repository = repository;
    this.validator = validator;
    this.clock = clock;
    this.programme = programme;
    this.numbers = numbers;
    this.events = events;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /**
   * Registers a person. Refuses malformed input (400), a personal number already registered (409,
   * naming the existing registration), and a registration without consent or after the programme's
   * end (422). A near match (same names and birth date, another number) is registered but reported,
   * so that a case officer can review it.
   */
  public Registration register(NewParticipant input, String registeredBy) {
    LocalDate today = clock.today();
    ValidRegistration valid = validator.validate(input, today);
    // Taking the number first locks the series' row until this registration commits, so a
    // concurrent registration of the same person waits here and then finds this one below.
    String registrationNumber = "P-%d-%05d".formatted(today.getYear(), numbers.next("participant"));
    repository
        .findRegistrationByPersonalNumber(valid.personalNumber().value())
        .ifPresent(
            existing -> {
              throw alreadyRegistered(existing);
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
    insert(registrationNumber, valid, today, registeredBy);
    audit.record(
        RecordType.PARTICIPANT, registrationNumber, "created", registeredBy, "registration");
    return new Registration(
        registrationNumber, valid.caseName(), repository.findNearDuplicatesOf(registrationNumber));
  }

  /**
   * The unique constraint on the personal number is the last word: should another registration of
   * the same number commit first by any path, the violation becomes the 409. Its message holds the
   * number, so the exception is neither logged nor kept as a cause.
   */
  private void insert(
      String registrationNumber, ValidRegistration valid, LocalDate today, String registeredBy) {
    try {
      savepoint.executeWithoutResult(
          status -> repository.insert(registrationNumber, valid, today, registeredBy));
    } catch (DuplicateKeyException violation) {
      throw repository
          .findRegistrationByPersonalNumber(valid.personalNumber().value())
          .map(ParticipantRegistry::alreadyRegistered)
          .orElseThrow(
              () ->
                  new IllegalStateException(
                      "Registration " + registrationNumber + " violates a unique constraint"));
    }
  }

  private static RequestRefusedException alreadyRegistered(String existing) {
    return RequestRefusedException.conflict(
        "Лице с този ЕГН/ЛНЧ вече е регистрирано под номер " + existing + ".",
        Map.of("existingRegistrationNumber", existing));
  }

  @Transactional(readOnly = true)
  public Participant get(String registrationNumber) {
    return repository
        .find(registrationNumber)
        .orElseThrow(
            () ->
                RequestRefusedException.notFound(
                    "Няма участник с регистрационен номер " + registrationNumber + "."));
  }

  /** The participant, if registered: for features that answer an unknown number with 400. */
  @Transactional(readOnly = true)
  public Optional<Participant> find(String registrationNumber) {
    return repository.find(registrationNumber);
  }

  public void markEligible(String registrationNumber, List<SupportStream> candidateStreams) {
    repository.markEligible(registrationNumber, clock.today());
    repository.replaceCandidateStreams(registrationNumber, candidateStreams);
  }

  public void reject(String registrationNumber, RejectionReason reason) {
    repository.reject(registrationNumber, reason.name(), clock.today());
  }

  /**
   * Records a case officer's review of a possible duplicate. "Same person" annuls this
   * registration, and the original named must be one of the near duplicates the registry itself
   * finds for it now (not a number copied from what the task showed). Returns the decision that
   * stands, for the process to go on by.
   */
  public DuplicateDecision reviewDuplicate(
      String registrationNumber, DuplicateDecision decision, String original) {
    requireStatus(get(registrationNumber), ParticipantStatus.REGISTERED);
    if (decision == DuplicateDecision.SAME_PERSON) {
      if (original == null || original.isBlank()) {
        throw RequestRefusedException.invalid(
            "duplicateOf", "Посочете регистрационния номер на съществуващата регистрация.");
      }
      boolean candidate =
          repository.findNearDuplicatesOf(registrationNumber).stream()
              .anyMatch(c -> c.registrationNumber().equals(original.trim()));
      if (!candidate) {
        throw RequestRefusedException.invalid(
            "duplicateOf", "Номер " + original.trim() + " не е сред възможните дубликати.");
      }
      repository.markDuplicate(registrationNumber, original.trim());
    }
    return decision;
  }

  /** Records an eligible participant's needs assessment (see {@link ParticipantRules}). */
  public void recordAssessment(String registrationNumber, NeedsAssessment assessment, String by) {
    requireStatus(get(registrationNumber), ParticipantStatus.ELIGIBLE);
    ParticipantRules.checkAssessment(assessment);
    repository.insertAssessment(registrationNumber, assessment, clock.today(), by);
    repository.updateStatus(registrationNumber, ParticipantStatus.ASSESSED);
    audit.record(
        RecordType.PARTICIPANT, registrationNumber, "assessed", by, "needsAssessment", "status");
  }

  /**
   * Enrols an assessed participant in the streams the recorded assessment recommends and announces
   * each: the stream features listen to {@link ParticipantEnrolledInStream} and start their own
   * processes in this transaction.
   */
  public List<SupportStream> enrolInRecommendedStreams(String registrationNumber) {
    requireStatus(get(registrationNumber), ParticipantStatus.ASSESSED);
    List<SupportStream> streams = repository.recommendedStreams(registrationNumber);
    LocalDate today = clock.today();
    streams.forEach(stream -> repository.enrol(registrationNumber, stream, today));
    repository.updateStatus(registrationNumber, ParticipantStatus.ENROLLED);
    streams.forEach(
        stream -> events.publishEvent(new ParticipantEnrolledInStream(registrationNumber, stream)));
    return streams;
  }

  /** Records how a rejected person was told, once (see {@link ParticipantRules}). */
  public void recordRejectionNotice(String registrationNumber, RejectionNotice notice, String by) {
    requireStatus(get(registrationNumber), ParticipantStatus.REJECTED);
    ParticipantRules.checkRejectionNotice(notice, clock.today());
    if (repository.hasRejectionNotice(registrationNumber)) {
      throw RequestRefusedException.conflict(
          "Уведомяването на участник " + registrationNumber + " вече е записано.", Map.of());
    }
    repository.insertRejectionNotice(registrationNumber, notice, by);
  }

  /** Registered, eligible and rejected as of the end of a day. */
  @Transactional(readOnly = true)
  public ParticipantCounts counts(LocalDate asOf) {
    return repository.counts(asOf);
  }

  /**
   * ESF entry data of every participant who had entered the operation (enrolled in a stream) by the
   * end of a day, without names or numbers.
   */
  @Transactional(readOnly = true)
  public List<EsfEntryRecord> entryRecordsOfEntrants(LocalDate asOf) {
    return repository.entryRecordsOfEntrants(asOf);
  }

  /**
   * Withdraws a participant whose case is not closed. {@link ParticipantWithdrawn} is published
   * before the transaction commits, so a stream that refuses (e.g. a contract still running) rolls
   * the withdrawal back.
   */
  public void withdraw(String registrationNumber, String reason) {
    String checkedReason = ParticipantRules.withdrawalReason(reason);
    Participant participant = get(registrationNumber);
    if (CLOSED.contains(participant.status())) {
      throw RequestRefusedException.ruleBroken(
          "Случаят на участник " + registrationNumber + " вече е приключен.",
          Map.of("status", participant.status().name()));
    }
    LocalDate today = clock.today();
    repository.withdraw(registrationNumber, checkedReason, today);
    audit.record(
        RecordType.PARTICIPANT,
        registrationNumber,
        "withdrawn",
        null,
        "status",
        "withdrawalReason");
    events.publishEvent(new ParticipantWithdrawn(registrationNumber, today));
  }

  private static void requireStatus(Participant participant, ParticipantStatus expected) {
    if (participant.status() != expected) {
      throw RequestRefusedException.ruleBroken(
          "Стъпката не е възможна в сегашното състояние на участник "
              + participant.registrationNumber()
              + ".",
          Map.of("status", participant.status().name()));
    }
  }

  /**
   * Finds participants by registration number or by name (each word the beginning of a first or
   * last name, in any case). A term of digits only (a personal number) is refused without echoing
   * it: the case file is searched by name or registration number, and a personal number must not
   * travel in a URL or a log line.
   */
  @Transactional(readOnly = true)
  public List<ParticipantSummary> search(String term, int limit) {
    String trimmed = term == null ? "" : term.strip();
    if (trimmed.codePointCount(0, trimmed.length()) < 2) {
      throw RequestRefusedException.invalid("q", "Въведете поне два знака от име или номер.");
    }
    if (trimmed.replaceAll("[\\s-]", "").matches("\\d+")) {
      throw RequestRefusedException.invalid(
          "q", "Търсете по име или регистрационен номер, не по ЕГН/ЛНЧ.");
    }
    List<String> words = List.of(trimmed.split("\\s+"));
    if (words.size() > 4) {
      words = words.subList(0, 4);
    }
    return repository.search(words, limit);
  }

  /**
   * The registration numbers of the participants enrolled in {@code stream} who are still in the
   * programme, in the order they were enrolled: whom a feature's staff can offer its support to.
   */
  @Transactional(readOnly = true)
  public List<String> enrolledIn(SupportStream stream) {
    return repository.enrolledIn(stream);
  }
}
