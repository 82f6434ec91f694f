/** The indicators report, from the features' public figures. */
@ApplicationModule(
    displayName = "Reporting",
    allowedDependencies = {
      "participant",
      "employment",
      "housing",
      "familyhouse",
      "initiative",
      "budget",
      "education",
      "programme",
      "problem",
      "identity"
    })
package bg.kazanlak.inclusion.reporting;

import org.springframework.modulith.ApplicationModule;
