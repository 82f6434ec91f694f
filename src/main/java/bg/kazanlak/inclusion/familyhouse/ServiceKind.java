package bg.kazanlak.inclusion.familyhouse;

/** The kinds of service a Family House delivers (CONTRACT's {@code kind}). */
public enum ServiceKind {
  HOME_VISIT,
  ON_SITE,
  GROUP_SESSION,
  ACCOMPANIMENT
}
