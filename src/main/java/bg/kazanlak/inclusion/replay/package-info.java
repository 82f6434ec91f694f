/**
 * The whole programme replayed: simulated staff register, assess, employ, house, refer, propose and
 * report through the engine and the features' services, with the programme clock moved day by day.
 * The project's benchmark.
 */
@ApplicationModule(
    displayName = "Replay",
    allowedDependencies = {
      "budget",
      "education",
      "familyhouse",
      "housing",
      "identity",
      "initiative",
      "participant",
      "process",
      "programme"
    })
package bg.kazanlak.inclusion.replay;

import org.springframework.modulith.ApplicationModule;
