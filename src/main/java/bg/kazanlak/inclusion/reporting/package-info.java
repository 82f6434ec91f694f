/**
 * The reports for the managing authority, from the features' public figures: the indicators, ISUN's
 * participant file, the technical report's summary, and the dashboard of Cockpit's «Показатели»
 * page (tasks per group, the trend by month).
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
      "problem",
      "document",
      "process"
    })
package bg.kazanlak.inclusion.reporting;

import org.springframework.modulith.ApplicationModule;
