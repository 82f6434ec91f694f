package bg.kazanlak.inclusion.initiative;

import bg.kazanlak.inclusion.audit.AuditTrail;
import bg.kazanlak.inclusion.audit.RecordType;
import bg.kazanlak.inclusion.budget.BudgetLedger;
import bg.kazanlak.inclusion.budget.LineOverdrawnException;
import bg.kazanlak.inclusion.budget.Posting;
import bg.kazanlak.inclusion.initiative.InitiativeDecisions.ApprovalRoute;
import bg.kazanlak.inclusion.initiative.InitiativeRepository.InitiativeEvent;
import bg.kazanlak.inclusion.initiative.InitiativeRules.HeldReport;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.participant.ParticipantStatus;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.NumberSeries;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Initiatives from proposal to report: each change asks {@link InitiativeRules} and the DMN
 * decisions ({@link InitiativeDecisions}) first, and is one conditional update of the initiative's
 * status plus a line of its history. {@code initiative-approval} says who decides and when. Money
 * reaches the budget only through {@link BudgetLedger}: the planned cost is committed when the
 * project manager approves, the actual cost is spent (and the rest released) once the report is in,
 * and a cancellation releases the commitment.
 */
@Service
@Transactional
public class InitiativeService {

  /** A participant in one of these is not (or no longer) a registered participant. */
  private static final Set<ParticipantStatus> NOT_REGISTERED =
      EnumSet.of(
          ParticipantStatus.REJECTED, ParticipantStatus.WITHDRAWN, ParticipantStatus.DUPLICATE);

  private final InitiativeRepository repository;
  private final BudgetLedger ledger;
  private final ProgrammeClock clock;
  private final ProgrammeProperties programme;
  private final InitiativeProperties initiatives;
  private final ParticipantRegistry participants;
  private final NumberSeries numbers;
  private final InitiativeDecisions decisions;
  private final InitiativeRules rules;
  private final AuditTrail audit;

  InitiativeService(
      InitiativeRepository repository,
      BudgetLedger ledger,
      ProgrammeClock clock,
      ProgrammeProperties programme,
      InitiativeProperties initiatives,
      ParticipantRegistry participants,
      NumberSeries numbers,
      InitiativeDecisions decisions,
      AuditTrail audit) {
    this.repository = repository;
    this.ledger = ledger;
    this.clock = clock;
    this.programme = programme;
    this.initiatives = initiatives;
    this.participants = participants;
    this.numbers = numbers;
    this.decisions = decisions;
    this.audit = audit;
    this.rules =
        new InitiativeRules(
            programme.start(),
            programme.end(),
            initiatives.maxGroupSize(),
            initiatives.familyRepeatDays());
  }

  /** Checks a proposal (malformed: 400; impossible: 422) and records it. */
  public Initiative propose(NewInitiative proposal, String proposedBy) {
    if (InitiativeRules.blank(proposedBy)) {
      throw RequestRefusedException.ruleBroken("Предложението няма вносител.", Map.of());
    }
    NewInitiative checked = checked(proposal, null);
    LocalDate today = clock.today();
    String number = "I-%d-%04d".formatted(today.getYear(), numbers.next("initiative"));
    repository.insert(number, checked, proposedBy, today);
    event(number, "PROPOSED", null, proposedBy, today, checked.date(), null);
    return get(number);
  }

  /**
   * The proposer's correction of a RETURNED proposal, checked like a new one (its kind stays); only
   * by the proposer ({@code by} null: the application).
   */
  Initiative correct(String number, NewInitiative corrected, String by) {
    Initiative current = locked(number);
    requireProposer(current, by);
    requireStatus(current, InitiativeStatus.RETURNED, "коригирана");
    NewInitiative checked = checked(withKind(corrected, current.kind()), number);
    if (!repository.correct(number, checked)) {
      throw wrongStatus(current, "коригирана");
    }
    event(number, "CORRECTED", null, by, clock.today(), checked.date(), null);
    return get(number);
  }

  /** The proposer gives up a RETURNED proposal. */
  void withdraw(String number, String by) {
    Initiative current = locked(number);
    requireProposer(current, by);
    transition(current, InitiativeStatus.RETURNED, InitiativeStatus.WITHDRAWN, null, "оттеглена");
    event(number, "WITHDRAWN", null, by, clock.today(), current.date(), null);
  }

  /**
   * Who decides on the proposal as it is stored now ({@code initiative-approval-route}), and
   * whether it goes beyond the target and so needs the manager's justification. Not read-only: the
   * engine records the decision's evaluation in its history.
   */
  Route route(String number) {
    Initiative initiative = get(number);
    return new Route(
        decisions.route(initiative.kind(), initiative.plannedCost()), overTarget(initiative));
  }

  /**
   * Records a decision and says where the proposal goes next. Only a PROPOSED initiative that
   * awaits this level, never by its proposer. The manager's approval of a family-bonding event once
   * the target is held needs a justification, and commits the planned cost: refused with the
   * figures when the line has no room.
   */
  ApprovalOutcome decide(
      String number,
      ApprovalLevel level,
      Decision decision,
      String by,
      String comment,
      String justification) {
    Initiative initiative = locked(number);
    if (by != null && by.equals(initiative.proposedBy())) {
      throw RequestRefusedException.ruleBroken(
          "Не можете да решавате за собственото си предложение %s.".formatted(number),
          Map.of("initiativeNumber", number));
    }
    requireStatus(initiative, InitiativeStatus.PROPOSED, "решавана");
    ApprovalLevel awaited = awaitedLevel(initiative).orElse(null);
    if (awaited != level) {
      throw RequestRefusedException.ruleBroken(
          "Инициатива %s не очаква това решение.".formatted(number),
          Map.of("initiativeNumber", number, "level", level.name()));
    }
    LocalDate today = clock.today();
    return switch (decision) {
      case APPROVE -> approve(initiative, level, by, comment, justification, today);
      case RETURN -> {
        String reason = reason(comment, "Посочете какво да бъде коригирано.");
        transition(
            initiative, InitiativeStatus.PROPOSED, InitiativeStatus.RETURNED, reason, "върната");
        event(number, "RETURNED", level, by, today, initiative.date(), reason);
        yield ApprovalOutcome.RETURNED;
      }
      case REJECT -> {
        String reason = reason(comment, "Посочете причината за отхвърлянето.");
        transition(
            initiative, InitiativeStatus.PROPOSED, InitiativeStatus.REJECTED, reason, "отхвърлена");
        event(number, "REJECTED", level, by, today, initiative.date(), reason);
        yield ApprovalOutcome.REJECTED;
      }
    };
  }

  private ApprovalOutcome approve(
      Initiative initiative,
      ApprovalLevel level,
      String by,
      String comment,
      String justification,
      LocalDate today) {
    String number = initiative.initiativeNumber();
    String note = InitiativeRules.optionalText(comment, "decisionComment");
    if (level == ApprovalLevel.FINANCE) {
      event(number, "APPROVED", level, by, today, initiative.date(), note);
      return ApprovalOutcome.NEEDS_MANAGER;
    }
    rules.checkDay(initiative.date(), today); // a day already past is rescheduled first: return it
    String justified = InitiativeRules.optionalText(justification, "justification");
    if (overTarget(initiative) && justified == null) {
      throw RequestRefusedException.invalid(
          "justification",
          "Целта от %d проведени инициативи за сближаване е постигната: обосновете защо е нужна още една."
              .formatted(programme.targets().initiatives()));
    }
    if (initiative.plannedCost().signum() > 0) {
      ledger.commit(
          new Posting(
              commitmentKey(number),
              initiative.budgetLine(),
              initiative.plannedCost(),
              source(number),
              initiative.title()));
    }
    if (!repository.approve(number, today, justified)) {
      throw wrongStatus(initiative, "одобрена");
    }
    event(number, "APPROVED", level, by, today, initiative.date(), note);
    return ApprovalOutcome.APPROVED;
  }

  /** The day an APPROVED initiative is held, and the day its coordinator is reminded. */
  @Transactional(readOnly = true)
  Schedule schedule(String number) {
    Initiative initiative = get(number);
    requireStatus(initiative, InitiativeStatus.APPROVED, "насрочена");
    return new Schedule(
        initiative.date(), initiative.date().minusDays(initiatives.reminderDaysBefore()));
  }

  /**
   * The coordinator's answer to the reminder: held as planned, moved to another day (inside the
   * period, ahead, and still apart from the families' other events), or cancelled with the reason
   * (the commitment goes back to the line). Returns what was done.
   */
  PreparationAction prepare(
      String number, PreparationAction action, LocalDate newDate, String reason, String by) {
    Initiative initiative = locked(number);
    requireStatus(initiative, InitiativeStatus.APPROVED, "променяна");
    LocalDate today = clock.today();
    switch (action) {
      case CONFIRM -> event(number, "CONFIRMED", null, by, today, initiative.date(), null);
      case RESCHEDULE -> {
        if (newDate == null) {
          throw RequestRefusedException.invalid("newDate", "Въведете новата дата.");
        }
        if (newDate.equals(initiative.date())) {
          throw RequestRefusedException.invalid(
              "newDate", "Новата дата е същата като насрочената.");
        }
        String why = reason(reason, "Посочете причината за пренасрочването.");
        rules.checkDay(newDate, today);
        if (initiative.bonding()) {
          refuseRepeat(people(initiative), newDate, number);
        }
        if (!repository.reschedule(number, newDate)) {
          throw wrongStatus(initiative, "пренасрочена");
        }
        event(number, "RESCHEDULED", null, by, today, newDate, why);
      }
      case CANCEL -> cancel(initiative, reason(reason, "Посочете причината за отмяната."), by);
    }
    return action;
  }

  /**
   * The report after the day: held (what was done, who came, the cost actually spent — beyond the
   * planned cost only if the line has room) or not held (the reason; the commitment goes back).
   * Returns the initiative's new status, HELD or CANCELLED; the money of a held one is booked by
   * {@link #postCost}.
   */
  InitiativeStatus report(
      String number, boolean held, HeldReport report, String reason, String by) {
    Initiative initiative = locked(number);
    requireStatus(initiative, InitiativeStatus.APPROVED, "отчетена");
    LocalDate today = clock.today();
    if (today.isBefore(initiative.date())) {
      throw RequestRefusedException.ruleBroken(
          "Инициатива %s се отчита след датата си (%s).".formatted(number, initiative.date()),
          Map.of("initiativeNumber", number, "date", initiative.date()));
    }
    if (!held) {
      cancel(initiative, reason(reason, "Посочете защо инициативата не се е провела."), by);
      return InitiativeStatus.CANCELLED;
    }
    HeldReport checked = InitiativeRules.checkHeld(initiative, report);
    InitiativeRules.requireRoomForExtra(
        initiative, checked.actualCost(), ledger.figures(initiative.budgetLine()).available());
    if (!repository.held(number, checked, initiative.date())) {
      throw wrongStatus(initiative, "отчетена");
    }
    event(number, "HELD", null, by, today, initiative.date(), null);
    return InitiativeStatus.HELD;
  }

  /**
   * Books a HELD initiative's cost: the actual cost is spent against its commitment and what was
   * planned but not spent goes back to the line. Each posting has its own key, so a job that runs
   * again books nothing twice.
   */
  void postCost(String number) {
    Initiative initiative = get(number);
    requireStatus(initiative, InitiativeStatus.HELD, "осчетоводена");
    BigDecimal planned = initiative.plannedCost();
    BigDecimal actual = initiative.actualCost();
    if (actual.signum() > 0) {
      ledger.expend(
          new Posting(
              expenditureKey(number),
              initiative.budgetLine(),
              actual,
              source(number),
              initiative.title()),
          planned.signum() > 0 ? commitmentKey(number) : null);
    }
    if (planned.compareTo(actual) > 0) {
      release(initiative, planned.subtract(actual));
    }
  }

  @Transactional(readOnly = true)
  public Initiative get(String number) {
    return repository
        .find(number)
        .orElseThrow(
            () -> RequestRefusedException.notFound("Няма инициатива с номер " + number + "."));
  }

  @Transactional(readOnly = true)
  public List<Initiative> list() {
    return repository.all();
  }

  @Transactional(readOnly = true)
  List<InitiativeEvent> history(String number) {
    return repository.events(number);
  }

  /** The proposer's user id; null for an unknown initiative. */
  @Transactional(readOnly = true)
  public String proposer(String number) {
    return number == null ? null : repository.proposer(number);
  }

  /** Whether a family-bonding event comes after the target has been held. */
  boolean overTarget(Initiative initiative) {
    return initiative.bonding()
        && repository.count(InitiativeKind.FAMILY_BONDING, InitiativeStatus.HELD)
            >= programme.targets().initiatives();
  }

  /** A line of the initiative's history, and the same change in the audit trail. */
  private void event(
      String number,
      String kind,
      ApprovalLevel level,
      String by,
      LocalDate today,
      LocalDate date,
      String reason) {
    repository.event(number, kind, level, by, today, date, reason);
    audit.record(
        RecordType.INITIATIVE, number, kind.toLowerCase(Locale.ROOT), by, changedFields(kind));
  }

  private static String[] changedFields(String kind) {
    return switch (kind) {
      case "PROPOSED", "CORRECTED" -> new String[] {"proposal"};
      case "RESCHEDULED" -> new String[] {"date", "reason"};
      case "HELD" -> new String[] {"status", "report", "actualCost"};
      case "RETURNED", "REJECTED", "CANCELLED" -> new String[] {"status", "reason"};
      default -> new String[] {"status"};
    };
  }

  private void cancel(Initiative initiative, String reason, String by) {
    transition(
        initiative, InitiativeStatus.APPROVED, InitiativeStatus.CANCELLED, reason, "отменена");
    if (initiative.plannedCost().signum() > 0) {
      release(initiative, initiative.plannedCost());
    }
    event(
        initiative.initiativeNumber(),
        "CANCELLED",
        null,
        by,
        clock.today(),
        initiative.date(),
        reason);
  }

  private void release(Initiative initiative, BigDecimal amount) {
    String number = initiative.initiativeNumber();
    ledger.release(
        new Posting(
            "initiative:" + number + ":release",
            initiative.budgetLine(),
            amount,
            source(number),
            initiative.title()));
  }

  /**
   * The proposal checked by the rules, its people by the registry, its families against their other
   * events, its kind and cost by {@code initiative-eligibility}, and its cost against the room on
   * the line.
   */
  private NewInitiative checked(NewInitiative proposal, String except) {
    NewInitiative checked =
        rules.checkProposal(
            proposal,
            settlement -> programme.settlement(settlement).isPresent(),
            ledger::isLine,
            clock.today());
    if (checked.kind() == InitiativeKind.FAMILY_BONDING) {
      List<String> people =
          checked.families().stream().flatMap(f -> f.registrationNumbers().stream()).toList();
      InitiativeRules.requireRegistered(
          people.stream().filter(person -> !registered(person)).toList());
      refuseRepeat(people, checked.date(), except);
    }
    decisions.requireEligible(checked.kind(), checked.budgetLine(), checked.plannedCost());
    BigDecimal available = ledger.figures(checked.budgetLine()).available();
    if (available.compareTo(checked.plannedCost()) < 0) {
      throw new LineOverdrawnException(checked.budgetLine(), checked.plannedCost(), available);
    }
    return checked;
  }

  private boolean registered(String registrationNumber) {
    return participants
        .find(registrationNumber)
        .map(p -> !NOT_REGISTERED.contains(p.status()))
        .orElse(false);
  }

  private void refuseRepeat(List<String> people, LocalDate day, String except) {
    LocalDate[] window = rules.repeatWindow(day);
    rules.refuseRepeat(repository.clashes(people, window[0], window[1], except));
  }

  private static List<String> people(Initiative initiative) {
    return initiative.families().stream().flatMap(f -> f.members().stream()).toList();
  }

  private static NewInitiative withKind(NewInitiative p, InitiativeKind kind) {
    return new NewInitiative(
        kind,
        p.title(),
        p.activity(),
        p.date(),
        p.settlement(),
        p.families(),
        p.place(),
        p.crewSize(),
        p.residentsExpected(),
        p.materials(),
        p.plannedCost(),
        p.budgetLine());
  }

  /** Who decides next on a PROPOSED initiative; empty when the manager has approved it. */
  private Optional<ApprovalLevel> awaitedLevel(Initiative initiative) {
    InitiativeEvent last =
        repository.lastSubmissionOrApproval(initiative.initiativeNumber()).orElse(null);
    if (last == null || !"APPROVED".equals(last.event())) {
      return Optional.of(
          decisions.route(initiative.kind(), initiative.plannedCost())
                  == ApprovalRoute.FINANCE_AND_MANAGER
              ? ApprovalLevel.FINANCE
              : ApprovalLevel.MANAGER);
    }
    return last.level() == ApprovalLevel.FINANCE
        ? Optional.of(ApprovalLevel.MANAGER)
        : Optional.empty();
  }

  private Initiative locked(String number) {
    return repository
        .lock(number)
        .orElseThrow(
            () -> RequestRefusedException.notFound("Няма инициатива с номер " + number + "."));
  }

  private static void requireProposer(Initiative initiative, String by) {
    if (by != null && !by.equals(initiative.proposedBy())) {
      throw RequestRefusedException.ruleBroken(
          "Предложението се коригира или оттегля само от служителя, който го е внесъл.",
          Map.of("initiativeNumber", initiative.initiativeNumber()));
    }
  }

  private static void requireStatus(
      Initiative initiative, InitiativeStatus expected, String becoming) {
    if (initiative.status() != expected) {
      throw wrongStatus(initiative, becoming);
    }
  }

  private void transition(
      Initiative initiative,
      InitiativeStatus from,
      InitiativeStatus to,
      String reason,
      String becoming) {
    if (!repository.transition(initiative.initiativeNumber(), from, to, reason)) {
      throw wrongStatus(initiative, becoming);
    }
  }

  private static RequestRefusedException wrongStatus(Initiative initiative, String becoming) {
    return RequestRefusedException.ruleBroken(
        "Инициатива %s е в състояние %s и не може да бъде %s."
            .formatted(initiative.initiativeNumber(), initiative.status(), becoming),
        Map.of(
            "initiativeNumber", initiative.initiativeNumber(),
            "status", initiative.status().name()));
  }

  private static String reason(String text, String missing) {
    return InitiativeRules.requiredReason(text, "reason", missing);
  }

  private static String source(String number) {
    return "initiative:" + number;
  }

  private static String commitmentKey(String number) {
    return "initiative:" + number + ":commitment";
  }

  /** The ledger posting of a held initiative's actual cost. */
  static String expenditureKey(String number) {
    return "initiative:" + number + ":expenditure";
  }

  /** Who decides on a proposal, and whether it needs the manager's justification. */
  record Route(ApprovalRoute approvers, boolean overTarget) {}

  /** An approved initiative's day and the day its coordinator is reminded of it. */
  record Schedule(LocalDate date, LocalDate reminder) {}
}
