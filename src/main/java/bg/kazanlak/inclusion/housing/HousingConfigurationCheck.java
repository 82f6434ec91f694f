package bg.kazanlak.inclusion.housing;

import bg.kazanlak.inclusion.programme.InvalidProgrammeConfigurationException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * A plan must be able to set goals in each of the four domains, and a goal kind is found by its id:
 * refuse a catalogue with a domain left empty or an id given twice at start-up, not when a key
 * worker first opens the plan form.
 */
@Component
class HousingConfigurationCheck implements InitializingBean {

  private static final String PREFIX = "inclusion.housing.goal-kinds";

  private final HousingProperties housing;

  HousingConfigurationCheck(HousingProperties housing) {
    this.housing = housing;
  }

  @Override
  public void afterPropertiesSet() {
    List<String> problems = problems(housing);
    if (!problems.isEmpty()) {
      throw new InvalidProgrammeConfigurationException(
          "The housing configuration is wrong: " + String.join("; ", problems));
    }
  }

  static List<String> problems(HousingProperties housing) {
    List<String> problems = new ArrayList<>();
    Set<GoalDomain> missing = EnumSet.allOf(GoalDomain.class);
    Set<String> ids = new HashSet<>();
    for (HousingProperties.GoalKind kind : housing.goalKinds()) {
      missing.remove(kind.domain());
      if (!ids.add(kind.id())) {
        problems.add("%s: the id '%s' is given twice".formatted(PREFIX, kind.id()));
      }
    }
    for (GoalDomain domain : missing) {
      problems.add("%s has no goal of the domain %s".formatted(PREFIX, domain));
    }
    return problems;
  }
}
