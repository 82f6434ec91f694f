/**
 * The budget lines and the expense approval: the worked example of the feature shape
 * (docs/feature-shape.md).
 */
@ApplicationModule(
    displayName = "Budget",
    allowedDependencies = {"problem", "privacy", "programme", "identity", "process", "audit"})
package bg.kazanlak.inclusion.budget;

import org.springframework.modulith.ApplicationModule;
