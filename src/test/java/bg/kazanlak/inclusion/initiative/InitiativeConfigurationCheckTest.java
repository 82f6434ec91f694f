package bg.kazanlak.inclusion.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bg.kazanlak.inclusion.initiative.InitiativeProperties.KindRules;
import bg.kazanlak.inclusion.programme.InvalidProgrammeConfigurationException;
import bg.kazanlak.inclusion.programme.KazanlakProgrammeFixture;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InitiativeConfigurationCheckTest {

  private static final KindRules BONDING =
      new KindRules(
          "Сближаване", List.of("hrd-activities"), new BigDecimal("800.00"), new BigDecimal("400"));
  private static final KindRules CLEANUP =
      new KindRules(
          "Почистване",
          List.of("hrd-activities"),
          new BigDecimal("5000.00"),
          new BigDecimal("1000.00"));

  static InitiativeProperties initiatives(Map<InitiativeKind, KindRules> kinds) {
    return new InitiativeProperties(12, 90, 7, 5, 5, 5, kinds);
  }

  private static List<String> problems(Map<InitiativeKind, KindRules> kinds) {
    return InitiativeConfigurationCheck.problems(
        initiatives(kinds), KazanlakProgrammeFixture.kazanlak());
  }

  @Test
  void theShippedKindsAreAccepted() {
    assertThat(
            problems(
                Map.of(
                    InitiativeKind.FAMILY_BONDING,
                    BONDING,
                    InitiativeKind.PUBLIC_SPACE_CLEANUP,
                    CLEANUP)))
        .isEmpty();
  }

  @Test
  void aKindLeftOutAnUnknownLineAndAThresholdAboveTheMaximumAreNamed() {
    Map<InitiativeKind, KindRules> kinds = new EnumMap<>(InitiativeKind.class);
    kinds.put(
        InitiativeKind.FAMILY_BONDING,
        new KindRules(
            "Сближаване",
            List.of("no-such-line"),
            new BigDecimal("300.00"),
            new BigDecimal("400.00")));
    assertThat(problems(kinds))
        .containsExactly(
            "inclusion.initiatives.kinds.FAMILY_BONDING: no budget line 'no-such-line'",
            "inclusion.initiatives.kinds.FAMILY_BONDING.finance-review-above must be from 0 to"
                + " max-cost, in stotinki",
            "inclusion.initiatives.kinds has no PUBLIC_SPACE_CLEANUP");
  }

  @Test
  void theApplicationDoesNotStartWithAWrongConfiguration() {
    InitiativeConfigurationCheck check =
        new InitiativeConfigurationCheck(
            initiatives(Map.of(InitiativeKind.FAMILY_BONDING, BONDING)),
            KazanlakProgrammeFixture.kazanlak());
    assertThatThrownBy(check::afterPropertiesSet)
        .isInstanceOf(InvalidProgrammeConfigurationException.class)
        .hasMessageContaining("has no PUBLIC_SPACE_CLEANUP");
  }
}
