/**
 * Refusals of the domain (RequestRefusedException with its Refusal kind) and their field problems.
 * Depends on no module; every module may refuse.
 */
@ApplicationModule(
    displayName = "Problems",
    allowedDependencies = {})
package bg.kazanlak.inclusion.problem;

import org.springframework.modulith.ApplicationModule;
