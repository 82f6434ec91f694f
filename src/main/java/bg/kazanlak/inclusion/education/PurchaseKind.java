package bg.kazanlak.inclusion.education;

/**
 * What a club buys; each kind is paid from its own budget line (see {@link EducationProperties}).
 */
public enum PurchaseKind {
  CONSUMABLES,
  MATERIALS,
  ASSET
}
