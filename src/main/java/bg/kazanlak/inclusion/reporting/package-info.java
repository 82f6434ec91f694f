/**
 * The reports for the managing authority, from the features' public figures: the indicators, ISUN's
 * participant file and the technical report's summary.
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
      "document"
    })
package bg.kazanlak.inclusion.reporting;

import org.springframework.modulith.ApplicationModule;
