package bg.kazanlak.inclusion.process;

import bg.kazanlak.inclusion.problem.RequestRefusedException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Collects the features' {@link FourEyes} rules and applies the one a user task names in its {@code
 * fourEyes} property. A task naming a rule that no feature contributes is refused to everybody: a
 * missing rule must not silently open the approval (the model conventions test also checks every
 * name).
 */
public class FourEyesRules {

  public static final String PROPERTY = "fourEyes";

  private final DeployedForms models;
  private final Map<String, FourEyes> rules;

  public FourEyesRules(DeployedForms models, List<FourEyes> rules) {
    this.models = models;
    this.rules =
        rules.stream().collect(Collectors.toUnmodifiableMap(FourEyes::name, Function.identity()));
  }

  public boolean knows(String name) {
    return rules.containsKey(name);
  }

  void check(TaskEntity task, String userId) {
    models
        .property(task, PROPERTY)
        .ifPresent(
            name -> {
              FourEyes rule = rules.get(name);
              String businessKey =
                  task.getProcessInstance() == null
                      ? null
                      : task.getProcessInstance().getBusinessKey();
              if (rule == null || rule.excludedUsers(businessKey).contains(userId)) {
                throw RequestRefusedException.ruleBroken(
                    "Правило „четири очи“: "
                        + (rule == null
                            ? "тази задача се изпълнява от друг служител."
                            : rule.refusal()),
                    Map.of("rule", name));
              }
            });
  }
}
