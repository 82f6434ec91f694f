/**
 * Classification of process variables (ordinary, personal, special category or health) and the
 * history filter that keeps personal data out of the engine's history. Depends on no module.
 */
@ApplicationModule(
    displayName = "Privacy",
    allowedDependencies = {})
package bg.kazanlak.inclusion.privacy;

import org.springframework.modulith.ApplicationModule;
