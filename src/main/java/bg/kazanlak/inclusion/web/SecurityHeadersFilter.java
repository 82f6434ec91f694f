package bg.kazanlak.inclusion.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.lang.NonNull;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Production's response headers for the project API, the health endpoint and the start page. The
 * webapps under /camunda/ get theirs from Camunda's own header-security filter (its CSP is the one
 * the webapps and our Cockpit plugins are built for), so they are left alone here.
 */
public class SecurityHeadersFilter extends OncePerRequestFilter {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

  @Override
  protected boolean shouldNotFilter(@NonNull HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/camunda/");
  }

  @Override
  protected void doFilterInternal(
      @NonNull HttpServletRequest request,
      @NonNull HttpServletResponse response,
      @NonNull FilterChain chain)
      throws ServletException, IOException {
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    chain.doFilter(request, response);
  }

  /** On in production only (application-postgres.yaml): the demo runs over plain http. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnProperty("inclusion.web.security-headers")
  static class Registration {
    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
      FilterRegistrationBean<SecurityHeadersFilter> registration =
          new FilterRegistrationBean<>(new SecurityHeadersFilter());
      registration.setName("security-headers");
      // before the authentication filters, so that a 401 carries the headers too
      registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
      return registration;
    }
  }
}
