/**
 * Personal data: the classification of process variables (ordinary, personal, special category or
 * health) and the history filter that keeps personal data out of the engine's history; the
 * retention run that anonymises participants after the retention period (legal holds excepted) and
 * the subject-access export. The features contribute ({@link
 * bg.kazanlak.inclusion.privacy.PersonalDataVariables}, {@link
 * bg.kazanlak.inclusion.privacy.PersonalDataHolder}, {@link
 * bg.kazanlak.inclusion.privacy.DataSubjects}); privacy never names a feature.
 */
@ApplicationModule(
    displayName = "Privacy",
    allowedDependencies = {"problem", "programme", "identity", "audit"})
package bg.kazanlak.inclusion.privacy;

import org.springframework.modulith.ApplicationModule;
