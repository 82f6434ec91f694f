package bg.kazanlak.inclusion.replay;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Submits a process's start form as a simulated member of staff, as Tasklist does. The models are
 * deployed once before the replay begins, so each latest definition is looked up once, not at every
 * submission of the day.
 */
@Component
@Profile("replay")
class StartForms {

  private final FormService forms;
  private final RepositoryService repository;
  private final Map<String, String> definitions = new ConcurrentHashMap<>();

  StartForms(FormService forms, RepositoryService repository) {
    this.forms = forms;
    this.repository = repository;
  }

  void submit(SimulatedDay day, String user, String processKey, Map<String, Object> form) {
    String definition =
        definitions.computeIfAbsent(
            processKey,
            key ->
                repository
                    .createProcessDefinitionQuery()
                    .processDefinitionKey(key)
                    .latestVersion()
                    .singleResult()
                    .getId());
    day.staff().as(user, () -> forms.submitStartForm(definition, new HashMap<>(form)));
  }
}
