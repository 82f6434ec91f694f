/**
 * The four Family Houses: their specialists' positions and pay cost, the participants attached to
 * each house, the services the specialists deliver, and the referrals to other organisations that
 * the person's consent allows; listens to the participants' enrolments.
 */
@ApplicationModule(
    displayName = "Family Houses",
    allowedDependencies = {
      "participant",
      "budget",
      "document",
      "employment",
      "problem",
      "privacy",
      "programme",
      "identity",
      "process"
    })
package bg.kazanlak.inclusion.familyhouse;

import org.springframework.modulith.ApplicationModule;
