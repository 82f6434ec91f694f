package bg.kazanlak.inclusion.housing;

import bg.kazanlak.inclusion.privacy.PersonalDataVariables;
import bg.kazanlak.inclusion.privacy.VariableClassification;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Variable names of {@code housing-support-plan} and {@code housing-move-out} and their classes.
 * The cases keep the head's registration number (the business key), ids, dates and decisions; what
 * the forms show of people (names, the plan's text) and what the key worker writes (assessment,
 * notes) is personal or health data: it reaches the housing tables and never the engine's history.
 */
@Component
class HousingVariables implements PersonalDataVariables {

  static final String REGISTRATION_NUMBER = "registrationNumber";
  static final String DISPLAY_NAME = "displayName";
  static final String STARTED_BY = "startedBy";
  static final String NEW_TENANCY = "newTenancy";
  static final String FINAL_EVALUATION_DUE = "finalEvaluationDue";

  // the start form, and the tenancy task's form
  static final String HEAD = "head";
  static final String UNIT = "unit";
  static final String MOVE_IN = "moveIn";
  static final String MEMBERS = "members";
  static final String FREE_UNITS = "freeUnits";
  static final String UNIT_ADDRESS = "unitAddress";
  static final String TENANCY_RECORDED = "tenancyRecorded";
  static final String HEADS_HOUSEHOLD = "headsHousehold";
  static final String HOUSEHOLD = "household";

  // the assessment form
  static final String ASSESSMENT_WORK = "assessmentWork";
  static final String ASSESSMENT_HEALTH = "assessmentHealth";
  static final String ASSESSMENT_EDUCATION = "assessmentEducation";
  static final String ASSESSMENT_SOCIAL = "assessmentSocial";
  static final String ASSESSMENT_SUMMARY = "assessmentSummary";
  static final List<String> ASSESSMENT_FIELDS =
      List.of(
          ASSESSMENT_WORK,
          ASSESSMENT_HEALTH,
          ASSESSMENT_EDUCATION,
          ASSESSMENT_SOCIAL,
          ASSESSMENT_SUMMARY);

  // the plan form and its approval
  static final String PLAN_GOALS = HousingRules.GOALS;
  static final String GOAL_KINDS = "goalKinds";
  static final String HOUSEHOLD_MEMBERS = "householdMembers";
  static final String PLAN_HISTORY = "planHistory";
  static final String PLAN_VERSION = "planVersion";
  static final String PLAN_SUMMARY = "planSummary";
  static final String PLAN_DECISION = "planDecision";
  static final String DECISION_COMMENT = "decisionComment";
  static final String PLAN_OUTCOME = "planOutcome";

  // the monthly review
  static final String REVIEW_NUMBER = "reviewNumber";
  static final String REVIEW_DUE = "reviewDue";
  static final String REVIEW_AHEAD = "reviewAhead";
  static final String REVIEW_GOALS = HousingRules.REVIEW;
  static final String VISIT_DATE = "visitDate";
  static final String REVISE_PLAN = "revisePlan";
  static final String REVIEWS_WITHOUT_PROGRESS = "reviewsWithoutProgress";
  static final String NEXT_STEP = "nextStep";

  // the case conference
  static final String CONFERENCE_DATE = "conferenceDate";
  static final String CONFERENCE_NOTE = "conferenceNote";
  static final String CONFERENCE_DECISION = "conferenceDecision";

  // the final evaluation
  static final String EVALUATION_GOALS = HousingRules.EVALUATION;

  // the move-out
  static final String MOVE_OUT = "moveOut";
  static final String MOVE_OUT_REASON = "moveOutReason";
  static final String MOVE_OUT_NOTE = "moveOutNote";

  @Override
  public List<VariableClassification> classifications() {
    return List.of(
        VariableClassification.forProcess(HousingCases.PROCESS_ID)
            .ordinary(
                REGISTRATION_NUMBER,
                STARTED_BY,
                NEW_TENANCY,
                FINAL_EVALUATION_DUE,
                HEAD,
                UNIT,
                MOVE_IN,
                FREE_UNITS,
                UNIT_ADDRESS,
                TENANCY_RECORDED,
                HEADS_HOUSEHOLD,
                GOAL_KINDS,
                PLAN_VERSION,
                PLAN_DECISION,
                PLAN_OUTCOME,
                REVIEW_NUMBER,
                REVIEW_DUE,
                REVIEW_AHEAD,
                VISIT_DATE,
                REVISE_PLAN,
                REVIEWS_WITHOUT_PROGRESS,
                NEXT_STEP,
                CONFERENCE_DATE,
                CONFERENCE_DECISION)
            .personal(
                DISPLAY_NAME,
                MEMBERS,
                HOUSEHOLD,
                ASSESSMENT_WORK,
                ASSESSMENT_EDUCATION,
                ASSESSMENT_SOCIAL,
                PLAN_GOALS,
                HOUSEHOLD_MEMBERS,
                PLAN_HISTORY,
                PLAN_SUMMARY,
                DECISION_COMMENT,
                CONFERENCE_NOTE)
            .specialCategoryOrHealth(
                ASSESSMENT_HEALTH, ASSESSMENT_SUMMARY, REVIEW_GOALS, EVALUATION_GOALS)
            .build(),
        VariableClassification.forProcess(HousingCases.MOVE_OUT_PROCESS_ID)
            .ordinary(HEAD, MOVE_OUT, MOVE_OUT_REASON)
            .personal(MOVE_OUT_NOTE)
            .build());
  }
}
