package bg.kazanlak.inclusion.familyhouse;

import bg.kazanlak.inclusion.familyhouse.StaffRepository.Posted;
import bg.kazanlak.inclusion.identity.AllowedGroups;
import bg.kazanlak.inclusion.identity.Groups;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/family-houses/positions}: the Family Houses' staff positions with the months
 * posted and their cost. No answer names the staff member.
 */
@RestController
@RequestMapping("/api/family-houses/positions")
public class StaffController {

  private final StaffPositions positions;
  private final StaffPayroll payroll;
  private final FamilyHouseProperties houses;

  StaffController(StaffPositions positions, StaffPayroll payroll, FamilyHouseProperties houses) {
    this.positions = positions;
    this.payroll = payroll;
    this.houses = houses;
  }

  @GetMapping
  @AllowedGroups({Groups.HR_OFFICERS, Groups.PROJECT_MANAGERS})
  public List<Listed> list() {
    Map<String, Posted> posted =
        payroll.postedTotals().stream()
            .collect(Collectors.toMap(Posted::positionNumber, Function.identity()));
    return positions.list().stream()
        .map(
            p -> {
              Posted months = posted.get(p.positionNumber());
              return new Listed(
                  p.positionNumber(),
                  p.houseId(),
                  p.role(),
                  houses.roleLabel(p.role()),
                  p.start(),
                  p.end(),
                  p.workingTime(),
                  p.grossMonthlyWage(),
                  p.status().name(),
                  months == null ? 0 : months.months(),
                  months == null ? BigDecimal.ZERO.setScale(2) : months.totalCost());
            })
        .toList();
  }

  public record Listed(
      String positionNumber,
      String house,
      String role,
      String roleLabel,
      LocalDate startDate,
      LocalDate endDate,
      BigDecimal workingTime,
      BigDecimal grossMonthlyWage,
      String status,
      int monthsPosted,
      BigDecimal costPosted) {}
}
