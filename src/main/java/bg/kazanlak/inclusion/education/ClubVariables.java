package bg.kazanlak.inclusion.education;

import bg.kazanlak.inclusion.privacy.PersonalDataVariables;
import bg.kazanlak.inclusion.privacy.VariableClassification;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Variable names of the clubs' processes ({@link ClubCases}) and their classes. A child's names and
 * birth date, the club leader's name and the lists of named people a task shows are personal: the
 * step that stores or uses them removes them, and the history never records them.
 */
@Component
class ClubVariables implements PersonalDataVariables {

  /** Set by the engine from the social worker who started it: the next task is theirs. */
  static final String STARTED_BY = "startedBy";

  static final String CLUB_ID = "clubId";
  static final String CLUB_NAME = "clubName";
  static final String CLUB_KIND = "clubKind";
  static final String LEADER = "leader";
  static final String VENUE_KIND = "venueKind";
  static final String FAMILY_HOUSE = "familyHouse";
  static final String SCHOOL = "school";
  static final String SCHEDULE = "schedule";
  static final String CAPACITY = "capacity";

  static final String REGISTRATION_NUMBER = "registrationNumber";
  static final String CHILD_FIRST_NAME = "childFirstName";
  static final String CHILD_LAST_NAME = "childLastName";
  static final String CHILD_BIRTH_DATE = "childBirthDate";
  static final String GUARDIAN = "guardian";
  static final String GUARDIAN_CONSENT = "guardianConsent";
  static final String CONSENT_DATE = "consentDate";
  static final String ENROLMENT_ID = "enrolmentId";
  static final String ENROLLED = "enrolled";
  static final String FREE_PLACES = "freePlaces";

  static final String SESSION_DATE = "sessionDate";
  static final String TOPIC = "topic";

  /** The people enrolled on the session's day, as the attendance checklist's options. */
  static final String ATTENDEES = "attendees";

  /** The enrolment ids ticked as present. */
  static final String PRESENT = "present";

  static final String SESSION_ID = "sessionId";
  static final String PRESENT_COUNT = "presentCount";
  static final String ABSENT_COUNT = "absentCount";

  static final String PURCHASE_KIND = "purchaseKind";
  static final String AMOUNT = "amount";
  static final String SUPPLIER = "supplier";
  static final String DESCRIPTION = "description";
  static final String INVOICE_DATE = "invoiceDate";
  static final String DOCUMENT_REF = "documentRef";
  static final String EXPENSE_NUMBER = "expenseNumber";
  static final String BUDGET_LINE = "budgetLine";

  static final String LEFT_ON = "leftOn";

  /** The people enrolled today, as the leaving form's options. */
  static final String MEMBERS = "members";

  @Override
  public List<VariableClassification> classifications() {
    return List.of(
        VariableClassification.forProcess(ClubCases.REGISTRATION)
            .ordinary(
                CLUB_ID, CLUB_NAME, CLUB_KIND, VENUE_KIND, FAMILY_HOUSE, SCHOOL, SCHEDULE, CAPACITY)
            .personal(LEADER)
            .build(),
        VariableClassification.forProcess(ClubCases.ENROLMENT)
            .ordinary(
                CLUB_ID,
                CLUB_NAME,
                REGISTRATION_NUMBER,
                GUARDIAN,
                GUARDIAN_CONSENT,
                CONSENT_DATE,
                ENROLMENT_ID,
                ENROLLED,
                FREE_PLACES)
            .personal(CHILD_FIRST_NAME, CHILD_LAST_NAME, CHILD_BIRTH_DATE)
            .build(),
        VariableClassification.forProcess(ClubCases.SESSION)
            .ordinary(
                STARTED_BY,
                CLUB_ID,
                CLUB_NAME,
                SESSION_DATE,
                TOPIC,
                SESSION_ID,
                PRESENT_COUNT,
                ABSENT_COUNT)
            .personal(ATTENDEES, PRESENT)
            .build(),
        VariableClassification.forProcess(ClubCases.PURCHASE)
            .ordinary(
                CLUB_ID,
                CLUB_NAME,
                PURCHASE_KIND,
                AMOUNT,
                SUPPLIER,
                DESCRIPTION,
                INVOICE_DATE,
                DOCUMENT_REF,
                EXPENSE_NUMBER,
                BUDGET_LINE)
            .build(),
        VariableClassification.forProcess(ClubCases.LEAVING)
            .ordinary(STARTED_BY, CLUB_ID, CLUB_NAME, LEFT_ON, ENROLMENT_ID)
            .personal(MEMBERS)
            .build());
  }
}
