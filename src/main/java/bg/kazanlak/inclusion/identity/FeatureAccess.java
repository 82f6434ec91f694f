package bg.kazanlak.inclusion.identity;

/**
 * What a feature's groups may do in the engine, contributed as a bean by each feature (as each
 * contributes its personal-data variables to privacy): identity collects them into the {@link
 * AccessPlan} and applies it, so a new process never edits identity.
 */
public interface FeatureAccess {

  void contribute(AccessPlan plan);
}
