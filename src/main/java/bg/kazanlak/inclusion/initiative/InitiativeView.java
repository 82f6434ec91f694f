package bg.kazanlak.inclusion.initiative;

import static bg.kazanlak.inclusion.initiative.InitiativeVariables.ACTIVITY;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.BUDGET_LINE;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.CREW_SIZE;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.DATE;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.DATE_TEXT;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.FAMILIES;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.FAMILY_MEMBERS;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.INITIATIVE_NUMBER;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.KIND;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.KIND_LABEL;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.LINE_NAME;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.MATERIALS;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.PLACE;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.PLANNED_COST;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.RESIDENTS_EXPECTED;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.SETTLEMENT;
import static bg.kazanlak.inclusion.initiative.InitiativeVariables.TITLE;

import bg.kazanlak.inclusion.budget.BudgetLedger;
import bg.kazanlak.inclusion.initiative.Initiative.Family;
import bg.kazanlak.inclusion.participant.Participant;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the forms of {@code initiative-approval} show (the correction form edits most of it), copied
 * from the stored initiative. No step finds the initiative or chooses a path by them: that is the
 * business key's and the stored row's job. Money travels as text, never as floating point; the
 * families are named as the cases name people, and which of them belongs to a minority is never
 * shown.
 */
@Component
class InitiativeView {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private final BudgetLedger ledger;
  private final ParticipantRegistry participants;
  private final InitiativeProperties initiatives;

  InitiativeView(
      BudgetLedger ledger, ParticipantRegistry participants, InitiativeProperties initiatives) {
    this.ledger = ledger;
    this.participants = participants;
    this.initiatives = initiatives;
  }

  void show(DelegateExecution execution, Initiative initiative) {
    execution.setVariable(INITIATIVE_NUMBER, initiative.initiativeNumber());
    execution.setVariable(KIND, initiative.kind().name());
    execution.setVariable(KIND_LABEL, initiatives.of(initiative.kind()).label());
    execution.setVariable(TITLE, initiative.title());
    execution.setVariable(
        ACTIVITY, initiative.activity() == null ? null : initiative.activity().name());
    execution.setVariable(DATE, initiative.date().toString());
    execution.setVariable(DATE_TEXT, DAY.format(initiative.date()));
    execution.setVariable(SETTLEMENT, initiative.settlement());
    execution.setVariable(PLACE, initiative.place());
    execution.setVariable(CREW_SIZE, initiative.crewSize());
    execution.setVariable(RESIDENTS_EXPECTED, initiative.residentsExpected());
    execution.setVariable(MATERIALS, initiative.materials());
    execution.setVariable(PLANNED_COST, initiative.plannedCost().toPlainString());
    execution.setVariable(BUDGET_LINE, initiative.budgetLine());
    execution.setVariable(LINE_NAME, ledger.lineName(initiative.budgetLine()));
    List<String> lines = new ArrayList<>();
    for (Family family : initiative.families()) {
      lines.add(
          "- Семейство %d: %s"
              .formatted(
                  family.familyNo(),
                  String.join(", ", family.members().stream().map(this::named).toList())));
      if (family.familyNo() <= FAMILY_MEMBERS.size()) {
        execution.setVariable(
            FAMILY_MEMBERS.get(family.familyNo() - 1), String.join(", ", family.members()));
      }
    }
    execution.setVariable(FAMILIES, lines.isEmpty() ? null : String.join("\n", lines));
  }

  private String named(String registrationNumber) {
    return participants
        .find(registrationNumber)
        .map(Participant::caseName)
        .map(name -> name + " (" + registrationNumber + ")")
        .orElse(registrationNumber);
  }
}
