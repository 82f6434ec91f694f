package bg.kazanlak.inclusion.privacy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A feature's declaration of its process variables. Each feature declares, as a bean, every
 * variable of each of its processes with its {@link VariableClass}; {@link PersonalDataPlugin}
 * collects them and {@link PersonalDataHistoryFilter} keeps every name that is not {@link
 * VariableClass#ORDINARY} out of the engine's history (ACT_HI_VARINST, ACT_HI_DETAIL).
 */
public interface PersonalDataVariables {

  /** One classification per process of the feature. */
  List<VariableClassification> classifications();

  /**
   * Inputs of the feature's decisions that are derived from special-category data, by decision key:
   * the ids of the decision table's input clauses. The decision still sees them; its history
   * (ACT_HI_DEC_IN, Cockpit's decision history) does not record them.
   */
  default Map<String, Set<String>> specialCategoryDecisionInputs() {
    return Map.of();
  }

  /** The names kept out of the history: every name not classified as ordinary. */
  default Set<String> names() {
    return classifications().stream()
        .flatMap(c -> c.keptOutOfHistory().stream())
        .collect(Collectors.toUnmodifiableSet());
  }
}
