package bg.kazanlak.inclusion.identity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The project API's {@link VerifiedCredentials} and the engine plugin that installs {@link
 * IdentityChangeInterceptor}, which forgets them at every identity change made through the engine.
 */
@Configuration(proxyBeanMethods = false)
public class CredentialsCachePlugin {

  @Bean
  VerifiedCredentials verifiedCredentials() {
    return new VerifiedCredentials();
  }

  @Bean
  AbstractProcessEnginePlugin identityChangeForgetsCredentials(VerifiedCredentials credentials) {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        // before the transaction interceptor: the second forgetting happens after the commit
        List<CommandInterceptor> interceptors =
            configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(new IdentityChangeInterceptor(credentials));
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
      }
    };
  }
}
