package bg.kazanlak.inclusion.education;

import java.time.LocalDate;

public record RecordedSession(
    long sessionId, String clubId, LocalDate date, int present, int absent) {}
