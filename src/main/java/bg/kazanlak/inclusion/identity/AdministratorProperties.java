package bg.kazanlak.inclusion.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first administrator of a production installation; the password comes from the environment.
 */
@ConfigurationProperties("inclusion.admin")
public record AdministratorProperties(@DefaultValue("admin") String userId, String password) {}
