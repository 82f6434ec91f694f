package bg.kazanlak.inclusion.housing;

/** A goal's outcome at the final evaluation, with a note. */
public record GoalEvaluation(long goalId, GoalOutcome outcome, String note) {}
