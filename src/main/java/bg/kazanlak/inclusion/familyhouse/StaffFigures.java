package bg.kazanlak.inclusion.familyhouse;

import bg.kazanlak.inclusion.programme.ProgrammeClock;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The staff jobs of the Family Houses for the indicators: the jobs filled today (positions whose
 * period includes today), the positions ever recorded, against the programme's target ({@code
 * inclusion.programme.targets.staff-jobs}), in total and per house.
 */
@Component
public class StaffFigures {

  private final StaffPositions positions;
  private final ProgrammeProperties programme;
  private final ProgrammeClock clock;

  StaffFigures(StaffPositions positions, ProgrammeProperties programme, ProgrammeClock clock) {
    this.positions = positions;
    this.programme = programme;
    this.clock = clock;
  }

  public Figures current() {
    LocalDate today = clock.today();
    List<Position> all = positions.list();
    List<HouseFigures> houses =
        programme.familyHouses().stream()
            .map(
                house -> {
                  List<Position> own =
                      all.stream().filter(p -> p.houseId().equals(house.id())).toList();
                  return new HouseFigures(
                      house.id(),
                      house.name(),
                      own.stream().filter(p -> p.filledOn(today)).count(),
                      own.size());
                })
            .toList();
    return new Figures(
        programme.targets().staffJobs(),
        all.stream().filter(p -> p.filledOn(today)).count(),
        all.size(),
        houses);
  }

  /**
   * @param target the staff jobs the programme opened
   * @param jobsFilled positions whose period includes today
   * @param positions positions ever recorded
   */
  public record Figures(int target, long jobsFilled, long positions, List<HouseFigures> houses) {}

  public record HouseFigures(String id, String name, long jobsFilled, long positions) {}
}
