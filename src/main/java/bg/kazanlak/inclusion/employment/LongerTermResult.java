package bg.kazanlak.inclusion.employment;

import java.util.Optional;

/**
 * The situation 6 months after leaving (CR06-CR09: employment incl. self-employment; CR07 is the
 * separately recorded improvement for people employed at entry; CR08/CR09 are derived).
 */
public enum LongerTermResult {
  EMPLOYED,
  SELF_EMPLOYED,
  UNEMPLOYED,
  IN_EDUCATION_OR_TRAINING,
  INACTIVE;

  public static Optional<LongerTermResult> of(String code) {
    try {
      return code == null ? Optional.empty() : Optional.of(valueOf(code.trim()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
