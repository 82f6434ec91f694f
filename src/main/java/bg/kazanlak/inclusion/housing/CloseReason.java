package bg.kazanlak.inclusion.housing;

/** Why a plan (or a case still waiting for a tenancy) was closed. */
public enum CloseReason {
  EVALUATED("окончателна оценка в края на проекта"),
  MOVED_OUT("домакинството напусна жилището"),
  WITHDRAWN("титулярят се оттегли от програмата"),
  MEMBER_OF_OTHER_HOUSEHOLD("лицето е член на друго домакинство"),
  NOT_HOUSED("не е настанено до края на проекта");

  private final String label;

  CloseReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
