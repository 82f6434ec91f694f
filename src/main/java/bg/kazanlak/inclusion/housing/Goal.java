package bg.kazanlak.inclusion.housing;

import java.time.LocalDate;

/** A goal of a household's plan as it stands. */
public record Goal(
    long id,
    String kind,
    GoalDomain domain,
    String owner,
    String specialist,
    LocalDate targetDate,
    GoalStatus status,
    int addedInVersion,
    GoalOutcome outcome) {}
