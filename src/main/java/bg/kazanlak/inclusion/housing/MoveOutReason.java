package bg.kazanlak.inclusion.housing;

/** Why a household left its unit. */
public enum MoveOutReason {
  OWN_HOME("премества се в собствено или наето жилище"),
  RELOCATION("премества се в друго населено място"),
  TENANCY_ENDED("прекратен договор за наем"),
  OTHER("друга причина");

  private final String label;

  MoveOutReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
