/**
 * The programme: its configuration (period, settlements, budget lines, employers), clock, working
 * calendar and number series. Depends on no module.
 */
@ApplicationModule(
    displayName = "Programme",
    allowedDependencies = {})
package bg.kazanlak.inclusion.programme;

import org.springframework.modulith.ApplicationModule;
