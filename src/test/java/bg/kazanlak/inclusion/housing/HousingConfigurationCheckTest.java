package bg.kazanlak.inclusion.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bg.kazanlak.inclusion.housing.HousingProperties.GoalKind;
import bg.kazanlak.inclusion.programme.InvalidProgrammeConfigurationException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HousingConfigurationCheckTest {

  @Test
  void aCatalogueWithGoalsInEveryDomainAndDistinctIdsIsAccepted() {
    HousingProperties housing = HousingRulesTest.housing(HousingRulesTest.KINDS);
    assertThat(HousingConfigurationCheck.problems(housing)).isEmpty();
    new HousingConfigurationCheck(housing).afterPropertiesSet();
  }

  @Test
  void aDomainWithoutGoalsIsNamed() {
    List<GoalKind> kinds = new ArrayList<>(HousingRulesTest.KINDS);
    kinds.removeIf(kind -> kind.domain() == GoalDomain.HEALTH);
    assertThat(HousingConfigurationCheck.problems(HousingRulesTest.housing(kinds)))
        .containsExactly("inclusion.housing.goal-kinds has no goal of the domain HEALTH");
  }

  @Test
  void anIdGivenTwiceIsNamed() {
    List<GoalKind> kinds = new ArrayList<>(HousingRulesTest.KINDS);
    kinds.add(new GoalKind("job", GoalDomain.SOCIAL, "Друга цел със същия номер"));
    assertThat(HousingConfigurationCheck.problems(HousingRulesTest.housing(kinds)))
        .containsExactly("inclusion.housing.goal-kinds: the id 'job' is given twice");
  }

  @Test
  void theApplicationDoesNotStartWithAWrongCatalogue() {
    List<GoalKind> kinds =
        List.of(
            new GoalKind("job", GoalDomain.WORK, "Работа"),
            new GoalKind("job", GoalDomain.WORK, "Работа"));
    assertThatThrownBy(
            () ->
                new HousingConfigurationCheck(HousingRulesTest.housing(kinds)).afterPropertiesSet())
        .isInstanceOf(InvalidProgrammeConfigurationException.class)
        .hasMessageContaining("the id 'job' is given twice")
        .hasMessageContaining("domain HEALTH")
        .hasMessageContaining("domain EDUCATION")
        .hasMessageContaining("domain SOCIAL");
  }
}
