package bg.kazanlak.inclusion.privacy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Installs {@link PersonalDataHistoryFilter} in front of the engine's database history, with the
 * names and decision inputs that the features declare ({@link PersonalDataVariables}).
 */
@Component
public class PersonalDataPlugin extends AbstractProcessEnginePlugin {

  private final Set<String> personalDataNames;
  private final Map<String, Set<String>> specialCategoryInputs;

  public PersonalDataPlugin(List<PersonalDataVariables> declarations) {
    this.personalDataNames =
        declarations.stream()
            .flatMap(d -> d.names().stream())
            .collect(Collectors.toUnmodifiableSet());
    Map<String, Set<String>> inputs = new HashMap<>();
    declarations.forEach(
        d ->
            d.specialCategoryDecisionInputs()
                .forEach(
                    (key, ids) -> inputs.computeIfAbsent(key, k -> new HashSet<>()).addAll(ids)));
    this.specialCategoryInputs = Map.copyOf(inputs);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryEventHandler(
        new PersonalDataHistoryFilter(
            new DbHistoryEventHandler(), personalDataNames, specialCategoryInputs));
  }
}
