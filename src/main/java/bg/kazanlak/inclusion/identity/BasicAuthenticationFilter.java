package bg.kazanlak.inclusion.identity;

import bg.kazanlak.inclusion.identity.VerifiedCredentials.Verified;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic authentication of the project API against the engine's own users: one user base for
 * Tasklist, Cockpit, the engine REST API and the project API. A document read (GET) may also use
 * the webapps' signed-in session, so links from Tasklist forms need no second login. The
 * authenticated user is set on the engine for the request, so the engine's authorization checks
 * apply to what the API does.
 */
public class BasicAuthenticationFilter extends OncePerRequestFilter {

  private final IdentityService identity;
  private final ObjectMapper json;

  private final String engineName;

  /**
   * Credentials verified within the last seconds: every API client sends its credentials with each
   * request, and checking them through the engine cost three engine commands per request.
   */
  private final VerifiedCredentials verified;

  public BasicAuthenticationFilter(
      IdentityService identity,
      ObjectMapper json,
      String engineName,
      VerifiedCredentials verified) {
    this.identity = identity;
    this.json = json;
    this.engineName = engineName;
    this.verified = verified;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Verified user = basicUser(request);
    if (user == null) {
      String webappUser = webappUser(request);
      user = webappUser == null ? null : lookUp(webappUser);
    }
    if (user == null) {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"kazanlak-inclusion\"");
      ProblemResponses.write(
          json,
          response,
          HttpStatus.UNAUTHORIZED,
          "Необходим е вход",
          "Влезте с потребителското си име и парола (HTTP Basic).");
      return;
    }
    identity.setAuthentication(user.userId(), user.groups(), user.tenants());
    try {
      chain.doFilter(request, response);
    } finally {
      identity.clearAuthentication();
    }
  }

  /**
   * The user of valid Basic credentials: from {@link VerifiedCredentials} when the same credentials
   * were verified seconds ago, else checked by the engine (and then remembered). A failed check is
   * never remembered, and forgets the user's remembered credentials: it may have locked the user.
   */
  private Verified basicUser(HttpServletRequest request) {
    String[] credentials = credentials(request.getHeader(HttpHeaders.AUTHORIZATION));
    if (credentials == null) {
      return null;
    }
    Verified known = verified.find(credentials[0], credentials[1]);
    if (known != null) {
      return known;
    }
    if (!identity.checkPassword(credentials[0], credentials[1])) {
      verified.forgetUser(credentials[0]);
      return null;
    }
    Verified user = lookUp(credentials[0]);
    verified.remember(credentials[1], user);
    return user;
  }

  /** The user's groups and tenants, from the engine. */
  private Verified lookUp(String userId) {
    List<String> groups =
        identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    List<String> tenants =
        identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
            .map(Tenant::getId)
            .toList();
    return new Verified(userId, groups, tenants);
  }

  /**
   * A document linked from a Tasklist form (the contract PDF, a report) opens in the same login: a
   * GET without credentials may use the user signed in to the webapps in this browser session. Only
   * reads: a request that changes something needs credentials, so another site cannot make a
   * signed-in browser change anything (the webapps' own API has its CSRF token for that).
   */
  private String webappUser(HttpServletRequest request) {
    if (request.getHeader(HttpHeaders.AUTHORIZATION) != null
        || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
      return null;
    }
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications signedIn = AuthenticationUtil.getAuthsFromSession(session);
    Authentication user =
        signedIn == null ? null : signedIn.getAuthenticationForProcessEngine(engineName);
    return user == null ? null : user.getName();
  }

  private static String[] credentials(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon <= 0
          ? null
          : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
