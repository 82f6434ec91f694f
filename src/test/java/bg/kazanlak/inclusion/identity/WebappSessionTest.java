package bg.kazanlak.inclusion.identity;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.ApiTest;
import bg.kazanlak.inclusion.ApiTestSupport;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One login: a document linked from a Tasklist form opens with the webapps' session, without a
 * second (HTTP Basic) login; a request that changes something still needs credentials.
 */
class WebappSessionTest extends ApiTest {

  @LocalServerPort int port;

  private final CookieManager cookies = new CookieManager();
  private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();

  @Test
  void aDocumentOpensInTheTasklistLoginButChangesNeedCredentials() throws Exception {
    assertThat(browse("/api/employment/contracts")).isEqualTo(401);

    signInToTasklist("t-hr");

    assertThat(browse("/api/employment/contracts")).isEqualTo(200);
    assertThat(browse("/api/budget")).isEqualTo(403);
    HttpResponse<String> terminate =
        browser.send(
            HttpRequest.newBuilder(url("/api/employment/contracts/C-1/termination"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(terminate.statusCode()).isEqualTo(401);
  }

  /** Cockpit's «Показатели» and «Досие на участник» read the project API in the Cockpit login. */
  @Test
  void theManagersReportsOpenInTheCockpitLogin() throws Exception {
    assertThat(browse("/api/reports/dashboard")).isEqualTo(401);

    signIn("t-manager", "cockpit");

    assertThat(browse("/api/reports/dashboard")).isEqualTo(200);
    assertThat(browse("/api/reports/indicators")).isEqualTo(200);
    assertThat(browse("/api/budget")).isEqualTo(200);
    assertThat(browse("/api/reports/financial.xlsx")).isEqualTo(200);
    assertThat(browse("/api/case-files?q=%D0%98%D0%B2%D0%B0%D0%BD")).isEqualTo(200);
  }

  private void signInToTasklist(String user) throws Exception {
    signIn(user, "tasklist");
  }

  private void signIn(String user, String app) throws Exception {
    browser.send(
        HttpRequest.newBuilder(url("/camunda/app/" + app + "/")).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    String token =
        cookies.getCookieStore().getCookies().stream()
            .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
            .map(HttpCookie::getValue)
            .findFirst()
            .orElseThrow();
    HttpResponse<String> login =
        browser.send(
            HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", token)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=" + user + "&password=" + ApiTestSupport.PASSWORD))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).isEqualTo(200);
  }

  private int browse(String path) throws Exception {
    return browser
        .send(
            HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private URI url(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
