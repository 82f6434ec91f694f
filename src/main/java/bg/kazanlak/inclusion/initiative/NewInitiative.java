package bg.kazanlak.inclusion.initiative;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A proposal as submitted (the API, the Tasklist start form, a correction). A family-bonding event
 * names its families; a clean-up its place, crew, residents and materials; the other kind's fields
 * are ignored.
 */
public record NewInitiative(
    InitiativeKind kind,
    String title,
    Activity activity,
    LocalDate date,
    String settlement,
    List<NewFamily> families,
    String place,
    Integer crewSize,
    Integer residentsExpected,
    String materials,
    BigDecimal plannedCost,
    String budgetLine) {

  /**
   * A family of a family-bonding event: the registered participants who belong to it, and whether
   * it belongs to a minority (special-category data: kept in the initiative's tables only).
   */
  public record NewFamily(List<String> registrationNumbers, Boolean minority) {
    @Override
    public String toString() {
      return "NewFamily[" + registrationNumbers.size() + " people, minority withheld]";
    }
  }
}
