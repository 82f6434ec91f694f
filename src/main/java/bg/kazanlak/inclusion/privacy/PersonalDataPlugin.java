package bg.kazanlak.inclusion.privacy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.stereotype.Component;

/** Installs {@link PersonalDataHistoryFilter} in front of the engine's database history. */
@Component
public class PersonalDataPlugin extends AbstractProcessEnginePlugin {

  private final Set<String> personalDataNames;

  public PersonalDataPlugin(List<PersonalDataVariables> declarations) {
    this.personalDataNames = declarations.stream()
        .flatMap(d -> d.names().stream())
        .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryEventHandler(
        new PersonalDataHistoryFilter(new DbHistoryEventHandler(), personalDataNames));
  }
}
