package bg.kazanlak.inclusion.initiative;

import bg.kazanlak.inclusion.privacy.PersonalDataVariables;
import bg.kazanlak.inclusion.privacy.VariableClassification;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Variable names of {@code initiative-approval} and their classes. The case keeps the initiative's
 * number, kind, day, place, money and decisions. The families' people (registration numbers, the
 * names the forms show) and the free texts are personal: they reach the initiative's tables and
 * never the engine's history. Whether a family belongs to a minority is special-category data: it
 * is submitted with the form, stored with the family by the first step and removed from the case at
 * once.
 */
@Component
class InitiativeVariables implements PersonalDataVariables {

  static final String NEW_INITIATIVE = "newInitiative";

  /** Set by the engine from the signed-in user who submitted the start form. */
  static final String PROPOSED_BY = "proposedBy";

  static final String INITIATIVE_NUMBER = "initiativeNumber";

  // the proposal (start form, correction form)
  static final String KIND = "kind";
  static final String TITLE = "title";
  static final String ACTIVITY = "activity";
  static final String DATE = "date";
  static final String SETTLEMENT = "settlement";
  static final String PLACE = "place";
  static final String CREW_SIZE = "crewSize";
  static final String RESIDENTS_EXPECTED = "residentsExpected";
  static final String MATERIALS = "materials";
  static final String PLANNED_COST = "plannedCost";
  static final String BUDGET_LINE = "budgetLine";
  static final String FAMILY1_MEMBERS = "family1Members";
  static final String FAMILY2_MEMBERS = "family2Members";
  static final String FAMILY1_MINORITY = "family1Minority";
  static final String FAMILY2_MINORITY = "family2Minority";
  static final List<String> FAMILY_MEMBERS = List.of(FAMILY1_MEMBERS, FAMILY2_MEMBERS);
  static final List<String> FAMILY_MINORITY = List.of(FAMILY1_MINORITY, FAMILY2_MINORITY);

  // what the forms show
  static final String KIND_LABEL = "kindLabel";
  static final String DATE_TEXT = "dateText";
  static final String LINE_NAME = "lineName";
  static final String FAMILIES = "families";

  // the decisions
  static final String APPROVAL_ROUTE = "approvalRoute";
  static final String OVER_TARGET = "overTarget";
  static final String APPROVAL_LEVEL = "approvalLevel";
  static final String DECISION = "decision";
  static final String DECISION_COMMENT = "decisionComment";
  static final String JUSTIFICATION = "justification";
  static final String APPROVAL_OUTCOME = "approvalOutcome";
  static final String CORRECTION_ACTION = "correctionAction";
  static final String CORRECTION_OUTCOME = "correctionOutcome";

  // the reminder and the report
  static final String INITIATIVE_DATE = "initiativeDate";
  static final String REMINDER_DUE = "reminderDue";
  static final String PREPARATION_ACTION = "preparationAction";
  static final String NEW_DATE = "newDate";
  static final String REASON = "reason";
  static final String PREPARATION_OUTCOME = "preparationOutcome";
  static final String HELD = "held";
  static final String FAMILY1_ATTENDED = "family1Attended";
  static final String FAMILY2_ATTENDED = "family2Attended";
  static final String RESIDENTS_ATTENDED = "residentsAttended";
  static final String CREW_ATTENDED = "crewAttended";
  static final String WORK_DONE = "workDone";
  static final String ACTUAL_COST = "actualCost";
  static final String REPORT_OUTCOME = "reportOutcome";

  @Override
  public List<VariableClassification> classifications() {
    return List.of(
        VariableClassification.forProcess(InitiativeCases.PROCESS_ID)
            .ordinary(
                NEW_INITIATIVE,
                PROPOSED_BY,
                INITIATIVE_NUMBER,
                KIND,
                TITLE,
                ACTIVITY,
                DATE,
                PLACE,
                CREW_SIZE,
                RESIDENTS_EXPECTED,
                MATERIALS,
                PLANNED_COST,
                BUDGET_LINE,
                KIND_LABEL,
                DATE_TEXT,
                LINE_NAME,
                APPROVAL_ROUTE,
                OVER_TARGET,
                APPROVAL_LEVEL,
                DECISION,
                APPROVAL_OUTCOME,
                CORRECTION_ACTION,
                CORRECTION_OUTCOME,
                INITIATIVE_DATE,
                REMINDER_DUE,
                PREPARATION_ACTION,
                NEW_DATE,
                PREPARATION_OUTCOME,
                HELD,
                FAMILY1_ATTENDED,
                FAMILY2_ATTENDED,
                RESIDENTS_ATTENDED,
                CREW_ATTENDED,
                ACTUAL_COST,
                REPORT_OUTCOME)
            // one name, one class: onboarding's "settlement" is where a participant lives
            .personal(
                SETTLEMENT,
                FAMILY1_MEMBERS,
                FAMILY2_MEMBERS,
                FAMILIES,
                DECISION_COMMENT,
                JUSTIFICATION,
                REASON,
                WORK_DONE)
            .specialCategoryOrHealth(FAMILY_MINORITY)
            .build());
  }
}
