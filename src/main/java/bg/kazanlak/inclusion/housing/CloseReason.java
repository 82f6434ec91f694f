package bg.kazanlak.inclusion.housing;

/** Why a plan was closed. */
public enum CloseReason {
  EVALUATED,
  MOVED_OUT,
  WITHDRAWN
}
