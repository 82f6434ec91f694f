/**
 * A participant's case file for the project managers in Cockpit: the participant found by name or
 * registration number, and every process of theirs, running and completed, with its tasks,
 * decisions and documents as one timeline, read from the engine's history.
 */
@ApplicationModule(
    displayName = "Case file",
    allowedDependencies = {"participant", "employment", "familyhouse", "process", "identity"})
package bg.kazanlak.inclusion.casefile;

import org.springframework.modulith.ApplicationModule;
