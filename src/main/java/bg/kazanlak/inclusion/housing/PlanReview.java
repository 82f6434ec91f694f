package bg.kazanlak.inclusion.housing;

import java.time.LocalDate;

/** A recorded monthly review (the notes stay in the domain table). */
public record PlanReview(
    int number, LocalDate due, LocalDate visitDate, boolean progress, String recordedBy) {}
