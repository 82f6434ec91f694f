package bg.kazanlak.inclusion.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.servlet.server.Session;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The production profile on H2: only the database differs from a real node. */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:production-hardening;DB_CLOSE_DELAY=-1",
      "spring.datasource.username=sa",
      "spring.datasource.password=",
      // an empty database: created here as docs/production.md's first start does
      "camunda.bpm.database.schema-update=true",
      "camunda.bpm.process-engine-name=production-hardening"
    })
@ActiveProfiles({"test", "postgres"})
@AutoConfigureMockMvc
class ProductionHardeningTest {

  @Autowired MockMvc mvc;
  @Autowired ProcessEngine engine;
  @Autowired ServerProperties server;

  @Test
  void theProjectApiAnswersWithTheProductionHeaders() throws Exception {
    mvc.perform(get("/actuator/health").secure(true))
        .andExpect(header().string("Strict-Transport-Security", "max-age=31536000"))
        .andExpect(
            header()
                .string("Content-Security-Policy", SecurityHeadersFilter.CONTENT_SECURITY_POLICY))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    mvc.perform(get("/api/participants/X").secure(true))
        .andExpect(
            header()
                .string("Content-Security-Policy", SecurityHeadersFilter.CONTENT_SECURITY_POLICY));
  }

  @Test
  void theSessionCookieIsSecureAndSameSite() {
    Session.Cookie cookie = server.getServlet().getSession().getCookie();
    assertThat(cookie.getSecure()).isTrue();
    assertThat(cookie.getHttpOnly()).isTrue();
    assertThat(cookie.getSameSite()).isEqualTo(Session.Cookie.SameSite.LAX);
  }

  @Test
  void theEngineRefusesJavaSerializationAndScriptHostAccess() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.isJavaSerializationFormatEnabled()).isFalse();
    assertThat(configuration.isDeserializationTypeValidationEnabled()).isTrue();
    assertThat(configuration.getDeserializationAllowedPackages())
        .isEqualTo("bg.kazanlak.inclusion");
    assertThat(configuration.isConfigureScriptEngineHostAccess()).isFalse();
  }
}
