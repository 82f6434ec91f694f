package bg.kazanlak.inclusion.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic authentication of the project API against the engine's own users: one user base for
 * Tasklist, Cockpit, the engine REST API and the project API. The authenticated user is set on the
 * engine for the request, so the engine's authorization checks apply to what the API does.
 */
public class BasicAuthenticationFilter extends OncePerRequestFilter {

  private final IdentityService identity;
  private final ObjectMapper json;

  public BasicAuthenticationFilter(IdentityService identity, ObjectMapper json) {
    this.identity = identity;
    this.json = json;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String[] credentials = credentials(request.getHeader(HttpHeaders.AUTHORIZATION));
    if (credentials == null || !identity.checkPassword(credentials[0], credentials[1])) {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"kazanlak-inclusion\"");
      ProblemResponses.write(json, response, HttpStatus.UNAUTHORIZED, "Необходим е вход",
          "Влезте с потребителското си име и парола (HTTP Basic).");
      return;
    }
    String userId = credentials[0];
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    List<String> tenants = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true)
        .list().stream().map(Tenant::getId).toList();
    identity.setAuthentication(userId, groups, tenants);
    try {
      chain.doFilter(request, response);
    } finally {
      identity.clearAuthentication();
    }
  }

  private static String[] credentials(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
          StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon <= 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
