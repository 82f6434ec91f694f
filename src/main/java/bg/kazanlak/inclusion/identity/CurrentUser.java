package bg.kazanlak.inclusion.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** The engine user the current request authenticated as. */
@Component
public class CurrentUser {

  private final IdentityService identity;

  public CurrentUser(IdentityService identity) {
    this.identity = identity;
  }

  public String id() {
    Authentication authentication = identity.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
