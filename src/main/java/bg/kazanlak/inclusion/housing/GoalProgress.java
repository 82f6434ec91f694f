package bg.kazanlak.inclusion.housing;

/** A goal's status at a monthly review, with the key worker's note (kept in the domain tables). */
public record GoalProgress(long goalId, GoalStatus status, String note) {}
