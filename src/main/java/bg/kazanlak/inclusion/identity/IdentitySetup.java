package bg.kazanlak.inclusion.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import bg.kazanlak.inclusion.identity.AccessPlan.Grant;
import bg.kazanlak.inclusion.identity.Groups.GroupDefinition;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.json.JsonTaskQueryConverter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The contract's groups, what each may do in the engine (the {@link AccessPlan} the features
 * contribute) and the Tasklist filters each group works from.
 *
 * <p>Applied once per version of the plan and database, never at every start: the node that inserts
 * the version's row in {@code identity_setup} does the work in the same transaction; a node
 * starting at the same time waits on that key and then skips. So two nodes cannot create the
 * filters twice, and an administrator's later changes (a removed permission, a REVOKE) stand until
 * a release changes the plan, which then replaces the groups' engine grants. The filters'
 * definitions are part of the version: a release that changes one updates it (found by name) in
 * databases set up before.
 */
@Service
public class IdentitySetup {

  private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final FilterService filters;
  private final TaskService tasks;
  private final List<FeatureAccess> features;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;

  public IdentitySetup(
      IdentityService identity,
      AuthorizationService authorizations,
      FilterService filters,
      TaskService tasks,
      List<FeatureAccess> features,
      JdbcClient jdbc,
      TransactionTemplate transaction) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.filters = filters;
    this.tasks = tasks;
    this.features = features;
    this.jdbc = jdbc;
    this.transaction = transaction;
  }

  /** The plan: the features' grants plus what every group needs to use Tasklist, and Cockpit. */
  public AccessPlan plan() {
    AccessPlan plan = new AccessPlan();
    for (GroupDefinition group : Groups.ALL) {
      if (!Groups.ADMIN.equals(group.id())) {
        plan.grant(group.id(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        plan.grant(group.id(), Resources.USER, ANY, Permissions.READ);
        plan.grant(group.id(), Resources.GROUP, ANY, Permissions.READ);
      }
    }
    monitoring(plan);
    features.forEach(feature -> feature.contribute(plan));
    return plan;
  }

  /** Managers watch everything in Cockpit and may retry failed jobs, nothing more. */
  private static void monitoring(AccessPlan plan) {
    String group = Groups.PROJECT_MANAGERS;
    plan.grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    plan.grant(
        group,
        Resources.PROCESS_DEFINITION,
        ANY,
        Permissions.READ,
        Permissions.READ_INSTANCE,
        Permissions.READ_HISTORY,
        Permissions.READ_TASK,
        ProcessDefinitionPermissions.RETRY_JOB);
    plan.grant(
        group,
        Resources.PROCESS_INSTANCE,
        ANY,
        Permissions.READ,
        ProcessInstancePermissions.RETRY_JOB);
    plan.grant(group, Resources.TASK, ANY, Permissions.READ);
    plan.grant(
        group, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
    plan.grant(group, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    plan.grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
  }

  /** Applies the current plan unless this database already has its version. */
  public void ensureGroupsAndAccess() {
    AccessPlan plan = plan();
    List<TaskFilter> taskFilters = filters(plan);
    String version = version(plan, taskFilters);
    try {
      transaction.executeWithoutResult(
          status -> {
            jdbc.sql("insert into identity_setup (version, applied_at) values (?, ?)")
                .params(version, Timestamp.from(Instant.now()))
                .update();
            apply(plan, taskFilters);
          });
      log.info("Applied access plan version {}", version);
    } catch (DuplicateKeyException alreadyApplied) {
      log.debug("Access plan version {} already applied", version);
    }
  }

  private void apply(AccessPlan plan, List<TaskFilter> taskFilters) {
    for (GroupDefinition definition : Groups.ALL) {
      if (identity.createGroupQuery().groupId(definition.id()).count() == 0) {
        Group group = identity.newGroup(definition.id());
        group.setName(definition.name());
        group.setType(Groups.ADMIN.equals(definition.id()) ? "SYSTEM" : "WORKFLOW");
        identity.saveGroup(group);
      }
    }
    List<String> groups =
        Groups.ALL.stream()
            .map(GroupDefinition::id)
            .filter(id -> !Groups.ADMIN.equals(id))
            .toList();
    for (Resources resource : AccessPlan.managedResources()) {
      if (resource == Resources.FILTER) {
        continue;
      }
      authorizations
          .createAuthorizationQuery()
          .authorizationType(AUTH_TYPE_GRANT)
          .groupIdIn(groups.toArray(String[]::new))
          .resourceType(resource)
          .list()
          .forEach(old -> authorizations.deleteAuthorization(old.getId()));
    }
    for (Grant grant : plan.grants()) {
      Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(grant.group());
      authorization.setResource(grant.resource());
      authorization.setResourceId(grant.resourceId());
      grant.permissions().values().forEach(authorization::addPermission);
      authorizations.saveAuthorization(authorization);
    }
    for (Resource resource : Resources.values()) {
      grantOnce(Groups.ADMIN, resource, ANY, Permissions.ALL);
    }
    ensureFilters(taskFilters);
  }

  /** The plan's and the filters' text, hashed: a changed filter is a new version too. */
  static String version(AccessPlan plan, List<TaskFilter> taskFilters) {
    StringBuilder text = new StringBuilder(plan.canonical());
    taskFilters.forEach(filter -> text.append(filter.canonical()).append('\n'));
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Creates a user in the given groups unless the id exists (then it is left alone). */
  public void ensureUser(
      String id, String firstName, String lastName, String password, List<String> groups) {
    if (identity.createUserQuery().userId(id).count() > 0) {
      return;
    }
    User user = identity.newUser(id);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setPassword(password);
    user.setEmail(id + "@kazanlak.invalid");
    identity.saveUser(user);
    groups.forEach(group -> identity.createMembership(id, group));
  }

  public boolean hasAdministrator() {
    return identity.createUserQuery().memberOfGroup(Groups.ADMIN).count() > 0;
  }

  private void grantOnce(
      String group,
      Resource resource,
      String resourceId,
      org.camunda.bpm.engine.authorization.Permission permission) {
    boolean exists =
        authorizations
                .createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(group)
                .resourceType(resource)
                .resourceId(resourceId)
                .count()
            > 0;
    if (!exists) {
      Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(group);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
      authorization.addPermission(permission);
      authorizations.saveAuthorization(authorization);
    }
  }

  /** One Tasklist filter: who reads it, what it lists, where it stands and what its cards show. */
  record TaskFilter(
      String name,
      String group,
      TaskQuery query,
      int priority,
      String color,
      String description,
      List<Map<String, String>> cardVariables) {

    Map<String, Object> properties() {
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("description", description);
      properties.put("priority", priority);
      properties.put("color", color);
      properties.put("refresh", true);
      properties.put("showUndefinedVariable", false);
      properties.put("variables", cardVariables);
      return properties;
    }

    String canonical() {
      return name
          + "|"
          + group
          + "|"
          + properties()
          + "|"
          + new JsonTaskQueryConverter().toJsonObject(query);
    }
  }

  /**
   * The filters, in Tasklist's order (lowest priority first, and Tasklist opens the first one a
   * user may read): each group lands on its own open tasks, then the user's claimed tasks, then the
   * overdue ones. Cards show the variables the features name ({@link AccessPlan#cardShows}).
   */
  /**
   * A card variable in a fixed order: the filters' text is hashed into the plan's version, and
   * {@code Map.of} iterates in an order that differs from JVM to JVM — a second node would
   * otherwise see a new version and apply the plan again.
   */
  private static Map<String, String> card(Map.Entry<String, String> variable) {
    Map<String, String> card = new LinkedHashMap<>();
    card.put("name", variable.getKey());
    card.put("label", variable.getValue());
    return card;
  }

  List<TaskFilter> filters(AccessPlan plan) {
    List<Map<String, String>> cards =
        plan.cardVariables().entrySet().stream().map(IdentitySetup::card).toList();
    List<TaskFilter> open = new ArrayList<>();
    List<TaskFilter> overdue = new ArrayList<>();
    int index = 0;
    for (GroupDefinition group : Groups.ALL) {
      if (Groups.ADMIN.equals(group.id())) {
        continue;
      }
      open.add(
          new TaskFilter(
              group.name() + ": отворени задачи",
              group.id(),
              tasks.createTaskQuery().taskCandidateGroup(group.id()).includeAssignedTasks(),
              index,
              "#2ca02c",
              "Всички отворени задачи на групата",
              cards));
      overdue.add(
          new TaskFilter(
              group.name() + ": просрочени",
              group.id(),
              tasks
                  .createTaskQuery()
                  .taskCandidateGroup(group.id())
                  .includeAssignedTasks()
                  .dueBeforeExpression("${now()}"),
              200 + index,
              "#d62728",
              "Задачите на групата с изтекъл срок",
              cards));
      index++;
    }
    List<TaskFilter> all = new ArrayList<>(open);
    all.add(
        new TaskFilter(
            "Моите задачи",
            null,
            tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"),
            100,
            "#1f77b4",
            "Задачите, поети от мен",
            cards));
    all.addAll(overdue);
    all.add(
        new TaskFilter(
            "Всички просрочени задачи",
            Groups.PROJECT_MANAGERS,
            tasks.createTaskQuery().dueBeforeExpression("${now()}"),
            300,
            "#d62728",
            "Просрочените задачи на всички групи",
            cards));
    return all;
  }

  /** Creates the filters that are missing and brings existing ones (by name) to this version. */
  private void ensureFilters(List<TaskFilter> definitions) {
    for (TaskFilter definition : definitions) {
      Filter filter = filters.createFilterQuery().filterName(definition.name()).singleResult();
      if (filter == null) {
        filter = filters.newTaskFilter(definition.name());
      }
      filter.setQuery(definition.query()).setProperties(definition.properties());
      filters.saveFilter(filter);
      if (definition.group() == null) {
        for (GroupDefinition each : Groups.ALL) {
          grantOnce(each.id(), Resources.FILTER, filter.getId(), Permissions.READ);
        }
      } else {
        grantOnce(definition.group(), Resources.FILTER, filter.getId(), Permissions.READ);
      }
    }
  }
}
