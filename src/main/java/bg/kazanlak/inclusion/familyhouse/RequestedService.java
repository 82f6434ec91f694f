package bg.kazanlak.inclusion.familyhouse;

/**
 * What {@link FamilyHouseCases#recordService} hands to the process's first step as a transient
 * variable, so that the note never reaches the engine's tables. {@code recordedBy} counts only when
 * nobody is signed in (a call as the application).
 */
record RequestedService(NewService service, String recordedBy) {}
