package bg.kazanlak.inclusion.education;

/** A club meets regularly around an interest; a workshop (ателие) makes something. */
public enum ClubKind {
  CLUB("Клуб"),
  WORKSHOP("Ателие");

  private final String label;

  ClubKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
