package bg.kazanlak.inclusion.identity;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * At start: the groups, authorizations and filters; outside the demo profile, the first
 * administrator from {@code INCLUSION_ADMIN_PASSWORD}, without which the application refuses to
 * start rather than run with a default password.
 */
@Component
public class IdentityInitializer {

  private static final Logger log = LoggerFactory.getLogger(IdentityInitializer.class);

  private final IdentitySetup setup;
  private final AdministratorProperties administrator;
  private final Environment environment;

  public IdentityInitializer(
      IdentitySetup setup, AdministratorProperties administrator, Environment environment) {
    this.setup = setup;
    this.administrator = administrator;
    this.environment = environment;
  }

  public void initialise() {
    setup.ensureGroupsAndAccess();
    if (!environment.acceptsProfiles(Profiles.of("demo"))) {
      ensureAdministrator();
    }
  }

  private void ensureAdministrator() {
    if (administrator.password() == null || administrator.password().isBlank()) {
      throw new IllegalStateException(
          "No administrator password: set the environment variable INCLUSION_ADMIN_PASSWORD "
              + "(or run with the demo profile). The application does not start with a default "
              + "password.");
    }
    if (!setup.hasAdministrator()) {
      try {
        setup.ensureUser(
            administrator.userId(),
            "Администратор",
            "Система",
            administrator.password(),
            List.of(Groups.ADMIN));
        log.info("Created the first administrator '{}'", administrator.userId());
      } catch (ProcessEngineException raced) {
        // another node starting at the same moment created it first
        if (!setup.hasAdministrator()) {
          throw raced;
        }
      }
    }
  }
}
