package bg.kazanlak.inclusion.replay;

import bg.kazanlak.inclusion.budget.BudgetLedger;
import bg.kazanlak.inclusion.initiative.Initiative;
import bg.kazanlak.inclusion.initiative.InitiativeCases;
import bg.kazanlak.inclusion.initiative.InitiativeKind;
import bg.kazanlak.inclusion.initiative.InitiativeService;
import bg.kazanlak.inclusion.process.AsApplication;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * What finance, the project managers and the coordinators write in the initiative's forms: finance
 * approves a dear proposal the line has room for (else rejects it), the manager approves (with a
 * justification once the target is held) unless the line has no room, the coordinator confirms the
 * event at the reminder and reports it held with the families' attendance and an actual cost of
 * 85-100 % of the planned one; a returned proposal is withdrawn.
 */
@Component
@Profile("replay")
public class InitiativeTaskAnswers implements TaskAnswers {

  static final String MANAGER = "Task_ManagerApproval";
  static final String FINANCE = "Task_FinanceReview";
  static final String CORRECT = "Task_CorrectProposal";
  static final String CONFIRM = "Task_ConfirmInitiative";
  static final String REPORT = "Task_ReportInitiative";

  private final InitiativeService initiatives;
  private final BudgetLedger ledger;
  private final RuntimeService runtime;
  private final AsApplication asApplication;

  public InitiativeTaskAnswers(
      InitiativeService initiatives,
      BudgetLedger ledger,
      RuntimeService runtime,
      AsApplication asApplication) {
    this.initiatives = initiatives;
    this.ledger = ledger;
    this.runtime = runtime;
    this.asApplication = asApplication;
  }

  @Override
  public Set<String> taskKeys() {
    return Set.of(MANAGER, FINANCE, CORRECT, CONFIRM, REPORT);
  }

  /** Its manager's approval shares its id with another model's. */
  @Override
  public boolean answers(Task task) {
    return task.getProcessDefinitionId().startsWith("initiative-approval:");
  }

  @Override
  public Optional<Map<String, Object>> answer(Task task, SimulatedDay day) {
    ProcessInstance instance =
        asApplication.call(
            () ->
                runtime
                    .createProcessInstanceQuery()
                    .processInstanceId(task.getProcessInstanceId())
                    .processDefinitionKey(InitiativeCases.PROCESS_ID)
                    .singleResult());
    Initiative initiative = initiatives.get(instance.getBusinessKey());
    boolean room =
        ledger.figures(initiative.budgetLine()).available().compareTo(initiative.plannedCost())
            >= 0;
    Map<String, Object> form = new HashMap<>();
    switch (task.getTaskDefinitionKey()) {
      case FINANCE -> {
        form.put("decision", room ? "APPROVE" : "REJECT");
        form.put(
            "decisionComment",
            room
                ? "Разходът е в рамките на бюджетния ред."
                : "Бюджетният ред няма достатъчно средства.");
      }
      case MANAGER -> {
        form.put("decision", room ? "APPROVE" : "REJECT");
        form.put("decisionComment", room ? "" : "Бюджетният ред няма достатъчно средства.");
        Object overTarget =
            asApplication.call(() -> runtime.getVariable(instance.getId(), "overTarget"));
        if (Boolean.TRUE.equals(overTarget)) {
          form.put(
              "justification",
              "Интересът на семействата е голям, а бюджетният ред позволява още инициативи.");
        }
      }
      case CORRECT -> {
        form.put("correctionAction", "WITHDRAW");
        form.put("title", initiative.title());
        form.put("date", initiative.date().toString());
        form.put("settlement", initiative.settlement());
        form.put("plannedCost", initiative.plannedCost().toPlainString());
        form.put("budgetLine", initiative.budgetLine());
      }
      case CONFIRM -> form.put("preparationAction", "CONFIRM");
      case REPORT -> {
        if (day.date().isBefore(initiative.date())) {
          return Optional.empty();
        }
        form.put("held", "HELD");
        if (initiative.kind() == InitiativeKind.FAMILY_BONDING) {
          form.put("family1Attended", initiative.families().get(0).members().size());
          form.put("family2Attended", initiative.families().get(1).members().size());
          form.put("workDone", "Съвместни игри и обща трапеза на двете семейства.");
        } else {
          form.put("residentsAttended", initiative.residentsExpected());
          form.put("crewAttended", initiative.crewSize());
          form.put("workDone", "Почистени алеи и детска площадка, боядисани пейки.");
        }
        int percent = 85 + day.random().nextInt(16);
        form.put(
            "actualCost",
            initiative
                .plannedCost()
                .multiply(BigDecimal.valueOf(percent))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP)
                .toPlainString());
      }
      default -> {
        return Optional.empty();
      }
    }
    return Optional.of(form);
  }
}
