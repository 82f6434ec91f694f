package bg.kazanlak.inclusion.initiative;

/** The two kinds of initiative the programme holds; their Bulgarian labels are configuration. */
public enum InitiativeKind {
  FAMILY_BONDING,
  PUBLIC_SPACE_CLEANUP
}
