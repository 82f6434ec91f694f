package bg.kazanlak.inclusion.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import bg.kazanlak.inclusion.identity.Groups.GroupDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;

/**
 * Creates, if missing, the contract's groups, what each group may do in the engine, and the
 * Tasklist filters each group works from. Idempotent: it runs at every start, on every node.
 */
@Service
public class IdentitySetup {

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final FilterService filters;
  private final TaskService tasks;

  public IdentitySetup(
      IdentityService identity,
      AuthorizationService authorizations,
      FilterService filters,
      TaskService tasks) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.filters = filters;
    this.tasks = tasks;
  }

  public void ensureGroupsAndAccess() {
    for (GroupDefinition definition : Groups.ALL) {
      if (identity.createGroupQuery().groupId(definition.id()).count() == 0) {
        Group group = identity.newGroup(definition.id());
        group.setName(definition.name());
        group.setType(Groups.ADMIN.equals(definition.id()) ? "SYSTEM" : "WORKFLOW");
        identity.saveGroup(group);
      }
      if (!Groups.ADMIN.equals(definition.id())) {
        grant(definition.id(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(definition.id(), Resources.USER, ANY, Permissions.READ);
        grant(definition.id(), Resources.GROUP, ANY, Permissions.READ);
      }
    }
    grantAdministrator();
    grantCaseOfficers();
    grantSocialWorkers();
    grantExpenseRequesters();
    grantEmploymentGroups();
    grantProjectManagers();
    ensureFilters();
  }

  /** Creates a user in the given groups unless the id exists (then it is left alone). */
  public void ensureUser(String id, String firstName, String lastName, String password,
      List<String> groups) {
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

  private void grantAdministrator() {
    for (Resource resource : Resources.values()) {
      grant(Groups.ADMIN, resource, ANY, Permissions.ALL);
    }
  }

  private void grantCaseOfficers() {
    String group = Groups.CASE_OFFICERS;
    grant(group, Resources.PROCESS_DEFINITION, "participant-onboarding",
        Permissions.READ, Permissions.CREATE_INSTANCE, Permissions.READ_INSTANCE,
        Permissions.UPDATE_INSTANCE);
    grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    // the eligibility rules run as the officer who completes the registration step
    grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.CREATE_INSTANCE);
  }

  /** Social workers may record a withdrawal: find the case and correlate its message. */
  private void grantSocialWorkers() {
    grant(Groups.SOCIAL_WORKERS, Resources.PROCESS_DEFINITION, "participant-onboarding",
        Permissions.READ, Permissions.READ_INSTANCE, Permissions.UPDATE_INSTANCE);
  }

  /**
   * Finance and initiative coordinators ask for expenses (Tasklist start form or API); social
   * workers ask for their clubs' purchases ({@code POST /api/clubs/{id}/purchases}).
   */
  private void grantExpenseRequesters() {
    for (String group :
        List.of(Groups.FINANCE, Groups.INITIATIVE_COORDINATORS, Groups.SOCIAL_WORKERS)) {
      grant(group, Resources.PROCESS_DEFINITION, "expense-approval",
          Permissions.READ, Permissions.CREATE_INSTANCE, Permissions.READ_INSTANCE);
      grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    }
  }

  /**
   * HR officers run the employment cases (and terminate contracts through their message); case
   * officers record the results after leaving and finance answers payroll escalations there.
   */
  private void grantEmploymentGroups() {
    for (String group : List.of(Groups.HR_OFFICERS, Groups.CASE_OFFICERS, Groups.FINANCE)) {
      grant(group, Resources.PROCESS_DEFINITION, "employment",
          Permissions.READ, Permissions.READ_INSTANCE, Permissions.UPDATE_INSTANCE);
    }
  }

  /** Managers watch everything in Cockpit and may retry failed jobs, but change no model. */
  private void grantProjectManagers() {
    String group = Groups.PROJECT_MANAGERS;
    grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_INSTANCE,
        Permissions.READ_HISTORY, Permissions.READ_TASK, Permissions.UPDATE_INSTANCE,
        ProcessDefinitionPermissions.RETRY_JOB);
    grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.READ, Permissions.UPDATE,
        ProcessInstancePermissions.RETRY_JOB);
    grant(group, Resources.TASK, ANY, Permissions.READ);
    grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
    grant(group, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
  }

  private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = authorizations.createAuthorizationQuery()
        .groupIdIn(group).resourceType(resource).resourceId(resourceId).singleResult();
    Authorization authorization = existing != null
        ? existing
        : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    if (existing == null) {
      authorization.setGroupId(group);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }

  private void ensureFilters() {
    filter("Моите задачи", null, tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"),
        -10, "#1f77b4", "Задачите, поети от мен");
    int priority = 0;
    for (GroupDefinition group : Groups.ALL) {
      if (Groups.ADMIN.equals(group.id())) {
        continue;
      }
      filter(group.name() + ": отворени задачи", group.id(),
          tasks.createTaskQuery().taskCandidateGroup(group.id()).includeAssignedTasks(),
          priority++, "#2ca02c", "Всички отворени задачи на групата");
      filter(group.name() + ": просрочени", group.id(),
          tasks.createTaskQuery().taskCandidateGroup(group.id()).includeAssignedTasks()
              .dueBeforeExpression("${now()}"),
          priority++, "#d62728", "Задачите на групата с изтекъл срок");
    }
    filter("Всички просрочени задачи", Groups.PROJECT_MANAGERS,
        tasks.createTaskQuery().dueBeforeExpression("${now()}"), priority, "#d62728",
        "Просрочените задачи на всички групи");
  }

  private void filter(String name, String group, TaskQuery query, int priority, String color,
      String description) {
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("description", description);
      properties.put("priority", priority);
      properties.put("color", color);
      properties.put("refresh", true);
      properties.put("showUndefinedVariable", false);
      properties.put("variables", List.of(
          Map.of("name", "registrationNumber", "label", "Рег. номер"),
          Map.of("name", "displayName", "label", "Участник")));
      filter = filters.newTaskFilter(name).setQuery(query).setProperties(properties);
      filters.saveFilter(filter);
    }
    if (group == null) {
      grantEveryone(filter);
    } else {
      grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
    }
  }

  private void grantEveryone(Filter filter) {
    for (GroupDefinition group : Groups.ALL) {
      grant(group.id(), Resources.FILTER, filter.getId(), Permissions.READ);
    }
  }
}
