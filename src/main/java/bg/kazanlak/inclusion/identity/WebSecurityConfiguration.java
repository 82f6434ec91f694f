package bg.kazanlak.inclusion.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The engine REST API is open by default: Camunda's own Basic filter closes it. The project API
 * gets the same user base through {@link BasicAuthenticationFilter}, and per-method group checks.
 */
@Configuration(proxyBeanMethods = false)
public class WebSecurityConfiguration implements WebMvcConfigurer {

  private final IdentityService identity;
  private final ObjectMapper json;

  private final String engineName;

  private final VerifiedCredentials verified;

  public WebSecurityConfiguration(
      IdentityService identity,
      ObjectMapper json,
      ProcessEngine engine,
      VerifiedCredentials verified) {
    this.identity = identity;
    this.json = json;
    this.engineName = engine.getName();
    this.verified = verified;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new EveryRequestAuthenticated());
    registration.setName("engine-rest-basic-authentication");
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }

  /**
   * Camunda's filter lets {@code /engine-rest/engine} (the list of engines) through without a
   * login; here every request of the engine REST API needs one.
   */
  static class EveryRequestAuthenticated extends ProcessEngineAuthenticationFilter {
    @Override
    protected boolean requiresEngineAuthentication(String requestUrl) {
      return true;
    }
  }

  @Bean
  FilterRegistrationBean<BasicAuthenticationFilter> projectApiAuthentication() {
    FilterRegistrationBean<BasicAuthenticationFilter> registration =
        new FilterRegistrationBean<>(
            new BasicAuthenticationFilter(identity, json, engineName, verified));
    registration.setName("project-api-basic-authentication");
    registration.addUrlPatterns("/api/*");
    return registration;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new GroupAccessInterceptor(identity, json)).addPathPatterns("/api/**");
  }
}
