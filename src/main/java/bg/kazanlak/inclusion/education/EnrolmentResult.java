package bg.kazanlak.inclusion.education;

/** The answer to an enrolment: its id (for attendance) and the club's figures after it. */
public record EnrolmentResult(long enrolmentId, String clubId, int enrolled, int freePlaces) {}
