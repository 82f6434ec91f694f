/**
 * The engine's side shared by every feature: forms and their values, acting as the application, the
 * engine's door and its guard, four eyes, and refusals answered with their status on the engine's
 * REST APIs.
 */
@ApplicationModule(
    displayName = "Process engine",
    allowedDependencies = {"problem", "programme", "identity"})
package bg.kazanlak.inclusion.process;

import org.springframework.modulith.ApplicationModule;
