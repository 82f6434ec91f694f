package bg.kazanlak.inclusion.employment;

import java.util.Optional;

/** The ESF immediate result, within 4 weeks after leaving (CR01-CR04; CR05 is derived). */
public enum ImmediateResult {
  EMPLOYED,
  JOB_SEARCHING,
  IN_EDUCATION_OR_TRAINING,
  GAINED_QUALIFICATION,
  INACTIVE;

  public static Optional<ImmediateResult> of(String code) {
    try {
      return code == null ? Optional.empty() : Optional.of(valueOf(code.trim()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
