package bg.kazanlak.inclusion.housing;

import java.time.LocalDate;

/** A household's integration plan as it stands. */
public record Plan(
    long id,
    long tenancyId,
    String head,
    String keyWorker,
    PlanStatus status,
    int version,
    String author,
    LocalDate approvedOn,
    int reviews,
    int reviewsWithoutProgress,
    LocalDate nextReviewDue,
    CloseReason closeReason) {}
