package bg.kazanlak.inclusion.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Installs {@link EngineDoorGuard} inside the engine's command context (after the transaction and
 * context interceptors, so a refusal happens in the command's own transaction, before it changes
 * anything), and makes the assignee and candidates of a task able to work on it (claim, complete)
 * but not edit it ({@code TASK_WORK} instead of the default {@code UPDATE}).
 */
@Component
public class EngineDoorPlugin extends AbstractProcessEnginePlugin {

  private final FourEyesRules fourEyes;
  private final DeployedForms forms;

  public EngineDoorPlugin(List<FourEyes> rules) {
    this.forms = new DeployedForms();
    this.fourEyes = new FourEyesRules(forms, rules);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors =
        configuration.getCustomPostCommandInterceptorsTxRequired() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
    interceptors.add(new EngineDoorGuard(forms, fourEyes));
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
    configuration.setDefaultUserPermissionNameForTask("TASK_WORK");
  }

  public FourEyesRules fourEyesRules() {
    return fourEyes;
  }
}
