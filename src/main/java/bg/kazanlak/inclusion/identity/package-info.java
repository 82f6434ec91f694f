/**
 * Users, groups and authorizations: the engine REST API's and the project API's authentication, the
 * group checks, and the access plan that every feature contributes to through FeatureAccess. Names
 * no feature and no process.
 */
@ApplicationModule(
    displayName = "Identity",
    allowedDependencies = {})
package bg.kazanlak.inclusion.identity;

import org.springframework.modulith.ApplicationModule;
