package bg.kazanlak.inclusion.employment;

import static bg.kazanlak.inclusion.employment.EmploymentVariables.*;

import bg.kazanlak.inclusion.budget.LineOverdrawnException;
import bg.kazanlak.inclusion.identity.CurrentUser;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.process.FormValues;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The thin delegates of {@code employment}: read the variables, call {@link EmploymentService},
 * set the variables. Each form is checked by the service task right after its user task, so a
 * refusal rolls the completion back and Tasklist shows the Bulgarian message.
 */
final class EmploymentDelegates {

  private EmploymentDelegates() {}

  private static String contractId(DelegateExecution execution) {
    return (String) execution.getVariable(CONTRACT_ID);
  }

  /** The month whose timesheet comes next: its days, and the month-end timer's day. */
  static void showMonth(DelegateExecution execution, EmploymentService employment,
      String contractId, YearMonth month) {
    ContractMonth days = employment.contractMonth(contractId, month);
    execution.setVariable(TIMESHEET_MONTH, month.toString());
    execution.setVariable(MONTH_FIRST_DAY, days.firstDay().toString());
    execution.setVariable(TIMESHEET_DUE, days.lastDay().toString());
    execution.setVariable(CONTRACT_WORKING_DAYS, employment.contractWorkingDays(contractId, month));
  }

  /** Checks the preference HR recorded (a configured employer, or none). */
  @Component("recordPreferenceDelegate")
  static class RecordPreference implements JavaDelegate {
    private final EmploymentService employment;

    RecordPreference(EmploymentService employment) {
      this.employment = employment;
    }

    @Override
    public void execute(DelegateExecution execution) {
      execution.setVariable(PREFERRED_EMPLOYER,
          employment.preference(new FormValues(execution).text(PREFERRED_EMPLOYER)));
    }
  }

  /** A place at a suitable employer, or the waiting list. */
  @Component("allocateEmployerDelegate")
  static class Allocate implements JavaDelegate {
    private final EmploymentService employment;
    private final ParticipantRegistry participants;

    Allocate(EmploymentService employment, ParticipantRegistry participants) {
      this.employment = employment;
      this.participants = participants;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String registrationNumber = execution.getProcessBusinessKey();
      execution.setVariable(REGISTRATION_NUMBER, registrationNumber);
      execution.setVariable(DISPLAY_NAME, participants.get(registrationNumber).caseName());
      Allocation allocation = employment.allocate(registrationNumber,
          (String) execution.getVariable(PREFERRED_EMPLOYER));
      execution.setVariable(PLACE_AVAILABLE, !allocation.waiting());
      execution.setVariable(SUITABLE_EMPLOYERS, String.join(", ", allocation.suitableEmployers()
          .stream().map(id -> employment.employer(id).name()).toList()));
      if (!allocation.waiting()) {
        execution.setVariable(EMPLOYER_ID, allocation.employerId());
        execution.setVariable(EMPLOYER_NAME, employment.employer(allocation.employerId()).name());
      }
    }
  }

  /** Checks HR's confirmation (start, position, working time, wage) and records the contract. */
  @Component("recordContractDelegate")
  static class RecordContract implements JavaDelegate {
    private final EmploymentService employment;
    private final CurrentUser currentUser;

    RecordContract(EmploymentService employment, CurrentUser currentUser) {
      this.employment = employment;
      this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
      FormValues form = new FormValues(execution);
      LocalDate start = form.date(START_DATE, "Невалидна начална дата.");
      BigDecimal fraction = form.amount(WORKING_TIME_FRACTION, "Невалидно работно време.");
      BigDecimal wage = form.amount(GROSS_MONTHLY_WAGE, "Невалидна брутна заплата.");
      Contract contract = employment.recordContract(execution.getProcessBusinessKey(),
          (String) execution.getVariable(EMPLOYER_ID), start, form.text(POSITION), fraction, wage,
          currentUser.id());
      execution.setVariable(CONTRACT_ID, contract.contractId());
      execution.setVariable(CONTRACT_START, contract.start().toString());
      execution.setVariable(CONTRACT_END, contract.end().toString());
      execution.setVariable(DOCUMENT_URL,
          "/api/employment/contracts/" + contract.contractId() + "/document.pdf");
    }
  }

  /** The signature date: the contract becomes active and the first month is set up. */
  @Component("recordSignatureDelegate")
  static class RecordSignature implements JavaDelegate {
    private final EmploymentService employment;

    RecordSignature(EmploymentService employment) {
      this.employment = employment;
    }

    @Override
    public void execute(DelegateExecution execution) {
      FormValues form = new FormValues(execution);
      Contract contract = employment.sign(contractId(execution),
          form.date(SIGNATURE_DATE, "Невалидна дата на подписване."));
      execution.setVariable(CONTRACT_START, contract.start().toString());
      showMonth(execution, employment, contract.contractId(), YearMonth.from(contract.start()));
    }
  }

  /**
   * Checks the month's timesheet, computes the cost and books it once. A line without room is a
   * business outcome: finance and the project managers get an escalation task, nothing is booked.
   */
  @Component("postMonthlyCostDelegate")
  static class PostMonthlyCost implements JavaDelegate {
    private final EmploymentService employment;

    PostMonthlyCost(EmploymentService employment) {
      this.employment = employment;
    }

    @Override
    public void execute(DelegateExecution execution) {
      FormValues form = new FormValues(execution);
      Timesheet timesheet = new Timesheet(
          days(form, DAYS_WORKED, "отработените дни"),
          days(form, PAID_LEAVE_DAYS, "дните платен отпуск"),
          days(form, SICK_LEAVE_DAYS, "дните в болничен"),
          days(form, UNPAID_ABSENCE_DAYS, "дните неплатено отсъствие"));
      String contractId = contractId(execution);
      YearMonth month = YearMonth.parse((String) execution.getVariable(TIMESHEET_MONTH));
      MonthPosted posted;
      try {
        posted = employment.postMonth(contractId, month, timesheet);
      } catch (LineOverdrawnException e) {
        execution.setVariable(PAYROLL_REFUSAL, e.getMessage());
        throw new BpmnError(PAYROLL_LINE_OVERDRAWN, e.getMessage());
      }
      execution.removeVariable(PAYROLL_REFUSAL);
      execution.setVariable(LAST_MONTH_COST, posted.cost().totalCost().toPlainString());
      List.of(DAYS_WORKED, PAID_LEAVE_DAYS, SICK_LEAVE_DAYS, UNPAID_ABSENCE_DAYS)
          .forEach(execution::removeVariable);
      execution.setVariable(MORE_MONTHS, posted.nextMonth() != null);
      if (posted.nextMonth() != null) {
        showMonth(execution, employment, contractId, posted.nextMonth());
      }
    }

    private static int days(FormValues form, String field, String label) {
      BigDecimal value = form.amount(field, "Въведете " + label + " като цяло число.");
      if (value == null) {
        throw RequestRefusedException.invalid(field, "Въведете " + label + " (0, ако няма).");
      }
      try {
        return value.intValueExact();
      } catch (ArithmeticException e) {
        throw RequestRefusedException.invalid(field, "Въведете " + label + " като цяло число.");
      }
    }
  }

  /** The termination received by the event sub-process: the month in hand ends on its date. */
  @Component("recordTerminationDelegate")
  static class RecordTermination implements JavaDelegate {
    private final EmploymentService employment;

    RecordTermination(EmploymentService employment) {
      this.employment = employment;
    }

    @Override
    public void execute(DelegateExecution execution) {
      FormValues form = new FormValues(execution);
      Contract contract = employment.terminate(contractId(execution),
          form.date(TERMINATION_DATE, "Невалидна дата на прекратяване."),
          form.text(TERMINATION_REASON));
      showMonth(execution, employment, contract.contractId(),
          YearMonth.from(contract.terminationDate()));
    }
  }

  /** The contract is over: its place goes to the first suitable person waiting. */
  @Component("releasePlaceDelegate")
  static class ReleasePlace implements JavaDelegate {
    private final EmploymentService employment;
    private final RuntimeService runtime;

    ReleasePlace(EmploymentService employment, RuntimeService runtime) {
      this.employment = employment;
      this.runtime = runtime;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String contractId = contractId(execution);
      Optional<PlaceOffer> offer = employment.endAndReleasePlace(contractId);
      execution.setVariable(LEAVING_DATE, employment.contract(contractId).lastDay().toString());
      offer.ifPresent(o -> runtime.createMessageCorrelation(EmploymentService.PLACE_FREED_MESSAGE)
          .processInstanceBusinessKey(o.registrationNumber())
          .setVariable(EMPLOYER_ID, o.employerId())
          .setVariable(EMPLOYER_NAME, employment.employer(o.employerId()).name())
          .setVariable(PLACE_AVAILABLE, true)
          .correlate());
    }
  }

  @Component("recordImmediateResultDelegate")
  static class RecordImmediateResult implements JavaDelegate {
    private final EmploymentService employment;

    RecordImmediateResult(EmploymentService employment) {
      this.employment = employment;
    }

    @Override
    public void execute(DelegateExecution execution) {
      employment.recordImmediateResult(contractId(execution),
          new FormValues(execution).text(IMMEDIATE_RESULT));
    }
  }

  @Component("recordLongerTermResultDelegate")
  static class RecordLongerTermResult implements JavaDelegate {
    private final EmploymentService employment;

    RecordLongerTermResult(EmploymentService employment) {
      this.employment = employment;
    }

    @Override
    public void execute(DelegateExecution execution) {
      FormValues form = new FormValues(execution);
      employment.recordLongerTermResult(contractId(execution), form.text(LONGER_TERM_RESULT),
          form.bool(IMPROVED_SITUATION));
    }
  }
}
