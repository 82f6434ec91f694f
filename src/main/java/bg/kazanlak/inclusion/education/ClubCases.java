package bg.kazanlak.inclusion.education;

import java.util.List;

/**
 * The processes of clubs and workshops, one per action a social worker takes in Tasklist. Each is
 * started by its start form only (the first service step finds the club and makes the club's id the
 * business key) and waits for no message, so no code starts or correlates them: the API does the
 * same actions through {@link ClubService} without a process. Should a club process ever be started
 * or correlated from code, it is done here, as the application, like {@code ExpenseCases}. A club
 * purchase starts the budget's {@code expense-approval} through {@code ExpenseCases}.
 */
final class ClubCases {

  static final String REGISTRATION = "club-registration";
  static final String ENROLMENT = "club-enrolment";
  static final String SESSION = "club-session";
  static final String PURCHASE = "club-purchase";
  static final String LEAVING = "club-leaving";

  static final List<String> PROCESS_IDS =
      List.of(REGISTRATION, ENROLMENT, SESSION, PURCHASE, LEAVING);

  private ClubCases() {}
}
