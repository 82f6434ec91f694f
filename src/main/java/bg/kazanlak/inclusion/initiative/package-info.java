/**
 * Community initiatives: the family-bonding events (two families, one of them belonging to a
 * minority) and the public-space clean-ups, from proposal through approval to the report that makes
 * them count; their cost goes through the budget's ledger.
 */
@ApplicationModule(
    displayName = "Initiatives",
    allowedDependencies = {
      "participant",
      "budget",
      "problem",
      "privacy",
      "programme",
      "identity",
      "process",
      "audit"
    })
package bg.kazanlak.inclusion.initiative;

import org.springframework.modulith.ApplicationModule;
