package bg.kazanlak.inclusion.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * The grants the application gives the contract's groups in the engine. Least privilege: a group
 * starts through the engine exactly the processes CONTRACT lets it start through the API and reads
 * the cases of the processes it works in; nobody but {@code camunda-admin} may modify, migrate,
 * suspend or delete instances or edit their variables (no {@code UPDATE}/{@code UPDATE_INSTANCE}
 * anywhere: the application correlates its own messages as itself). Tasks come with their candidate
 * groups ({@code TASK_WORK}, see {@code EngineDoorPlugin}).
 */
public final class AccessPlan {

  /** One grant: a group, a resource and the permissions on it. */
  public record Grant(
      String group, Resource resource, String resourceId, Map<String, Permission> permissions) {

    String canonical() {
      return group
          + "|"
          + resource.resourceName()
          + "|"
          + resourceId
          + "|"
          + String.join(",", new TreeSet<>(permissions.keySet()));
    }
  }

  private final Map<String, Grant> grants = new LinkedHashMap<>();
  private final Map<String, String> cardVariables = new LinkedHashMap<>();

  /** The groups may start the process (Tasklist start form, engine REST) and read its cases. */
  public AccessPlan startedBy(String processKey, String... groups) {
    for (String group : groups) {
      grant(
          group,
          Resources.PROCESS_DEFINITION,
          processKey,
          Permissions.READ,
          Permissions.CREATE_INSTANCE,
          Permissions.READ_INSTANCE);
      grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    }
    return this;
  }

  /** The groups work on the process's tasks and may read its cases; they start none. */
  public AccessPlan workedOnBy(String processKey, String... groups) {
    for (String group : groups) {
      grant(
          group,
          Resources.PROCESS_DEFINITION,
          processKey,
          Permissions.READ,
          Permissions.READ_INSTANCE);
    }
    return this;
  }

  public AccessPlan grant(
      String group, Resource resource, String resourceId, Permission... permissions) {
    String key = group + "|" + resource.resourceName() + "|" + resourceId;
    Map<String, Permission> byName = new TreeMap<>();
    Grant existing = grants.get(key);
    if (existing != null) {
      byName.putAll(existing.permissions());
    }
    for (Permission permission : permissions) {
      byName.put(permission.getName(), permission);
    }
    grants.put(key, new Grant(group, resource, resourceId, Collections.unmodifiableMap(byName)));
    return this;
  }

  /**
   * A variable that tells two of the feature's tasks apart on a Tasklist card (a case number, an
   * amount, a month), with its Bulgarian label. A card shows those its process has, in the order
   * they were contributed; a variable two features name keeps its first label.
   */
  public AccessPlan cardShows(String variable, String label) {
    cardVariables.putIfAbsent(variable, label);
    return this;
  }

  Map<String, String> cardVariables() {
    return Collections.unmodifiableMap(cardVariables);
  }

  public List<Grant> grants() {
    List<Grant> sorted = new ArrayList<>(grants.values());
    sorted.sort(Comparator.comparing(Grant::canonical));
    return sorted;
  }

  /** The plan as text: its hash is the plan's version, applied once per database. */
  String canonical() {
    StringBuilder text = new StringBuilder();
    grants().forEach(grant -> text.append(grant.canonical()).append('\n'));
    return text.toString();
  }

  /** The resource types the plan manages for the contract's groups (filters aside). */
  static Set<Resources> managedResources() {
    return EnumSet.of(
        Resources.PROCESS_DEFINITION,
        Resources.PROCESS_INSTANCE,
        Resources.TASK,
        Resources.DECISION_DEFINITION,
        Resources.DECISION_REQUIREMENTS_DEFINITION,
        Resources.DEPLOYMENT,
        Resources.APPLICATION,
        Resources.USER,
        Resources.GROUP,
        Resources.HISTORIC_TASK,
        Resources.HISTORIC_PROCESS_INSTANCE,
        Resources.BATCH,
        Resources.AUTHORIZATION,
        Resources.FILTER);
  }
}
