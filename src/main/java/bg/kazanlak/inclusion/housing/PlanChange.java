package bg.kazanlak.inclusion.housing;

import java.time.LocalDate;

/**
 * One entry of a plan's history: a goal added, changed or dropped by a version, moved by a review
 * or given its outcome by the final evaluation.
 */
public record PlanChange(
    long goalId,
    int version,
    String kind,
    String description,
    String changedBy,
    LocalDate changedOn) {}
