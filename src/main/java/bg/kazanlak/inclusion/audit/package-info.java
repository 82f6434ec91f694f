/**
 * The audit trail of domain changes: who changed which participant, expense, contract, housing plan
 * or initiative, when, and which fields (names, never values). Features contribute through {@link
 * bg.kazanlak.inclusion.audit.AuditTrail} in their own write transaction; this module names none of
 * them.
 */
@ApplicationModule(
    displayName = "Audit trail",
    allowedDependencies = {"problem", "programme", "identity"})
package bg.kazanlak.inclusion.audit;

import org.springframework.modulith.ApplicationModule;
