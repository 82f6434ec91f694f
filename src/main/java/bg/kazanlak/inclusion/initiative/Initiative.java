package bg.kazanlak.inclusion.initiative;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An initiative as its tables hold it. Whether a family belongs to a minority is not part of it:
 * that answer leaves the tables only as a count in the indicators.
 */
public record Initiative(
    String initiativeNumber,
    InitiativeKind kind,
    String title,
    Activity activity,
    LocalDate date,
    String settlement,
    String place,
    Integer crewSize,
    Integer residentsExpected,
    String materials,
    BigDecimal plannedCost,
    String budgetLine,
    InitiativeStatus status,
    String proposedBy,
    LocalDate proposedOn,
    LocalDate approvedOn,
    String justification,
    String statusReason,
    LocalDate heldOn,
    BigDecimal actualCost,
    Integer residentsAttended,
    Integer crewAttended,
    String workDone,
    List<Family> families) {

  /** A family of a family-bonding event: its number (1, 2), its members, how many came. */
  public record Family(int familyNo, List<String> members, Integer attended) {}

  Initiative withFamilies(List<Family> of) {
    return new Initiative(
        initiativeNumber,
        kind,
        title,
        activity,
        date,
        settlement,
        place,
        crewSize,
        residentsExpected,
        materials,
        plannedCost,
        budgetLine,
        status,
        proposedBy,
        proposedOn,
        approvedOn,
        justification,
        statusReason,
        heldOn,
        actualCost,
        residentsAttended,
        crewAttended,
        workDone,
        List.copyOf(of));
  }

  boolean bonding() {
    return kind == InitiativeKind.FAMILY_BONDING;
  }
}
