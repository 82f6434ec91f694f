package bg.kazanlak.inclusion.familyhouse;

import bg.kazanlak.inclusion.employment.EmploymentProperties;
import bg.kazanlak.inclusion.employment.EmploymentProperties.WorkAccidentRates;
import bg.kazanlak.inclusion.programme.InvalidProgrammeConfigurationException;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import bg.kazanlak.inclusion.programme.ProgrammeProperties.BudgetLine;
import bg.kazanlak.inclusion.programme.ProgrammeProperties.FamilyHouse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * The staff positions need a budget line that exists, an activity with a work-accident rate in
 * every period of the rate table, a label for every support role and support roles distinct from
 * the houses' specialist roles: refused at start-up, not when HR records the first position.
 */
@Component
class StaffConfigurationCheck implements InitializingBean {

  private static final String PREFIX = "inclusion.family-house-staff.";

  private final StaffProperties staff;
  private final ProgrammeProperties programme;
  private final EmploymentProperties employment;
  private final FamilyHouseProperties houses;

  StaffConfigurationCheck(
      StaffProperties staff,
      ProgrammeProperties programme,
      EmploymentProperties employment,
      FamilyHouseProperties houses) {
    this.staff = staff;
    this.programme = programme;
    this.employment = employment;
    this.houses = houses;
  }

  @Override
  public void afterPropertiesSet() {
    List<String> problems = problems(staff, programme, employment, houses);
    if (!problems.isEmpty()) {
      throw new InvalidProgrammeConfigurationException(
          "The Family House staff configuration is wrong: " + String.join("; ", problems));
    }
  }

  static List<String> problems(
      StaffProperties staff,
      ProgrammeProperties programme,
      EmploymentProperties employment,
      FamilyHouseProperties houses) {
    List<String> problems = new ArrayList<>();
    boolean lineExists =
        programme.funding().stream()
            .flatMap(f -> f.lines().stream())
            .map(BudgetLine::id)
            .anyMatch(staff.budgetLine()::equals);
    if (!lineExists) {
      problems.add("%sbudget-line: no budget line '%s'".formatted(PREFIX, staff.budgetLine()));
    }
    List<WorkAccidentRates> rates = employment.workAccident();
    for (int i = 0; i < rates.size(); i++) {
      if (rates.get(i).rate(staff.activity()).isEmpty()) {
        problems.add(
            "%sactivity: inclusion.employment.work-accident[%d] has no rate for %s"
                .formatted(PREFIX, i, staff.activity()));
      }
    }
    Set<String> specialistRoles = new LinkedHashSet<>();
    programme.familyHouses().stream().map(FamilyHouse::roles).forEach(specialistRoles::addAll);
    for (String role : staff.supportRoles()) {
      if (specialistRoles.contains(role)) {
        problems.add(
            "%ssupport-roles: %s is a specialist role of the houses".formatted(PREFIX, role));
      }
    }
    for (String role : staff.supportRoles()) {
      String label = houses.roleLabels().get(role);
      if (label == null || label.isBlank()) {
        problems.add("inclusion.family-houses.role-labels: no label for %s".formatted(role));
      }
    }
    return problems;
  }
}
