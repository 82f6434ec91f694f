package bg.kazanlak.inclusion.housing;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The housing section of the indicators: households whose plan has been approved, goals set and
 * achieved per domain (in approved plans), households that moved out.
 */
@Component
public class HousingFigures {

  private final HousingRepository repository;

  HousingFigures(HousingRepository repository) {
    this.repository = repository;
  }

  public Figures current() {
    Map<GoalDomain, DomainGoals> byDomain =
        repository.goalsByDomain().stream()
            .collect(Collectors.toMap(DomainGoals::domain, Function.identity()));
    return new Figures(
        repository.householdsWithPlan(),
        repository.householdsMovedOut(),
        Arrays.stream(GoalDomain.values())
            .map(d -> byDomain.getOrDefault(d, new DomainGoals(d, 0, 0)))
            .toList());
  }

  public record Figures(
      long householdsWithPlan, long householdsMovedOut, List<DomainGoals> goals) {}

  /** Goals of one domain: set in approved plans, and achieved. */
  public record DomainGoals(GoalDomain domain, long set, long achieved) {}
}
