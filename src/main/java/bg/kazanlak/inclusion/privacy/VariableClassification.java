package bg.kazanlak.inclusion.privacy;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every variable of one process with its {@link VariableClass}. A feature declares one per process
 * (see {@link PersonalDataVariables}); a name not declared here is a test failure, so a new form
 * field or model expression cannot reach the history unclassified.
 */
public record VariableClassification(String processId, Map<String, VariableClass> variables) {

  public VariableClassification {
    if (processId == null || processId.isBlank()) {
      throw new IllegalArgumentException("a classification needs its process id");
    }
    variables = Map.copyOf(variables);
  }

  public static Builder forProcess(String processId) {
    return new Builder(processId);
  }

  /** The names whose values the history filter drops. */
  public Set<String> keptOutOfHistory() {
    return variables.entrySet().stream()
        .filter(e -> !e.getValue().keptInHistory())
        .map(Map.Entry::getKey)
        .collect(Collectors.toUnmodifiableSet());
  }

  public static final class Builder {

    private final String processId;
    private final Map<String, VariableClass> variables = new LinkedHashMap<>();

    private Builder(String processId) {
      this.processId = processId;
    }

    public Builder ordinary(String... names) {
      return add(VariableClass.ORDINARY, Arrays.asList(names));
    }

    public Builder personal(String... names) {
      return add(VariableClass.PERSONAL, Arrays.asList(names));
    }

    public Builder personal(Collection<String> names) {
      return add(VariableClass.PERSONAL, names);
    }

    public Builder specialCategoryOrHealth(String... names) {
      return add(VariableClass.SPECIAL_CATEGORY_OR_HEALTH, Arrays.asList(names));
    }

    public Builder specialCategoryOrHealth(Collection<String> names) {
      return add(VariableClass.SPECIAL_CATEGORY_OR_HEALTH, names);
    }

    private Builder add(VariableClass variableClass, Collection<String> names) {
      for (String name : names) {
        VariableClass earlier = variables.putIfAbsent(name, variableClass);
        if (earlier != null) {
          // a name in two classes would leave it to chance which rule applies
          throw new IllegalArgumentException(
              "%s: variable %s classified as %s and as %s"
                  .formatted(processId, name, earlier, variableClass));
        }
      }
      return this;
    }

    public VariableClassification build() {
      return new VariableClassification(processId, variables);
    }
  }
}
