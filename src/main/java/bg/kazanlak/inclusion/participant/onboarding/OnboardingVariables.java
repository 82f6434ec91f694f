package bg.kazanlak.inclusion.participant.onboarding;

import bg.kazanlak.inclusion.participant.EligibilityService;
import bg.kazanlak.inclusion.privacy.PersonalDataVariables;
import bg.kazanlak.inclusion.privacy.VariableClassification;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Variable names of {@code participant-onboarding} and their classes. The process keeps ids,
 * decisions and a display name; the form fields carry personal data and live only until the step
 * that stores them in the registry. Names and classes only: the process id and message names are
 * {@link OnboardingCases}'.
 */
@Component
public class OnboardingVariables implements PersonalDataVariables {

  public static final String REGISTRATION_NUMBER = "registrationNumber";
  public static final String DISPLAY_NAME = "displayName";
  public static final String REGISTERED_BY = "registeredBy";

  /** The API's already parsed request, handed over as a transient variable. */
  public static final String NEW_PARTICIPANT = "newParticipant";

  public static final String POSSIBLE_DUPLICATE = "possibleDuplicate";
  public static final String DUPLICATE_CANDIDATES = "duplicateCandidates";
  public static final String DUPLICATE_DECISION = "duplicateDecision";
  public static final String DUPLICATE_OF = "duplicateOf";

  /** The reviewed decision as the registry accepted it; the gateway after the review reads this. */
  public static final String DUPLICATE_OUTCOME = "duplicateOutcome";

  public static final String ELIGIBLE = "eligible";
  public static final String REJECTION_REASON = "rejectionReason";
  public static final String REJECTION_REASON_TEXT = "rejectionReasonText";
  public static final String CANDIDATE_STREAMS = "candidateStreams";
  public static final String CANDIDATE_STREAMS_TEXT = "candidateStreamsText";

  public static final String RECOMMENDED_STREAMS = "recommendedStreams";
  public static final String ENROLLED_STREAMS_TEXT = "enrolledStreamsText";

  public static final String NOTICE_DATE = "noticeDate";
  public static final String NOTICE_CHANNEL = "noticeChannel";
  public static final String NOTICE_NOTE = "noticeNote";

  public static final String WITHDRAWAL_REASON = "withdrawalReason";

  /** Start form fields on identity, contact and ESF entry data. */
  public static final Set<String> REGISTRATION_PERSONAL_FIELDS =
      Set.of(
          "personalNumber",
          "foreignResident",
          "firstName",
          "middleName",
          "lastName",
          "birthDate",
          "sex",
          "settlement",
          "address",
          "phone",
          "consentToServices",
          "employmentStatus",
          "educationLevel",
          "householdJobless",
          "householdDependentChildren",
          "householdSingleAdult");

  /**
   * Start form fields on special categories (and housing exclusion, which ESF counts with them).
   */
  public static final Set<String> SPECIAL_CATEGORY_FIELDS =
      Set.of("minority", "disability", "otherDisadvantaged", "homelessOrHousingExclusion");

  /** Start form fields; their values go to the registry and never stay in the process. */
  public static final Set<String> REGISTRATION_FIELDS =
      union(REGISTRATION_PERSONAL_FIELDS, SPECIAL_CATEGORY_FIELDS);

  /** Needs assessment fields: free text about a person's health and life. */
  public static final Set<String> ASSESSMENT_FIELDS =
      Set.of(
          "needsWork",
          "needsHealth",
          "needsEducation",
          "needsSocial",
          "needsHousing",
          "assessmentSummary");

  // the overdue assessment's escalation: what the managers did, and their free-text note
  public static final String ESCALATION_ACTION = "escalationAction";
  public static final String ESCALATION_NOTE = "escalationNote";

  @Override
  public List<VariableClassification> classifications() {
    return List.of(
        VariableClassification.forProcess(OnboardingCases.PROCESS_ID)
            .ordinary(
                REGISTRATION_NUMBER,
                REGISTERED_BY,
                POSSIBLE_DUPLICATE,
                DUPLICATE_DECISION,
                DUPLICATE_OF,
                ELIGIBLE,
                REJECTION_REASON,
                REJECTION_REASON_TEXT,
                CANDIDATE_STREAMS,
                CANDIDATE_STREAMS_TEXT,
                RECOMMENDED_STREAMS,
                ENROLLED_STREAMS_TEXT,
                DUPLICATE_OUTCOME,
                NOTICE_DATE,
                NOTICE_CHANNEL,
                ESCALATION_ACTION)
            // the display name is first name and initial; the candidates show masked numbers only
            .personal(
                DISPLAY_NAME,
                DUPLICATE_CANDIDATES,
                NEW_PARTICIPANT,
                NOTICE_NOTE,
                WITHDRAWAL_REASON,
                ESCALATION_NOTE)
            .personal(REGISTRATION_PERSONAL_FIELDS)
            .specialCategoryOrHealth(SPECIAL_CATEGORY_FIELDS)
            .specialCategoryOrHealth(ASSESSMENT_FIELDS)
            .build());
  }

  @Override
  public Map<String, Set<String>> specialCategoryDecisionInputs() {
    return EligibilityService.SPECIAL_CATEGORY_INPUTS;
  }

  @SafeVarargs
  private static Set<String> union(Set<String>... sets) {
    return Arrays.stream(sets).flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());
  }
}
