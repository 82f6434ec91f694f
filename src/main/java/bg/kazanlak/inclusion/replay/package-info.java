/**
 * The whole programme replayed: simulated staff register, assess, employ, house, refer, propose and
 * report through the engine and the features' services, with the programme clock moved day by day.
 * The project's benchmark (docs/replay.md).
 */
@ApplicationModule(
    displayName = "Replay",
    allowedDependencies = {
      "budget",
      "education",
      "employment",
      "familyhouse",
      "housing",
      "identity",
      "initiative",
      "participant",
      "participant :: onboarding",
      "problem",
      "process",
      "programme",
      "reporting"
    })
package bg.kazanlak.inclusion.replay;

import org.springframework.modulith.ApplicationModule;
