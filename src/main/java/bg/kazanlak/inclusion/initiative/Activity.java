package bg.kazanlak.inclusion.initiative;

/** What a family-bonding event is: a sports event or a recreation event. */
public enum Activity {
  SPORT,
  RECREATION
}
