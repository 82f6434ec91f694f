/**
 * Demo users and cases of the demo profile, made through the features' public API as a user would.
 */
@ApplicationModule(
    displayName = "Demo data",
    allowedDependencies = {
      "participant",
      "participant :: onboarding",
      "budget",
      "education",
      "housing",
      "initiative",
      "programme",
      "identity"
    })
package bg.kazanlak.inclusion.demo;

import org.springframework.modulith.ApplicationModule;
