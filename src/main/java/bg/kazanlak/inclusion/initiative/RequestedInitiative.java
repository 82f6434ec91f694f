package bg.kazanlak.inclusion.initiative;

/**
 * What {@link InitiativeCases#propose} hands to the process's first step as a transient variable
 * (so neither the families nor their minority answers reach the engine's tables). {@code
 * proposedBy} counts only when nobody is signed in (a call as the application).
 */
record RequestedInitiative(NewInitiative proposal, String proposedBy) {}
