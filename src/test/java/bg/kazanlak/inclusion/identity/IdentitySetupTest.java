package bg.kazanlak.inclusion.identity;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.TestApplications;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The access plan is applied once per version and database: two nodes applying it at the same
 * moment create one set of filters and grants and both start; an administrator's later change (a
 * removed permission, a REVOKE) survives the next start.
 */
class IdentitySetupTest {

  @Test
  void twoNodesApplyingThePlanTogetherCreateItOnceOnPostgreSql() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        ConfigurableApplicationContext app = TestApplications.start(postgres)) {
      raceTwoStarts(app);
    }
  }

  @Test
  void twoNodesApplyingThePlanTogetherCreateItOnceOnH2() throws Exception {
    try (ConfigurableApplicationContext app =
        TestApplications.start("jdbc:h2:mem:identity-race;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")) {
      raceTwoStarts(app);
    }
  }

  @Test
  void anAdministratorsChangesSurviveTheNextStart() {
    try (ConfigurableApplicationContext app =
        TestApplications.start("jdbc:h2:mem:identity-admin;DB_CLOSE_DELAY=-1")) {
      AuthorizationService authorizations = app.getBean(AuthorizationService.class);
      IdentitySetup setup = app.getBean(IdentitySetup.class);
      Authorization officersStart =
          authorizations
              .createAuthorizationQuery()
              .groupIdIn(Groups.CASE_OFFICERS)
              .resourceType(Resources.PROCESS_DEFINITION)
              .resourceId("participant-onboarding")
              .singleResult();
      authorizations.deleteAuthorization(officersStart.getId());
      Authorization revoke = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
      revoke.setGroupId(Groups.SOCIAL_WORKERS);
      revoke.setResource(Resources.PROCESS_DEFINITION);
      revoke.setResourceId("participant-onboarding");
      revoke.addPermission(Permissions.READ_INSTANCE);
      authorizations.saveAuthorization(revoke);

      setup.ensureGroupsAndAccess();

      assertThat(
              authorizations
                  .createAuthorizationQuery()
                  .groupIdIn(Groups.CASE_OFFICERS)
                  .resourceType(Resources.PROCESS_DEFINITION)
                  .resourceId("participant-onboarding")
                  .count())
          .isZero();
      assertThat(
              authorizations
                  .createAuthorizationQuery()
                  .groupIdIn(Groups.SOCIAL_WORKERS)
                  .authorizationType(Authorization.AUTH_TYPE_REVOKE)
                  .count())
          .isOne();
    }
  }

  @Test
  void theGroupsGetLeastPrivilege() {
    try (ConfigurableApplicationContext app =
        TestApplications.start("jdbc:h2:mem:identity-plan;DB_CLOSE_DELAY=-1")) {
      AuthorizationService authorizations = app.getBean(AuthorizationService.class);
      for (String group :
          List.of(
              Groups.CASE_OFFICERS,
              Groups.SOCIAL_WORKERS,
              Groups.HR_OFFICERS,
              Groups.FINANCE,
              Groups.INITIATIVE_COORDINATORS,
              Groups.PROJECT_MANAGERS)) {
        for (Authorization grant :
            authorizations.createAuthorizationQuery().groupIdIn(group).list()) {
          assertThat(grant.isPermissionGranted(Permissions.UPDATE)).as(group).isFalse();
          assertThat(grant.isPermissionGranted(Permissions.DELETE)).as(group).isFalse();
          if (grant.getResourceType() == Resources.PROCESS_DEFINITION.resourceType()) {
            assertThat(grant.isPermissionGranted(Permissions.UPDATE_INSTANCE)).as(group).isFalse();
            assertThat(grant.isPermissionGranted(Permissions.DELETE_INSTANCE)).as(group).isFalse();
          }
        }
      }
    }
  }

  @Test
  void aNewVersionBringsExistingFiltersToTheirDefinitionAndEachGroupLandsOnItsOpenTasks() {
    try (ConfigurableApplicationContext app =
        TestApplications.start("jdbc:h2:mem:identity-filters;DB_CLOSE_DELAY=-1")) {
      FilterService filters = app.getBean(FilterService.class);
      JdbcClient jdbc = app.getBean(JdbcClient.class);
      long count = filters.createFilterQuery().count();
      // as a database set up by an earlier release: older card variables, another version
      Filter finance =
          filters.createFilterQuery().filterName("Финанси: отворени задачи").singleResult();
      finance.setProperties(
          Map.of(
              "priority",
              4,
              "variables",
              List.of(Map.of("name", "registrationNumber", "label", "Рег. номер"))));
      filters.saveFilter(finance);
      jdbc.sql("update identity_setup set version = 'earlier-release'").update();

      app.getBean(IdentitySetup.class).ensureGroupsAndAccess();

      assertThat(filters.createFilterQuery().count()).isEqualTo(count);
      Map<String, Object> properties = filters.getFilter(finance.getId()).getProperties();
      assertThat(properties.get("variables"))
          .asString()
          .contains("expenseNumber", "amount", "supplier");
      assertThat(properties.get("refresh")).isEqualTo(true);
      // Tasklist opens the readable filter with the lowest priority: the group's open tasks
      AuthorizationService authorizations = app.getBean(AuthorizationService.class);
      for (String group :
          List.of(
              Groups.CASE_OFFICERS,
              Groups.SOCIAL_WORKERS,
              Groups.HR_OFFICERS,
              Groups.FINANCE,
              Groups.INITIATIVE_COORDINATORS,
              Groups.PROJECT_MANAGERS)) {
        Filter first =
            filters.createFilterQuery().list().stream()
                .filter(
                    filter ->
                        authorizations
                                .createAuthorizationQuery()
                                .groupIdIn(group)
                                .resourceType(Resources.FILTER)
                                .resourceId(filter.getId())
                                .count()
                            > 0)
                .min(
                    Comparator.comparingInt(
                        filter -> ((Number) filter.getProperties().get("priority")).intValue()))
                .orElseThrow();
        assertThat(first.getName()).as(group).endsWith(": отворени задачи");
      }
    }
  }

  private static void raceTwoStarts(ConfigurableApplicationContext app) throws Exception {
    JdbcClient jdbc = app.getBean(JdbcClient.class);
    FilterService filters = app.getBean(FilterService.class);
    long filterCount = filters.createFilterQuery().count();
    long grantCount = app.getBean(AuthorizationService.class).createAuthorizationQuery().count();
    // as on an empty database: no plan applied, no filters
    jdbc.sql("delete from identity_setup").update();
    filters.createFilterQuery().list().forEach(filter -> filters.deleteFilter(filter.getId()));
    IdentitySetup setup = app.getBean(IdentitySetup.class);

    ExecutorService nodes = Executors.newFixedThreadPool(2);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> starts = new ArrayList<>();
    for (int node = 0; node < 2; node++) {
      starts.add(
          nodes.submit(
              () -> {
                go.await();
                setup.ensureGroupsAndAccess();
                return null;
              }));
    }
    go.countDown();
    for (Future<?> start : starts) {
      start.get(1, TimeUnit.MINUTES);
    }
    nodes.shutdown();

    assertThat(filters.createFilterQuery().count()).isEqualTo(filterCount);
    assertThat(jdbc.sql("select count(*) from identity_setup").query(Long.class).single()).isOne();
    // the filters' grants point at the new filters; the groups' grants are as many as before
    assertThat(app.getBean(AuthorizationService.class).createAuthorizationQuery().count())
        .isEqualTo(grantCount);
  }
}
