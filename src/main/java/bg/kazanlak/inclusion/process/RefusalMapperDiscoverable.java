package bg.kazanlak.inclusion.process;

import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Registers {@link RefusalMapper} in every Jersey application of the server — the engine REST API
 * and the webapps' own engine API, whose configuration Camunda fixes — through Jersey's service
 * loader ({@code META-INF/services}).
 */
public class RefusalMapperDiscoverable implements ForcedAutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(RefusalMapper.class)) {
      context.register(RefusalMapper.class);
    }
  }
}
