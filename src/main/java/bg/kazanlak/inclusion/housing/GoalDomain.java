package bg.kazanlak.inclusion.housing;

/** The four domains of an integration plan; each goal kind of the configuration names one. */
public enum GoalDomain {
  WORK("Заетост"),
  HEALTH("Здраве"),
  EDUCATION("Образование"),
  SOCIAL("Социално включване");

  private final String label;

  GoalDomain(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
