package bg.kazanlak.inclusion.process;

import bg.kazanlak.inclusion.identity.CurrentUser;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls as the application rather than as the signed-in user. The project API checks
 * the caller's group itself and then correlates a message or starts a process that the caller's
 * group may not touch through the engine's own door (e.g. a social worker's withdrawal correlates
 * the onboarding case; a club purchase starts an expense). The engine checks authorizations only
 * for an authenticated user, so the call runs without one and the user's authentication is put back
 * afterwards. The audit trail still names the user ({@link CurrentUser#actor}).
 */
@Component
public class AsApplication {

  private final IdentityService identity;

  public AsApplication(IdentityService identity) {
    this.identity = identity;
  }

  public <T> T call(Supplier<T> work) {
    Authentication user = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return CurrentUser.actingFor(user == null ? null : user.getUserId(), work);
    } finally {
      if (user != null) {
        identity.setAuthentication(user);
      }
    }
  }

  public void run(Runnable work) {
    call(
        () -> {
          work.run();
          return null;
        });
  }
}
