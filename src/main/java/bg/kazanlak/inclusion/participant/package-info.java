/**
 * The participant registry and onboarding. Other modules use the public types of this package and
 * the named interface {@code onboarding} (OnboardingCases, which starts and ends onboarding cases).
 */
@ApplicationModule(
    displayName = "Participants",
    allowedDependencies = {"problem", "privacy", "programme", "identity", "process", "audit"})
package bg.kazanlak.inclusion.participant;

import org.springframework.modulith.ApplicationModule;
