package bg.kazanlak.inclusion.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.lang.NonNull;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Enforces {@link AllowedGroups} on project API handlers: 403 for a user of other groups. */
public class GroupAccessInterceptor implements HandlerInterceptor {

  private final IdentityService identity;
  private final ObjectMapper json;

  public GroupAccessInterceptor(IdentityService identity, ObjectMapper json) {
    this.identity = identity;
    this.json = json;
  }

  @Override
  public boolean preHandle(
      @NonNull HttpServletRequest request,
      @NonNull HttpServletResponse response,
      @NonNull Object handler)
      throws Exception {
    if (!(handler instanceof HandlerMethod method)) {
      return true;
    }
    AllowedGroups allowed = method.getMethodAnnotation(AllowedGroups.class);
    if (allowed == null) {
      allowed = method.getBeanType().getAnnotation(AllowedGroups.class);
    }
    if (allowed == null) {
      return true;
    }
    Authentication user = identity.getCurrentAuthentication();
    boolean member =
        user != null
            && user.getGroupIds() != null
            && Arrays.stream(allowed.value()).anyMatch(user.getGroupIds()::contains);
    if (!member) {
      ProblemResponses.write(
          json,
          response,
          HttpStatus.FORBIDDEN,
          "Нямате достъп",
          "Тази операция е достъпна за групи: " + String.join(", ", allowed.value()) + ".");
      return false;
    }
    return true;
  }
}
