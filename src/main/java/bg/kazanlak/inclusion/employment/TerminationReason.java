package bg.kazanlak.inclusion.employment;

import java.util.Optional;

/** Why a contract ended before its end date. */
public enum TerminationReason {
  RESIGNATION("напускане по желание на служителя"),
  DISMISSAL("уволнение"),
  MUTUAL_AGREEMENT("по взаимно съгласие");

  private final String label;

  TerminationReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<TerminationReason> of(String code) {
    if (code == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(code.trim()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
