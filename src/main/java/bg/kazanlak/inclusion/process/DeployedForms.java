package bg.kazanlak.inclusion.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * The deployed models as the guard needs them: which form a user task or start event shows ({@code
 * camunda:formRef}, bound to its deployment) and that form's fields, and a user task's extension
 * properties. Read inside an engine command; forms are parsed once per deployment.
 */
public class DeployedForms {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Map<String, DeployedForm>> byDeployment = new ConcurrentHashMap<>();

  public DeployedForm ofTask(TaskEntity task) {
    UserTask element = userTask(task);
    return element == null
        ? DeployedForm.NONE
        : form(task.getProcessDefinition().getDeploymentId(), element.getCamundaFormRef());
  }

  public DeployedForm ofStart(ProcessDefinitionEntity definition) {
    BpmnModelInstance model = model(definition.getId());
    String formRef =
        model.getModelElementsByType(StartEvent.class).stream()
            .filter(start -> start.getParentElement() instanceof Process)
            .map(StartEvent::getCamundaFormRef)
            .filter(ref -> ref != null)
            .findFirst()
            .orElse(null);
    return form(definition.getDeploymentId(), formRef);
  }

  /** A {@code <camunda:property>} of the task's user task element. */
  public Optional<String> property(TaskEntity task, String name) {
    UserTask element = userTask(task);
    return element == null ? Optional.empty() : property(element, name);
  }

  static Optional<String> property(BaseElement element, String name) {
    if (element.getExtensionElements() == null) {
      return Optional.empty();
    }
    return element
        .getExtensionElements()
        .getElementsQuery()
        .filterByType(CamundaProperties.class)
        .list()
        .stream()
        .map(CamundaProperties::getCamundaProperties)
        .flatMap(Collection::stream)
        .filter(p -> name.equals(p.getCamundaName()))
        .map(CamundaProperty::getCamundaValue)
        .findFirst();
  }

  private static UserTask userTask(TaskEntity task) {
    if (task.getProcessDefinitionId() == null) {
      return null; // a stand-alone task belongs to no model
    }
    return model(task.getProcessDefinitionId()).getModelElementById(task.getTaskDefinitionKey());
  }

  private static BpmnModelInstance model(String processDefinitionId) {
    return Context.getProcessEngineConfiguration()
        .getDeploymentCache()
        .findBpmnModelInstanceForProcessDefinition(processDefinitionId);
  }

  private DeployedForm form(String deploymentId, String formRef) {
    if (formRef == null) {
      return DeployedForm.NONE;
    }
    DeployedForm form =
        byDeployment.computeIfAbsent(deploymentId, DeployedForms::parseForms).get(formRef);
    if (form == null) {
      // fail closed: a form that cannot be found offers no field
      return DeployedForm.NONE;
    }
    return form;
  }

  private static Map<String, DeployedForm> parseForms(String deploymentId) {
    CommandContext context = Context.getCommandContext();
    Map<String, DeployedForm> forms = new HashMap<>();
    for (ResourceEntity resource :
        context.getResourceManager().findResourcesByDeploymentId(deploymentId)) {
      if (resource.getName().endsWith(".form")) {
        try {
          JsonNode json = JSON.readTree(resource.getBytes());
          DeployedForm form = DeployedForm.parse(json);
          forms.put(form.id(), form);
        } catch (IOException e) {
          throw new UncheckedIOException("Unreadable form " + resource.getName(), e);
        }
      }
    }
    return forms;
  }
}
