package bg.kazanlak.inclusion.housing;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The housing section of the indicators as of a day: households whose plan had been approved, goals
 * set and achieved per domain (in approved versions), households that had moved out.
 */
@Component
public class HousingFigures {

  private final HousingRepository repository;

  HousingFigures(HousingRepository repository) {
    this.repository = repository;
  }

  /** As of the end of a day, by the plan decisions', move-outs' and goals' own dates. */
  public Figures asOf(LocalDate date) {
    Map<GoalDomain, DomainGoals> byDomain =
        repository.goalsByDomain(date).stream()
            .collect(Collectors.toMap(DomainGoals::domain, Function.identity()));
    return new Figures(
        repository.householdsWithPlan(date),
        repository.householdsMovedOut(date),
        Arrays.stream(GoalDomain.values())
            .map(d -> byDomain.getOrDefault(d, new DomainGoals(d, 0, 0)))
            .toList());
  }

  public record Figures(
      long householdsWithPlan, long householdsMovedOut, List<DomainGoals> goals) {}

  /** Goals of one domain: set in approved plans, and achieved. */
  public record DomainGoals(GoalDomain domain, long set, long achieved) {}
}
