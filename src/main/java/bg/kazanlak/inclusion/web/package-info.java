/** The project API's problem documents (RFC 9457): refusals and unexpected errors. */
@ApplicationModule(
    displayName = "Project API errors",
    allowedDependencies = {"problem"})
package bg.kazanlak.inclusion.web;

import org.springframework.modulith.ApplicationModule;
