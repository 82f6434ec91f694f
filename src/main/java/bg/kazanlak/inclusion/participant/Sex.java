package bg.kazanlak.inclusion.participant;

public enum Sex {
  MALE,
  FEMALE
}
