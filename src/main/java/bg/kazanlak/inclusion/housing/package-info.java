/**
 * Social housing: the ten units' tenancies and each tenant household's integration plan (goals in
 * four domains, approval, monthly reviews, case conferences, final evaluation); listens to the
 * participants' enrolments and withdrawals.
 */
@ApplicationModule(
    displayName = "Housing",
    allowedDependencies = {
      "participant",
      "problem",
      "privacy",
      "programme",
      "identity",
      "process",
      "audit"
    })
package bg.kazanlak.inclusion.housing;

import org.springframework.modulith.ApplicationModule;
