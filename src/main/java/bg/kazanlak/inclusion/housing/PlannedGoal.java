package bg.kazanlak.inclusion.housing;

import java.time.LocalDate;

/**
 * One goal as the key worker writes it in a version of the plan: {@code id} is the goal's number
 * when it is already in the plan (changed or kept), null for a new one.
 */
public record PlannedGoal(
    Long id, String kind, String owner, String specialist, LocalDate targetDate) {}
