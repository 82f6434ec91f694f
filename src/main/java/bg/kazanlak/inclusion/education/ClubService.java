package bg.kazanlak.inclusion.education;

import bg.kazanlak.inclusion.budget.ExpenseCases;
import bg.kazanlak.inclusion.budget.ExpenseService;
import bg.kazanlak.inclusion.budget.NewExpense;
import bg.kazanlak.inclusion.budget.StartedExpense;
import bg.kazanlak.inclusion.education.ClubRepository.ClubRow;
import bg.kazanlak.inclusion.education.NewSession.Attendance;
import bg.kazanlak.inclusion.participant.Participant;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.participant.ParticipantStatus;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.NumberSeries;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import bg.kazanlak.inclusion.programme.ProgrammeProperties.FamilyHouse;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clubs and workshops of the SESG programme: opening them, who takes part, the sessions held and
 * what is bought for them. A refused request leaves nothing behind: the purchase row and the
 * expense-approval instance commit or roll back together.
 */
@Service
@Transactional
public class ClubService {

  /** Series of the budget's expense source that marks a club purchase: club:<clubId>:<kind>. */
  static final String SOURCE_PREFIX = "club:";

  /** Registrations that are not (or no longer) taking part in the programme. */
  private static final Set<ParticipantStatus> NOT_TAKING_PART =
      EnumSet.of(
          ParticipantStatus.REJECTED, ParticipantStatus.DUPLICATE, ParticipantStatus.WITHDRAWN);

  private final ClubRepository repository;
  private final ClubRules rules;
  private final ParticipantRegistry registry;
  private final ExpenseService expenses;
  private final EducationProperties education;
  private final ProgrammeClock clock;
  private final NumberSeries numbers;
  private final ExpenseCases expenseCases;

  public ClubService(
      ClubRepository repository,
      ClubRules rules,
      ParticipantRegistry registry,
      ExpenseService expenses,
      EducationProperties education,
      ProgrammeClock clock,
      NumberSeries numbers,
      ExpenseCases expenseCases) {
    this.repository = repository;
    this.rules = rules;
    this.registry = registry;
    this.expenses = expenses;
    this.education = education;
    this.clock = clock;
    this.numbers = numbers;
    this.expenseCases = expenseCases;
  }

  /** The clubs' figures as of the end of a day. */
  @Transactional(readOnly = true)
  public EducationFigures figures(LocalDate asOf) {
    return repository.figures(asOf);
  }

  public Club create(NewClub input, String createdBy) {
    LocalDate today = clock.today();
    NewClub club = rules.validate(input, today);
    String id = "CLUB-%03d".formatted(numbers.next("club"));
    repository.insertClub(id, club, today, createdBy);
    return club(id);
  }

  @Transactional(readOnly = true)
  public List<Club> list() {
    return repository.clubs().stream().map(this::view).toList();
  }

  @Transactional(readOnly = true)
  public ClubDetails details(String id) {
    Club club = club(id);
    List<ClubPurchase> purchases =
        repository.purchasesOf(id).stream()
            .map(p -> p.withExpenseStatus(expenses.get(p.expenseNumber()).status()))
            .toList();
    return new ClubDetails(club, repository.countSessions(id), purchases, repository.assetsOf(id));
  }

  /**
   * Enrols a participant or a child. Refuses an unknown person or guardian (400), a minor without
   * the guardian's consent (422), a second place for someone already in the club (409) and a full
   * club (422, with its figures).
   */
  public EnrolmentResult enrol(String clubId, NewEnrolment input, String enrolledBy) {
    LocalDate today = clock.today();
    NewEnrolment enrolment = rules.checkForm(input, today);
    lockExisting(clubId);
    LocalDate enrolledOn = enrolment.enrolledOn() != null ? enrolment.enrolledOn() : today;

    LocalDate birthDate =
        enrolment.child() != null
            ? enrolment.child().birthDate()
            : takingPart(enrolment.registrationNumber(), "registrationNumber").birthDate();
    if (enrolment.guardian() != null) {
      if (enrolment.guardian().equals(enrolment.registrationNumber())) {
        throw RequestRefusedException.invalid(
            "guardian", "Родителят/настойникът не може да е самият участник.");
      }
      takingPart(enrolment.guardian(), "guardian");
    }
    rules.checkGuardianship(enrolment, birthDate, enrolledOn, today);

    (enrolment.child() != null
            ? repository.findActiveEnrolment(clubId, enrolment.child())
            : repository.findActiveEnrolment(clubId, enrolment.registrationNumber()))
        .ifPresent(
            existing -> {
              throw RequestRefusedException.conflict(
                  "Лицето вече е записано в " + clubId + " (записване " + existing + ").",
                  Map.of("existingEnrolmentId", existing));
            });
    ClubRules.checkRoom(club(clubId));

    long id = repository.insertEnrolment(clubId, enrolment, enrolledOn, enrolledBy);
    Club after = club(clubId);
    return new EnrolmentResult(id, clubId, after.enrolled(), after.freePlaces());
  }

  /** Ends an enrolment on the given day (today by default); the place becomes free. */
  public Enrolment leave(String clubId, long enrolmentId, LocalDate leftOn) {
    LocalDate today = clock.today();
    lockExisting(clubId);
    Enrolment enrolment =
        repository
            .findEnrolment(enrolmentId)
            .filter(e -> e.clubId().equals(clubId))
            .orElseThrow(
                () ->
                    RequestRefusedException.notFound(
                        "Няма записване " + enrolmentId + " в " + clubId + "."));
    if (enrolment.leftOn() != null) {
      throw RequestRefusedException.conflict(
          "Записване " + enrolmentId + " е прекратено на " + enrolment.leftOn() + ".",
          Map.of("leftOn", enrolment.leftOn()));
    }
    LocalDate day = leftOn != null ? leftOn : today;
    if (day.isAfter(today) || day.isBefore(enrolment.enrolledOn())) {
      throw RequestRefusedException.invalid(
          "leftOn",
          "Датата на напускане трябва да е между "
              + "датата на записване ("
              + enrolment.enrolledOn()
              + ") и днес.");
    }
    repository.leave(enrolmentId, day);
    return named(repository.findEnrolment(enrolmentId).orElseThrow());
  }

  /** Everyone who has been enrolled in the club, participants with their display name. */
  @Transactional(readOnly = true)
  public List<Enrolment> enrolments(String clubId) {
    club(clubId);
    return repository.enrolmentsOf(clubId).stream().map(this::named).toList();
  }

  /**
   * Who can be marked at a session of the club on that day (enrolled then), after the day and the
   * topic are checked; 422 when nobody was enrolled.
   */
  @Transactional(readOnly = true)
  public List<Enrolment> attendanceList(String clubId, LocalDate date, String topic) {
    rules.checkSessionHeader(date, topic, clock.today());
    return enrolledOn(clubId, date);
  }

  /**
   * Who belonged to the club on that day (today when null); 404 for an unknown club, 422 when
   * nobody did.
   */
  @Transactional(readOnly = true)
  public List<Enrolment> enrolledOn(String clubId, LocalDate day) {
    LocalDate date = day != null ? day : clock.today();
    List<Enrolment> enrolled = enrolments(clubId).stream().filter(e -> e.activeOn(date)).toList();
    if (enrolled.isEmpty()) {
      throw RequestRefusedException.ruleBroken(
          "На " + date + " в " + clubId + " няма записани лица.", Map.of());
    }
    return enrolled;
  }

  /**
   * Records a session from the Tasklist checklist: whoever is enrolled on the day is present when
   * ticked, absent otherwise; ticking someone not on the list is refused.
   */
  public RecordedSession recordSessionFromList(
      String clubId, LocalDate date, String topic, Set<String> ticked, String recordedBy) {
    List<Attendance> attendance = rules.attendance(enrolledOn(clubId, date), ticked);
    return recordSession(clubId, new NewSession(date, topic, attendance), recordedBy);
  }

  /** Records a session with its attendance; refuses anyone not enrolled in the club that day. */
  public RecordedSession recordSession(String clubId, NewSession session, String recordedBy) {
    club(clubId);
    rules.checkSession(session, clock.today());
    List<Long> ids = session.attendance().stream().map(Attendance::enrolmentId).toList();
    Map<Long, Enrolment> found =
        repository.enrolments(ids).stream()
            .collect(Collectors.toMap(Enrolment::id, Function.identity()));
    List<Long> notEnrolled =
        ids.stream()
            .filter(
                id ->
                    !found.containsKey(id)
                        || !found.get(id).clubId().equals(clubId)
                        || !found.get(id).activeOn(session.date()))
            .toList();
    if (!notEnrolled.isEmpty()) {
      throw RequestRefusedException.ruleBroken(
          "Присъствие се отбелязва само за записаните в "
              + clubId
              + " на "
              + session.date()
              + "; не са записани: "
              + notEnrolled.stream().map(String::valueOf).collect(Collectors.joining(", "))
              + ".",
          Map.of("notEnrolled", notEnrolled));
    }
    long sessionId = repository.insertSession(clubId, session, recordedBy);
    int present = (int) session.attendance().stream().filter(Attendance::present).count();
    return new RecordedSession(sessionId, clubId, session.date(), present, ids.size() - present);
  }

  /**
   * Hands a club purchase to the budget's expense approval, on the line configured for its kind,
   * and records it under the expense's number. The API has checked the caller's group; social
   * workers may not start expense approvals through the engine, so the case is started as the
   * application, with the API's signed-in user as the requester.
   */
  public PurchaseStarted requestPurchase(String clubId, NewPurchase purchase, String requestedBy) {
    Club club = club(clubId);
    rules.checkPurchase(purchase);
    String line = education.lineOf(purchase.kind());
    NewExpense request =
        new NewExpense(
            line,
            purchase.amount(),
            purchase.supplier().trim(),
            club.id() + " „" + club.name() + "“: " + purchase.description().trim(),
            purchase.invoiceDate(),
            purchase.documentRef().trim(),
            SOURCE_PREFIX + clubId + ":" + purchase.kind().name());
    StartedExpense expense = expenseCases.requestAsApplication(request, requestedBy);
    repository.insertPurchase(
        expense.expenseNumber(), clubId, purchase, clock.today(), requestedBy);
    return new PurchaseStarted(expense.expenseNumber(), expense.processInstanceId(), line);
  }

  @Transactional(readOnly = true)
  public Club club(String id) {
    return repository
        .findClub(id)
        .map(this::view)
        .orElseThrow(() -> RequestRefusedException.notFound("Няма клуб или ателие " + id + "."));
  }

  private void lockExisting(String clubId) {
    if (!repository.lockClub(clubId)) {
      throw RequestRefusedException.notFound("Няма клуб или ателие " + clubId + ".");
    }
  }

  private Participant takingPart(String registrationNumber, String field) {
    Participant participant =
        registry
            .find(registrationNumber)
            .orElseThrow(
                () ->
                    RequestRefusedException.invalid(
                        field, "Няма участник с регистрационен номер " + registrationNumber + "."));
    if (NOT_TAKING_PART.contains(participant.status())) {
      throw RequestRefusedException.ruleBroken(
          "Регистрация "
              + registrationNumber
              + " не е на участник в проекта (отхвърлена, анулирана или оттеглена).",
          Map.of(field, registrationNumber, "status", participant.status().name()));
    }
    return participant;
  }

  private Club view(ClubRow row) {
    String venueName =
        row.venueKind() == VenueKind.FAMILY_HOUSE
            ? rules.familyHouse(row.venue()).map(FamilyHouse::name).orElse(row.venue())
            : row.venue();
    return new Club(
        row.id(),
        row.name(),
        row.kind(),
        row.leader(),
        row.venueKind(),
        row.venue(),
        venueName,
        row.schedule(),
        row.capacity(),
        row.createdOn(),
        row.enrolled(),
        row.capacity() - row.enrolled());
  }

  private Enrolment named(Enrolment e) {
    if (e.registrationNumber() == null) {
      return e;
    }
    String name = registry.find(e.registrationNumber()).map(Participant::displayName).orElse(null);
    return new Enrolment(
        e.id(),
        e.clubId(),
        e.registrationNumber(),
        name,
        e.child(),
        e.guardian(),
        e.guardianConsent(),
        e.consentDate(),
        e.enrolledOn(),
        e.leftOn());
  }
}
