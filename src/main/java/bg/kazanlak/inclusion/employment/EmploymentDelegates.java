package bg.kazanlak.inclusion.employment;

import static bg.kazanlak.inclusion.employment.EmploymentVariables.CONTRACT_END;
import static bg.kazanlak.inclusion.employment.EmploymentVariables.CONTRACT_ID;
import static bg.kazanlak.inclusion.employment.EmploymentVariables.CONTRACT_START;
import static bg.kazanlak.inclusion.employment.EmploymentVariables.CONTRACT_WORKING_DAYS;
import static bg.kazanlak.inclusion.employment.EmploymentVariables.DAYS_WORKED;
import static bg.kazanlak.inclusion.employment.EmploymentVariables.DISPLAY_NAME;
import static bg.kazanlak.inclusion.employment.EmploymentVariables.DOCUMENT_URL;
import static bg.kazanlak.inclusion.employment.EmploymentVariables.EMPLOYER_ID;
import static bg.kazanlak.inclusion.employment.EmploymentVariables.EMPLOYER_NAME;
import static bg.kazanlak.inclusion.employment.EmploymentVariables.GROSS_MONTHLY_WAGE;
import static bg.kazanlak.inclusion.employment.EmploymentVariables.IMMEDIATE_RESULT;
import static bg.kazanlak.inclusion.employment.EmploymentVariables.IMPROVED_SITUATION;
import static bg.kazanlak.inclusion.employment.EmploymentVariables.LAST_MONTH_COST;
import static bg.kazanlak.inclusion.employment.EmploymentVariables.LEAVING_DATE;
import static bg.kazanlak.inclusion.employment.EmploymentVariables.LONGER_TERM_RESULT;
import static bg.kazanlak.inclusion.employment.EmploymentVariables.MONTH_FIRST_DAY;
import static bg.kazanlak.inclusion.employment.EmploymentVariables.MORE_MONTHS;
import static bg.kazanlak.inclusion.employment.EmploymentVariables.PAID_LEAVE_DAYS;
import static bg.kazanlak.inclusion.employment.EmploymentVariables.PAYROLL_LINE_OVERDRAWN;
import static bg.kazanlak.inclusion.employment.EmploymentVariables.PAYROLL_REFUSAL;
import static bg.kazanlak.inclusion.employment.EmploymentVariables.PLACE_AVAILABLE;
import static bg.kazanlak.inclusion.employment.EmploymentVariables.POSITION;
import static bg.kazanlak.inclusion.employment.EmploymentVariables.PREFERRED_EMPLOYER;
import static bg.kazanlak.inclusion.employment.EmploymentVariables.REGISTRATION_NUMBER;
import static bg.kazanlak.inclusion.employment.EmploymentVariables.SICK_LEAVE_DAYS;
import static bg.kazanlak.inclusion.employment.EmploymentVariables.SIGNATURE_DATE;
import static bg.kazanlak.inclusion.employment.EmploymentVariables.START_DATE;
import static bg.kazanlak.inclusion.employment.EmploymentVariables.SUITABLE_EMPLOYERS;
import static bg.kazanlak.inclusion.employment.EmploymentVariables.TIMESHEET_DUE;
import static bg.kazanlak.inclusion.employment.EmploymentVariables.TIMESHEET_MONTH;
import static bg.kazanlak.inclusion.employment.EmploymentVariables.UNPAID_ABSENCE_DAYS;
import static bg.kazanlak.inclusion.employment.EmploymentVariables.WORKING_TIME_FRACTION;

import bg.kazanlak.inclusion.budget.LineOverdrawnException;
import bg.kazanlak.inclusion.employment.Payroll.MonthInHand;
import bg.kazanlak.inclusion.identity.CurrentUser;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.process.FormValues;
import bg.kazanlak.inclusion.process.Forms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The thin delegates of {@code employment}: read the form's fields, call one service, set the
 * variables the forms show. Each finds its subject by the business key (the participant's
 * registration number) in the employment tables — the participant's reserved place, their contract,
 * its month in hand — never by a variable a Tasklist user could have written (such as {@code
 * contractId} or {@code timesheetMonth}, which are kept for the forms only). Each form is checked
 * by the service task right after its user task, so a refusal rolls the completion back and
 * Tasklist shows the Bulgarian message.
 */
final class EmploymentDelegates {

  private EmploymentDelegates() {}

  /** Shows the month whose timesheet comes next: its days, and the month-end timer's day. */
  static void showMonth(DelegateExecution execution, Payroll payroll) {
    MonthInHand month = payroll.monthInHand(execution.getProcessBusinessKey());
    execution.setVariable(TIMESHEET_MONTH, month.days().month().toString());
    execution.setVariable(MONTH_FIRST_DAY, month.days().firstDay().toString());
    execution.setVariable(TIMESHEET_DUE, month.days().lastDay().toString());
    execution.setVariable(CONTRACT_WORKING_DAYS, month.contractWorkingDays());
  }

  /** Checks the preference HR recorded (a configured employer, or none). */
  @Component("recordPreferenceDelegate")
  static class RecordPreference implements JavaDelegate {
    private final Forms forms;
    private final Placements placements;

    RecordPreference(Placements placements, Forms forms) {
      this.forms = forms;
      this.placements = placements;
    }

    @Override
    public void execute(DelegateExecution execution) {
      execution.setVariable(
          PREFERRED_EMPLOYER, placements.preference(forms.of(execution).text(PREFERRED_EMPLOYER)));
    }
  }

  /**
   * A place at a suitable employer, or the waiting list. The preference is the value the preference
   * step checked and wrote back, with no user task in between.
   */
  @Component("allocateEmployerDelegate")
  static class Allocate implements JavaDelegate {
    private final Placements placements;

    Allocate(Placements placements) {
      this.placements = placements;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String registrationNumber = execution.getProcessBusinessKey();
      CaseAllocation allocated =
          placements.allocateCase(
              registrationNumber, (String) execution.getVariable(PREFERRED_EMPLOYER));
      Allocation allocation = allocated.allocation();
      execution.setVariable(REGISTRATION_NUMBER, registrationNumber);
      execution.setVariable(DISPLAY_NAME, allocated.displayName());
      execution.setVariable(PLACE_AVAILABLE, !allocation.waiting());
      execution.setVariable(
          SUITABLE_EMPLOYERS, String.join(", ", allocated.suitableEmployerNames()));
      if (!allocation.waiting()) {
        execution.setVariable(EMPLOYER_ID, allocation.employerId());
        execution.setVariable(EMPLOYER_NAME, allocated.employerName());
      }
    }
  }

  /** Checks HR's confirmation (start, position, working time, wage) and records the contract. */
  @Component("recordContractDelegate")
  static class RecordContract implements JavaDelegate {
    private final Forms forms;
    private final Contracts contracts;
    private final CurrentUser currentUser;

    RecordContract(Contracts contracts, CurrentUser currentUser, Forms forms) {
      this.forms = forms;
      this.contracts = contracts;
      this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
      FormValues form = forms.of(execution);
      LocalDate start = form.date(START_DATE, "Невалидна начална дата.");
      BigDecimal fraction = form.amount(WORKING_TIME_FRACTION, "Невалидно работно време.");
      BigDecimal wage = form.amount(GROSS_MONTHLY_WAGE, "Невалидна брутна заплата.");
      Contract contract =
          contracts.record(
              execution.getProcessBusinessKey(),
              start,
              form.text(POSITION),
              fraction,
              wage,
              currentUser.id());
      execution.setVariable(CONTRACT_ID, contract.contractId());
      execution.setVariable(CONTRACT_START, contract.start().toString());
      execution.setVariable(CONTRACT_END, contract.end().toString());
      execution.setVariable(DOCUMENT_URL, ContractDocument.link(contract.contractId()));
    }
  }

  /** The signature date: the contract becomes active and the first month is set up. */
  @Component("recordSignatureDelegate")
  static class RecordSignature implements JavaDelegate {
    private final Forms forms;
    private final Contracts contracts;
    private final Payroll payroll;

    RecordSignature(Contracts contracts, Payroll payroll, Forms forms) {
      this.forms = forms;
      this.contracts = contracts;
      this.payroll = payroll;
    }

    @Override
    public void execute(DelegateExecution execution) {
      Contract contract =
          contracts.sign(
              execution.getProcessBusinessKey(),
              forms.of(execution).date(SIGNATURE_DATE, "Невалидна дата на подписване."));
      execution.setVariable(CONTRACT_START, contract.start().toString());
      showMonth(execution, payroll);
    }
  }

  /**
   * Checks the timesheet of the contract's month in hand, computes the cost and books it once. A
   * line without room is a business outcome: finance and the project managers get an escalation
   * task, nothing is booked.
   */
  @Component("postMonthlyCostDelegate")
  static class PostMonthlyCost implements JavaDelegate {
    private final Forms forms;
    private final Payroll payroll;

    PostMonthlyCost(Payroll payroll, Forms forms) {
      this.forms = forms;
      this.payroll = payroll;
    }

    @Override
    public void execute(DelegateExecution execution) {
      FormValues form = forms.of(execution);
      Timesheet timesheet =
          new Timesheet(
              days(form, DAYS_WORKED, "отработените дни"),
              days(form, PAID_LEAVE_DAYS, "дните платен отпуск"),
              days(form, SICK_LEAVE_DAYS, "дните в болничен"),
              days(form, UNPAID_ABSENCE_DAYS, "дните неплатено отсъствие"));
      MonthPosted posted;
      try {
        posted = payroll.postMonthInHand(execution.getProcessBusinessKey(), timesheet);
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
        showMonth(execution, payroll);
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

  /**
   * The termination, recorded by the API before its message interrupted the month: the month in
   * hand now ends on the termination date.
   */
  @Component("recordTerminationDelegate")
  static class RecordTermination implements JavaDelegate {
    private final Payroll payroll;

    RecordTermination(Payroll payroll) {
      this.payroll = payroll;
    }

    @Override
    public void execute(DelegateExecution execution) {
      showMonth(execution, payroll);
    }
  }

  /**
   * The contract is over and its place released; {@link EmploymentCases} hands the place to the
   * first suitable person waiting ({@link PlaceFreed}).
   */
  @Component("releasePlaceDelegate")
  static class ReleasePlace implements JavaDelegate {
    private final Leaving leaving;

    ReleasePlace(Leaving leaving) {
      this.leaving = leaving;
    }

    @Override
    public void execute(DelegateExecution execution) {
      execution.setVariable(
          LEAVING_DATE, leaving.end(execution.getProcessBusinessKey()).lastDay().toString());
    }
  }

  /**
   * The participant withdrew before working: off the waiting list, a reserved place released (and
   * handed on by {@link EmploymentCases}).
   */
  @Component("recordEmploymentWithdrawalDelegate")
  static class RecordWithdrawal implements JavaDelegate {
    private final Placements placements;

    RecordWithdrawal(Placements placements) {
      this.placements = placements;
    }

    @Override
    public void execute(DelegateExecution execution) {
      placements.withdraw(execution.getProcessBusinessKey());
    }
  }

  @Component("recordImmediateResultDelegate")
  static class RecordImmediateResult implements JavaDelegate {
    private final Forms forms;
    private final Leaving leaving;

    RecordImmediateResult(Leaving leaving, Forms forms) {
      this.forms = forms;
      this.leaving = leaving;
    }

    @Override
    public void execute(DelegateExecution execution) {
      leaving.recordImmediateResult(
          execution.getProcessBusinessKey(), forms.of(execution).text(IMMEDIATE_RESULT));
    }
  }

  @Component("recordLongerTermResultDelegate")
  static class RecordLongerTermResult implements JavaDelegate {
    private final Forms forms;
    private final Leaving leaving;

    RecordLongerTermResult(Leaving leaving, Forms forms) {
      this.forms = forms;
      this.leaving = leaving;
    }

    @Override
    public void execute(DelegateExecution execution) {
      FormValues form = forms.of(execution);
      leaving.recordLongerTermResult(
          execution.getProcessBusinessKey(),
          form.text(LONGER_TERM_RESULT),
          form.bool(IMPROVED_SITUATION));
    }
  }
}
