package bg.kazanlak.inclusion.employment;

import bg.kazanlak.inclusion.budget.BudgetLedger;
import bg.kazanlak.inclusion.budget.BudgetLedger.PostingResult;
import bg.kazanlak.inclusion.budget.LineOverdrawnException;
import bg.kazanlak.inclusion.budget.Posting;
import bg.kazanlak.inclusion.participant.EsfEntryData;
import bg.kazanlak.inclusion.participant.Participant;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.problem.FieldProblem;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.NumberSeries;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import bg.kazanlak.inclusion.programme.ProgrammeProperties.Employer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places, the waiting list, contracts, timesheets and the results after leaving. The rules live
 * here; {@code employment} orders the steps. Money reaches the budget only through the {@link
 * BudgetLedger}, one posting per contract and month ({@code payroll:<contract>:<yyyy-MM>}).
 */
@Service
@Transactional
public class EmploymentService {

  public static final String PROCESS_ID = "employment";
  public static final String PLACE_FREED_MESSAGE = "employment-place-freed";
  public static final String TERMINATED_MESSAGE = "employment-terminated";
  static final String ALLOCATION_DECISION = "employer-allocation";
  public static final String PAYROLL_LINE = "hrd-employment";
  public static final String NO_PREFERENCE = "NONE";

  private final EmploymentRepository repository;
  private final ParticipantRegistry participants;
  private final DecisionService decisions;
  private final ContractTerms terms;
  private final MonthlyPayCost payCost;
  private final EmploymentProperties employment;
  private final ProgrammeProperties programme;
  private final BudgetLedger ledger;
  private final ProgrammeClock clock;
  private final NumberSeries numbers;

  public EmploymentService(EmploymentRepository repository, ParticipantRegistry participants,
      DecisionService decisions, ContractTerms terms, MonthlyPayCost payCost,
      EmploymentProperties employment, ProgrammeProperties programme, BudgetLedger ledger,
      ProgrammeClock clock, NumberSeries numbers) {
    this.repository = repository;
    this.participants = participants;
    this.decisions = decisions;
    this.terms = terms;
    this.payCost = payCost;
    this.employment = employment;
    this.programme = programme;
    this.ledger = ledger;
    this.clock = clock;
    this.numbers = numbers;
  }

  /** Makes the place rows match the configured employers (start-up). */
  public void synchronisePlaces() {
    programme.employers().forEach(e -> repository.synchronisePlaces(e.id(), e.places()));
  }

  public Employer employer(String employerId) {
    return programme.employers().stream().filter(e -> e.id().equals(employerId)).findFirst()
        .orElseThrow(() -> RequestRefusedException.invalid("employer",
            "Непознат работодател: " + employerId));
  }

  // ---------------------------------------------------------------------------------------------
  // Allocation and the waiting list
  // ---------------------------------------------------------------------------------------------

  /**
   * The suitable employers (bpmn/dmn/employer-allocation.dmn, on a derived profile and the
   * preference only), the preferred one first; the first with a free place is reserved, else the
   * person joins the waiting list.
   */
  public Allocation allocate(String registrationNumber, String preferredEmployer) {
    List<String> suitable = suitableEmployers(registrationNumber, preferredEmployer);
    if (suitable.isEmpty()) {
      // the social worker routed someone the table does not cover (e.g. 65+): any employer
      suitable = programme.employers().stream().map(Employer::id).toList();
    }
    for (String employerId : suitable) {
      if (repository.takePlace(employerId)) {
        repository.insertPlacement(registrationNumber, employerId, "RESERVED", clock.today());
        return Allocation.reserved(registrationNumber, suitable, employerId);
      }
    }
    repository.addToWaitingList(registrationNumber, suitable, clock.today());
    return Allocation.waiting(registrationNumber, suitable);
  }

  List<String> suitableEmployers(String registrationNumber, String preferredEmployer) {
    Participant participant = participants.get(registrationNumber);
    EsfEntryData entry = participant.entry();
    Map<String, Object> profile = Map.of(
        "age", participant.ageOn(clock.today()),
        "employmentStatus", entry.employmentStatus().name(),
        "educationLevel", entry.educationLevel().level(),
        "preferredEmployer", preferredEmployer == null ? NO_PREFERENCE : preferredEmployer);
    List<String> configured = programme.employers().stream().map(Employer::id).toList();
    return decisions.evaluateDecisionByKey(ALLOCATION_DECISION).variables(profile).evaluate()
        .<String>collectEntries("employer").stream()
        .filter(configured::contains).distinct().toList();
  }

  /** The participant's preference: a configured employer's id, or none. */
  public String preference(String code) {
    if (code == null || code.isBlank() || NO_PREFERENCE.equals(code.trim())) {
      return NO_PREFERENCE;
    }
    return employer(code.trim()).id();
  }

  /** Free places per employer id. */
  @Transactional(readOnly = true)
  public Map<String, Integer> freePlaces() {
    Map<String, Integer> occupied = repository.occupiedPlaces();
    Map<String, Integer> free = new java.util.LinkedHashMap<>();
    programme.employers().forEach(e -> free.put(e.id(), e.places() - occupied.getOrDefault(e.id(), 0)));
    return free;
  }

  @Transactional(readOnly = true)
  public List<String> waitingList() {
    return repository.waitingList();
  }

  // ---------------------------------------------------------------------------------------------
  // Contract
  // ---------------------------------------------------------------------------------------------

  /** HR's confirmation of an allocation: checks the terms and records the contract (PLANNED). */
  public Contract recordContract(String registrationNumber, String employerId, LocalDate start,
      String position, BigDecimal workingTimeFraction, BigDecimal grossMonthlyWage,
      String recordedBy) {
    Employer employer = employer(employerId);
    ContractPeriod period = terms.period(start, clock.today());
    List<FieldProblem> problems = new ArrayList<>();
    if (position == null || position.isBlank()) {
      problems.add(new FieldProblem("position", "Въведете длъжността."));
    }
    boolean fractionValid = workingTimeFraction != null && workingTimeFraction.signum() > 0
        && workingTimeFraction.compareTo(BigDecimal.ONE) <= 0;
    if (!fractionValid) {
      problems.add(new FieldProblem("workingTimeFraction",
          "Работното време е дял от пълното: по-голям от 0 и не повече от 1 (напр. 1 или 0.5)."));
    }
    if (grossMonthlyWage == null || grossMonthlyWage.signum() <= 0) {
      problems.add(new FieldProblem("grossMonthlyWage",
          "Брутната месечна заплата трябва да е положителна."));
    } else if (grossMonthlyWage.stripTrailingZeros().scale() > 2) {
      problems.add(new FieldProblem("grossMonthlyWage",
          "Заплатата е в лева със стотинки (до два знака)."));
    } else if (fractionValid) {
      for (YearMonth month : period.months()) {
        BigDecimal minimum = employment.minimumWage(month).multiply(workingTimeFraction)
            .setScale(2, RoundingMode.HALF_UP);
        if (grossMonthlyWage.compareTo(minimum) < 0) {
          problems.add(new FieldProblem("grossMonthlyWage",
              "Брутната месечна заплата %s лв. е под минималната %s лв. за работното време, в сила през %s."
                  .formatted(grossMonthlyWage.setScale(2, RoundingMode.HALF_UP).toPlainString(),
                      minimum.toPlainString(), month)));
          break;
        }
      }
    }
    if (!problems.isEmpty()) {
      throw RequestRefusedException.invalid(problems);
    }
    long placementId = repository.reservedPlacement(registrationNumber, employerId)
        .orElseThrow(() -> RequestRefusedException.ruleBroken(
            "За участника няма запазено работно място при " + employer.name() + ".", Map.of()));
    LocalDate today = clock.today();
    String contractId = "C-%d-%05d".formatted(today.getYear(), numbers.next("contract"));
    Contract contract = new Contract(contractId, registrationNumber, employerId, placementId,
        position.trim(), workingTimeFraction, grossMonthlyWage.setScale(2, RoundingMode.UNNECESSARY),
        period.start(), period.end(), ContractStatus.PLANNED, null, null, null, today);
    repository.insertContract(contract, recordedBy);
    repository.placementStatus(placementId, "CONTRACTED");
    return contract;
  }

  /**
   * The signature: work starts on the contract's start date, or on the signature date if the
   * contract is signed later. Not in the future, not after the contract's end.
   */
  public Contract sign(String contractId, LocalDate signatureDate) {
    Contract contract = contract(contractId);
    if (contract.status() != ContractStatus.PLANNED) {
      throw RequestRefusedException.ruleBroken(
          "Договор %s вече е подписан.".formatted(contractId), Map.of());
    }
    if (signatureDate == null) {
      throw RequestRefusedException.invalid("signatureDate", "Въведете датата на подписване.");
    }
    if (signatureDate.isAfter(clock.today())) {
      throw RequestRefusedException.invalid("signatureDate",
          "Датата на подписване %s е в бъдещето (днес е %s).".formatted(signatureDate,
              clock.today()));
    }
    if (signatureDate.isBefore(contract.recordedOn())) {
      throw RequestRefusedException.invalid("signatureDate",
          "Датата на подписване %s е преди изготвянето на договора (%s)."
              .formatted(signatureDate, contract.recordedOn()));
    }
    if (signatureDate.isAfter(contract.end())) {
      throw RequestRefusedException.invalid("signatureDate",
          "Датата на подписване %s е след крайната дата на договора (%s)."
              .formatted(signatureDate, contract.end()));
    }
    LocalDate start = signatureDate.isAfter(contract.start()) ? signatureDate : contract.start();
    repository.signed(contractId, signatureDate, start);
    return contract(contractId);
  }

  @Transactional(readOnly = true)
  public Contract contract(String contractId) {
    return repository.contract(contractId).orElseThrow(() ->
        RequestRefusedException.notFound("Няма трудов договор " + contractId + "."));
  }

  @Transactional(readOnly = true)
  public List<Contract> contracts(String employerId, ContractStatus status) {
    if (employerId != null) {
      employer(employerId);
    }
    return repository.contracts(employerId, status);
  }

  // ---------------------------------------------------------------------------------------------
  // Monthly cost
  // ---------------------------------------------------------------------------------------------

  /** The contract's days in a month and the working days a complete timesheet adds up to. */
  @Transactional(readOnly = true)
  public ContractMonth contractMonth(String contractId, YearMonth month) {
    return contract(contractId).period().month(month);
  }

  @Transactional(readOnly = true)
  public int contractWorkingDays(String contractId, YearMonth month) {
    return payCost.contractWorkingDays(contractMonth(contractId, month));
  }

  /**
   * Checks the month's timesheet, computes the cost and books it on the HRD employment line, once:
   * a month booked before (a retried job, a second completion) changes nothing. A line without
   * room books nothing and throws {@link LineOverdrawnException} (the caller escalates).
   */
  @Transactional(noRollbackFor = LineOverdrawnException.class)
  public MonthPosted postMonth(String contractId, YearMonth month, Timesheet timesheet) {
    Contract contract = contract(contractId);
    if (contract.status() != ContractStatus.ACTIVE && contract.status() != ContractStatus.TERMINATED) {
      throw RequestRefusedException.ruleBroken(
          "Договор %s не е в сила (%s).".formatted(contractId, contract.status()), Map.of());
    }
    ContractPeriod period = contract.period();
    ContractMonth contractMonth = period.month(month);
    Employer employer = employer(contract.employerId());
    PayCost cost = payCost.calculate(
        PayTerms.of(employer, contract.grossMonthlyWage(), contract.workingTimeFraction()),
        contractMonth, timesheet);
    String key = postingKey(contractId, month);
    YearMonth last = YearMonth.from(contract.lastDay());
    YearMonth next = month.isBefore(last) ? month.plusMonths(1) : null;
    if (repository.timesheetExists(contractId, month.toString())) {
      return new MonthPosted(contractId, month, cost, key, true, next);
    }
    boolean alreadyBooked = false;
    if (cost.totalCost().signum() > 0) {
      PostingResult result = ledger.expend(new Posting(key, PAYROLL_LINE, cost.totalCost(),
          "contract:" + contractId, "Трудово възнаграждение и осигуровки за %s, договор %s"
              .formatted(month, contractId)), null);
      alreadyBooked = result.alreadyBooked();
    }
    repository.insertTimesheet(contractId, month.toString(), timesheet, cost, key, clock.today());
    return new MonthPosted(contractId, month, cost, key, alreadyBooked, next);
  }

  public static String postingKey(String contractId, YearMonth month) {
    return "payroll:%s:%s".formatted(contractId, month);
  }

  @Transactional(readOnly = true)
  public BigDecimal totalCost(String contractId) {
    return repository.totalCost(contractId);
  }

  @Transactional(readOnly = true)
  public List<String> postedMonths(String contractId) {
    return repository.postedMonths(contractId);
  }

  // ---------------------------------------------------------------------------------------------
  // Termination, end, leaving
  // ---------------------------------------------------------------------------------------------

  /**
   * Ends a running contract early. The date falls in the month not yet paid (earlier months are
   * paid), not before the start and not after the end date.
   */
  public Contract terminate(String contractId, LocalDate date, String reasonCode) {
    return terminate(contractId, date, reasonCode, false);
  }

  /**
   * @param monthEndedUnpaid the month in hand has ended and its timesheet is being entered: the
   *     termination falls in a later month, whose timesheet will be the last
   */
  public Contract terminate(String contractId, LocalDate date, String reasonCode,
      boolean monthEndedUnpaid) {
    Contract contract = contract(contractId);
    if (contract.status() != ContractStatus.ACTIVE) {
      throw RequestRefusedException.ruleBroken(
          "Договор %s не е в сила и не може да бъде прекратен (%s)."
              .formatted(contractId, contract.status()), Map.of());
    }
    List<FieldProblem> problems = new ArrayList<>();
    Optional<TerminationReason> reason = TerminationReason.of(reasonCode);
    if (reason.isEmpty()) {
      problems.add(new FieldProblem("reason",
          "Причината е RESIGNATION, DISMISSAL или MUTUAL_AGREEMENT."));
    }
    if (date == null) {
      problems.add(new FieldProblem("date", "Въведете датата на прекратяване."));
    } else {
      List<String> posted = repository.postedMonths(contractId);
      YearMonth unpaid = posted.isEmpty() ? YearMonth.from(contract.start())
          : YearMonth.parse(posted.get(posted.size() - 1)).plusMonths(1);
      YearMonth open = monthEndedUnpaid ? unpaid.plusMonths(1) : unpaid;
      if (date.isBefore(contract.start()) || date.isAfter(contract.end())) {
        problems.add(new FieldProblem("date",
            "Датата на прекратяване %s е извън договора (%s – %s)."
                .formatted(date, contract.start(), contract.end())));
      } else if (!YearMonth.from(date).equals(open)) {
        problems.add(new FieldProblem("date",
            (monthEndedUnpaid
                ? "Месец %2$s е приключил и присъствената му форма се попълва: датата на "
                    + "прекратяване %1$s трябва да е в %3$s."
                : "Датата на прекратяване %1$s трябва да е в текущия неплатен месец %3$s.")
                .formatted(date, unpaid, open)));
      }
    }
    if (!problems.isEmpty()) {
      throw RequestRefusedException.invalid(problems);
    }
    repository.terminated(contractId, date, reason.get());
    return contract(contractId);
  }

  /**
   * After the last month: the contract ends (if not terminated), its place is freed and given to
   * the first suitable person on the waiting list, if any.
   */
  public Optional<PlaceOffer> endAndReleasePlace(String contractId) {
    Contract contract = contract(contractId);
    repository.ended(contractId);
    repository.placementStatus(contract.placementId(), "RELEASED");
    repository.recordLeaving(contractId, contract.registrationNumber(), contract.lastDay());
    String employerId = contract.employerId();
    repository.lockEmployer(employerId);
    for (String next : repository.waitingFor(employerId)) {
      // a place freed at the same time at another employer may have taken this person
      if (repository.removeFromWaitingList(next)) {
        repository.insertPlacement(next, employerId, "RESERVED", clock.today());
        return Optional.of(new PlaceOffer(next, employerId));
      }
    }
    repository.givePlaceBack(employerId);
    return Optional.empty();
  }

  public void recordImmediateResult(String contractId, String resultCode) {
    ImmediateResult result = ImmediateResult.of(resultCode).orElseThrow(() ->
        RequestRefusedException.invalid("immediateResult", "Изберете резултата при напускане."));
    repository.immediateResult(contractId, result, clock.today());
  }

  public void recordLongerTermResult(String contractId, String resultCode, Boolean improved) {
    LongerTermResult result = LongerTermResult.of(resultCode).orElseThrow(() ->
        RequestRefusedException.invalid("longerTermResult",
            "Изберете положението 6 месеца след напускане."));
    repository.longerTermResult(contractId, result, improved, clock.today());
  }

  @Transactional(readOnly = true)
  public Optional<String> immediateResult(String contractId) {
    return repository.immediateResult(contractId);
  }

  @Transactional(readOnly = true)
  public Optional<String> longerTermResult(String contractId) {
    return repository.longerTermResult(contractId);
  }

  // ---------------------------------------------------------------------------------------------
  // Indicators
  // ---------------------------------------------------------------------------------------------

  /** Per employer id: {persons employed (a signed contract), active contracts}. */
  @Transactional(readOnly = true)
  public Map<String, long[]> countsByEmployer() {
    return repository.countsByEmployer();
  }

  @Transactional(readOnly = true)
  public long personsEmployed() {
    return repository.personsEmployed();
  }
}
