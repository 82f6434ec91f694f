package bg.kazanlak.inclusion.audit;

import bg.kazanlak.inclusion.problem.RequestRefusedException;
import java.util.Arrays;

/** The kinds of record whose changes are audited, by the path segment of the read endpoint. */
public enum RecordType {
  PARTICIPANT("participant"),
  EXPENSE("expense"),
  CONTRACT("contract"),
  HOUSING_PLAN("housing-plan"),
  INITIATIVE("initiative");

  private final String code;

  RecordType(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** The type a path names; 400 naming {@code recordType} for any other. */
  public static RecordType of(String code) {
    return Arrays.stream(values())
        .filter(type -> type.code.equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                RequestRefusedException.invalid(
                    "recordType",
                    "Непознат вид запис; възможни: participant, expense, contract, housing-plan,"
                        + " initiative."));
  }
}
