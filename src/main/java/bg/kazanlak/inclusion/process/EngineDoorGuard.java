package bg.kazanlak.inclusion.process;

import bg.kazanlak.inclusion.problem.RequestRefusedException;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractDeleteProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractModificationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractProcessInstanceModificationCommand;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractUpdateProcessInstancesSuspendStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.migration.MigrateProcessInstanceCmd;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The engine's side of "two doors, one guard". Runs inside every outermost engine command:
 *
 * <ul>
 *   <li>A task completion or form submission that came through an engine door (Tasklist, {@code
 *       /engine-rest}) may set only the fields of that task's deployed form, and read-only fields
 *       only to the value they have; a start through a door only the start form's fields, and no
 *       business key (each process gives its own).
 *   <li>Through a door, commands that steer a case past its forms — variable edits, message
 *       correlation, signals, BPMN errors thrown from a task, modification, restart, migration,
 *       suspension, deletion, task edits — are refused for everybody but {@code camunda-admin},
 *       whatever the authorizations say (the engine's own administrators' group, which the identity
 *       module creates as its {@code ADMIN}).
 *   <li>Four-eyes: a user task with the property {@code fourEyes} is refused to the users its
 *       {@link FourEyes} rule names, whichever door the completion came through.
 * </ul>
 *
 * A refusal is a {@link RequestRefusedException}, thrown before the command changes anything.
 */
public class EngineDoorGuard extends CommandInterceptor {

  /** Commands that change a case other than through its forms: the administrator's tools. */
  private static final List<Class<?>> ADMINISTRATIVE =
      List.of(
          AbstractVariableCmd.class,
          AbstractPatchVariablesCmd.class,
          AbstractCorrelateMessageCmd.class,
          MessageEventReceivedCmd.class,
          SignalCmd.class,
          SignalEventReceivedCmd.class,
          EvaluateStartConditionCmd.class,
          HandleTaskBpmnErrorCmd.class,
          HandleTaskEscalationCmd.class,
          StartProcessInstanceAtActivitiesCmd.class,
          AbstractModificationCmd.class,
          AbstractProcessInstanceModificationCommand.class,
          ModifyProcessInstanceCmd.class,
          ModifyProcessInstanceAsyncCmd.class,
          AbstractRestartProcessInstanceCmd.class,
          MigrateProcessInstanceCmd.class,
          AbstractSetStateCmd.class,
          AbstractUpdateProcessInstancesSuspendStateCmd.class,
          AbstractDeleteProcessInstanceCmd.class,
          SaveTaskCmd.class,
          DeleteTaskCmd.class,
          AbstractSetTaskPropertyCmd.class,
          AbstractAddIdentityLinkCmd.class,
          DeleteIdentityLinkCmd.class,
          DelegateTaskCmd.class,
          ResolveTaskCmd.class,
          AddCommentCmd.class,
          UpdateCommentCmd.class,
          CreateAttachmentCmd.class,
          SaveAttachmentCmd.class);

  private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);
  private static final Map<String, Field> FIELDS = new ConcurrentHashMap<>();

  private final DeployedForms forms;
  private final FourEyesRules fourEyes;

  public EngineDoorGuard(DeployedForms forms, FourEyesRules fourEyes) {
    this.forms = forms;
    this.fourEyes = fourEyes;
  }

  @Override
  public <T> T execute(Command<T> command) {
    int[] depth = DEPTH.get();
    if (depth[0] == 0) {
      check(command);
    }
    depth[0]++;
    try {
      return next.execute(command);
    } finally {
      depth[0]--;
    }
  }

  private void check(Command<?> command) {
    CommandContext context = Context.getCommandContext();
    Authentication user = context == null ? null : context.getAuthentication();
    boolean door = EngineDoor.isOpen();
    if (door && !isAdministrator(user) && isAdministrative(command)) {
      throw RequestRefusedException.forbidden(
          "Това действие не е разрешено през Tasklist и REST API на процесите: случаите се "
              + "движат само чрез формулярите на задачите.");
    }
    if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
      TaskEntity task = context.getTaskManager().findTaskById((String) field(command, "taskId"));
      if (task == null) {
        return; // the command itself answers "task not found"
      }
      if (user != null) {
        fourEyes.check(task, user.getUserId());
      }
      if (door) {
        Map<String, Object> submitted =
            variables(command, command instanceof CompleteTaskCmd ? "variables" : "properties");
        checkFields(forms.ofTask(task), submitted, task::getVariable);
      }
    } else if (command instanceof ClaimTaskCmd && user != null) {
      TaskEntity task = context.getTaskManager().findTaskById((String) field(command, "taskId"));
      String claimant = (String) field(command, "userId");
      if (task != null && claimant != null) {
        fourEyes.check(task, claimant);
      }
    } else if (door && command instanceof SubmitStartFormCmd) {
      checkStart(
          context,
          (String) field(command, "processDefinitionId"),
          null,
          (String) field(command, "businessKey"),
          variables(command, "variables"));
    } else if (door && command instanceof StartProcessInstanceCmd) {
      ProcessInstantiationBuilderImpl builder =
          (ProcessInstantiationBuilderImpl) field(command, "instantiationBuilder");
      checkStart(
          context,
          builder.getProcessDefinitionId(),
          builder.getProcessDefinitionKey(),
          builder.getBusinessKey(),
          builder.getVariables());
    }
  }

  private void checkStart(
      CommandContext context,
      String definitionId,
      String definitionKey,
      String businessKey,
      Map<String, Object> submitted) {
    if (businessKey != null && !businessKey.isBlank()) {
      throw RequestRefusedException.invalid(
          "businessKey",
          "Номерът на случая се определя от системата и не се въвежда при стартиране.");
    }
    ProcessDefinitionEntity definition =
        definitionId != null
            ? context
                .getProcessEngineConfiguration()
                .getDeploymentCache()
                .findDeployedProcessDefinitionById(definitionId)
            : context
                .getProcessEngineConfiguration()
                .getDeploymentCache()
                .findDeployedLatestProcessDefinitionByKey(definitionKey);
    checkFields(forms.ofStart(definition), submitted, name -> null);
  }

  private static void checkFields(
      DeployedForm form, Map<String, Object> submitted, Function<String, Object> current) {
    if (submitted == null) {
      return;
    }
    for (Map.Entry<String, Object> entry : submitted.entrySet()) {
      String name = entry.getKey();
      if (!form.fields().contains(name)) {
        throw RequestRefusedException.invalid(
            name, "Полето „" + name + "“ не е част от формуляра на тази стъпка.");
      }
      if (form.readOnlyFields().contains(name) && !same(current.apply(name), entry.getValue())) {
        throw RequestRefusedException.invalid(
            name, "Полето „" + name + "“ е само за четене и не може да се променя.");
      }
    }
  }

  /** Tasklist sends a read-only value back as the browser typed it: compare by meaning. */
  static boolean same(Object stored, Object submitted) {
    Object a = plain(stored);
    Object b = plain(submitted);
    if (a == null || b == null) {
      return a == null && b == null;
    }
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    return a.toString().equals(b.toString());
  }

  private static Object plain(Object value) {
    if (value instanceof TypedValue typed) {
      value = typed.getValue();
    }
    if (value instanceof SpinJsonNode json) {
      value = json.toString();
    }
    if (value instanceof Number number) {
      try {
        return new BigDecimal(number.toString());
      } catch (NumberFormatException e) {
        return number.toString();
      }
    }
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    return value.toString().trim();
  }

  private static boolean isAdministrator(Authentication user) {
    return user != null
        && user.getGroupIds() != null
        && user.getGroupIds().contains(Groups.CAMUNDA_ADMIN);
  }

  private static boolean isAdministrative(Command<?> command) {
    for (Class<?> type : ADMINISTRATIVE) {
      if (type.isInstance(command)) {
        return true;
      }
    }
    return false;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> variables(Command<?> command, String name) {
    return (Map<String, Object>) field(command, name);
  }

  /** The engine's commands keep their arguments in protected fields without getters. */
  private static Object field(Command<?> command, String name) {
    Field field =
        FIELDS.computeIfAbsent(
            command.getClass().getName() + "#" + name,
            key -> {
              for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
                try {
                  Field found = type.getDeclaredField(name);
                  found.setAccessible(true);
                  return found;
                } catch (NoSuchFieldException e) {
                  // look in the superclass
                }
              }
              throw new IllegalStateException(
                  command.getClass().getName() + " has no field " + name);
            });
    try {
      return field.get(command);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
