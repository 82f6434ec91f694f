package bg.kazanlak.inclusion.identity;

import java.util.List;
import java.util.function.Supplier;
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

  /** The user engine calls run as the application for, while they run without authentication. */
  private static final ThreadLocal<String> ACTING_FOR = new ThreadLocal<>();

  public String id() {
    Authentication authentication = identity.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  /**
   * Who caused what the thread does: the authenticated user, or the user the application acts for
   * (a withdrawal through the API correlates the case as the application); null for a job or a
   * timer. For the audit trail, never for an authorization check.
   */
  public String actor() {
    String user = id();
    return user != null ? user : ACTING_FOR.get();
  }

  /** Runs work that clears the authentication, remembering {@code userId} as its {@link #actor}. */
  public static <T> T actingFor(String userId, Supplier<T> work) {
    String before = ACTING_FOR.get();
    if (userId != null) {
      ACTING_FOR.set(userId);
    }
    try {
      return work.get();
    } finally {
      if (before == null) {
        ACTING_FOR.remove();
      } else {
        ACTING_FOR.set(before);
      }
    }
  }

  /** The groups of the authenticated user; none when nobody is signed in. */
  public List<String> groupIds() {
    Authentication authentication = identity.getCurrentAuthentication();
    return authentication == null || authentication.getGroupIds() == null
        ? List.of()
        : List.copyOf(authentication.getGroupIds());
  }
}
