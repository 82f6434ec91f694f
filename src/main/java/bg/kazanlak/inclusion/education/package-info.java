/**
 * Clubs for children and young people: enrolments, sessions and purchases; listens to the budget's
 * payments.
 */
@ApplicationModule(
    displayName = "Education",
    allowedDependencies = {
      "participant",
      "budget",
      "problem",
      "privacy",
      "programme",
      "identity",
      "process"
    })
package bg.kazanlak.inclusion.education;

import org.springframework.modulith.ApplicationModule;
