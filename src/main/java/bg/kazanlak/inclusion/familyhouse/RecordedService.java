package bg.kazanlak.inclusion.familyhouse;

import java.time.LocalDate;

/** A service as stored; its note stays in the table. */
record RecordedService(
    String serviceNumber,
    String house,
    String registrationNumber,
    boolean forFamily,
    String role,
    ServiceKind kind,
    LocalDate date,
    int durationMinutes,
    String recordedBy) {}
