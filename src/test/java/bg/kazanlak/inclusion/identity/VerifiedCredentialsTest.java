package bg.kazanlak.inclusion.identity;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.identity.VerifiedCredentials.Verified;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

  private final AtomicLong now = new AtomicLong();
  private final VerifiedCredentials credentials =
      new VerifiedCredentials(Duration.ofSeconds(10), now::get);
  private final Verified officer = new Verified("officer", List.of("case-officers"), List.of());

  @Test
  void remembersVerifiedCredentialsForTheTimeToLiveOnly() {
    credentials.remember("secret", officer);

    assertThat(credentials.find("officer", "secret")).isEqualTo(officer);
    now.addAndGet(Duration.ofSeconds(10).toNanos());
    assertThat(credentials.find("officer", "secret")).isNull();
  }

  @Test
  void anotherPasswordOrUserIsNotRemembered() {
    credentials.remember("secret", officer);

    assertThat(credentials.find("officer", "Secret")).isNull();
    assertThat(credentials.find("officer2", "secret")).isNull();
    assertThat(credentials.find("officerx", "")).isNull();
  }

  @Test
  void aFailedCheckOrAnIdentityChangeForgets() {
    Verified social = new Verified("social", List.of("social-workers"), List.of());
    credentials.remember("secret", officer);
    credentials.remember("other", social);

    credentials.forgetUser("officer");
    assertThat(credentials.find("officer", "secret")).isNull();
    assertThat(credentials.find("social", "other")).isEqualTo(social);

    credentials.forgetAll();
    assertThat(credentials.find("social", "other")).isNull();
  }

  @Test
  void theInterceptorKnowsTheEngineIdentityCommands() throws ClassNotFoundException {
    for (String command : IdentityChangeInterceptor.IDENTITY_COMMANDS) {
      assertThat(Class.forName("org.camunda.bpm.engine.impl.cmd." + command)).isNotNull();
    }
  }
}
