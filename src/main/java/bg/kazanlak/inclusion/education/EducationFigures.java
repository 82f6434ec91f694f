package bg.kazanlak.inclusion.education;

/** Clubs and workshops at a glance, for the indicator report. */
public record EducationFigures(
    long clubs,
    long workshops,
    long enrolledNow,
    long childrenEnrolledNow,
    long sessionsHeld,
    long assets) {}
