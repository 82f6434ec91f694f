package bg.kazanlak.inclusion.familyhouse;

import bg.kazanlak.inclusion.familyhouse.StaffRepository.HouseJobs;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff jobs of the Family Houses for the indicators as of a day: the jobs filled on it
 * (positions whose period, start to end date, includes it), the positions recorded by it, against
 * the programme's target ({@code inclusion.programme.targets.staff-jobs}), in total and per house.
 */
@Component
public class StaffFigures {

  private static final HouseJobs NONE = new HouseJobs(null, 0, 0);

  private final StaffRepository repository;
  private final ProgrammeProperties programme;

  StaffFigures(StaffRepository repository, ProgrammeProperties programme) {
    this.repository = repository;
    this.programme = programme;
  }

  @Transactional(readOnly = true)
  public Figures asOf(LocalDate date) {
    Map<String, HouseJobs> byHouse =
        repository.jobsByHouse(date).stream()
            .collect(Collectors.toMap(HouseJobs::houseId, Function.identity()));
    List<HouseFigures> houses =
        programme.familyHouses().stream()
            .map(
                house -> {
                  HouseJobs own = byHouse.getOrDefault(house.id(), NONE);
                  return new HouseFigures(
                      house.id(), house.name(), own.jobsFilled(), own.positions());
                })
            .toList();
    return new Figures(
        programme.targets().staffJobs(),
        byHouse.values().stream().mapToLong(HouseJobs::jobsFilled).sum(),
        byHouse.values().stream().mapToLong(HouseJobs::positions).sum(),
        houses);
  }

  /**
   * @param target the staff jobs the programme opened
   * @param jobsFilled positions whose period includes the day
   * @param positions positions recorded by the day
   */
  public record Figures(int target, long jobsFilled, long positions, List<HouseFigures> houses) {}

  public record HouseFigures(String id, String name, long jobsFilled, long positions) {}
}
