package bg.kazanlak.inclusion;

import bg.kazanlak.inclusion.identity.Groups;
import bg.kazanlak.inclusion.identity.IdentitySetup;
import java.util.List;

/** Users of the HTTP tests, one per contract group (password "secret"). */
public final class ApiTestSupport {

  public static final String PASSWORD = "secret";

  private ApiTestSupport() {}

  public static void ensureUsers(IdentitySetup identity) {
    identity.ensureUser("t-officer", "Тест", "Експерт", PASSWORD, List.of(Groups.CASE_OFFICERS));
    identity.ensureUser("t-social", "Тест", "Социален", PASSWORD, List.of(Groups.SOCIAL_WORKERS));
    identity.ensureUser("t-hr", "Тест", "Персонал", PASSWORD, List.of(Groups.HR_OFFICERS));
    identity.ensureUser("t-finance", "Тест", "Финанси", PASSWORD, List.of(Groups.FINANCE));
    identity.ensureUser(
        "t-coordinator", "Тест", "Координатор", PASSWORD, List.of(Groups.INITIATIVE_COORDINATORS));
    identity.ensureUser("t-locked", "Тест", "Заключен", PASSWORD, List.of());
    identity.ensureUser(
        "t-manager", "Тест", "Ръководител", PASSWORD, List.of(Groups.PROJECT_MANAGERS));
    // in every group of the contract but the administrators': four-eyes must refuse even them
    identity.ensureUser(
        "t-all",
        "Тест",
        "Всички",
        PASSWORD,
        Groups.ALL.stream()
            .map(Groups.GroupDefinition::id)
            .filter(id -> !Groups.ADMIN.equals(id))
            .toList());
    identity.ensureUser("t-admin", "Тест", "Администратор", PASSWORD, List.of(Groups.ADMIN));
  }
}
