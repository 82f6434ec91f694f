/**
 * The indicators report, from the features' public figures, and the dashboard of Cockpit's
 * «Показатели» page (tasks per group, the trend by month).
 */
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
      "identity",
      "process"
    })
package bg.kazanlak.inclusion.reporting;

import org.springframework.modulith.ApplicationModule;
