package bg.kazanlak.inclusion.process;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Marks the engine's own doors — the engine REST API and the webapps' engine API — whose commands
 * {@link EngineDoorGuard} treats as untrusted. The door and its guard live together here; the
 * identity module only authenticates the requests.
 */
@Configuration(proxyBeanMethods = false)
class EngineDoorConfiguration {

  @Bean
  FilterRegistrationBean<EngineDoor> engineDoors() {
    FilterRegistrationBean<EngineDoor> registration =
        new FilterRegistrationBean<>(new EngineDoor());
    registration.setName("engine-doors");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    return registration;
  }
}
