/**
 * Subsidised employment: placements, contracts, timesheets and payroll; listens to the
 * participants' enrolments.
 */
@ApplicationModule(
    displayName = "Employment",
    allowedDependencies = {
      "participant",
      "budget",
      "document",
      "problem",
      "privacy",
      "programme",
      "identity",
      "process",
      "audit"
    })
package bg.kazanlak.inclusion.employment;

import org.springframework.modulith.ApplicationModule;
