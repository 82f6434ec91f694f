package bg.kazanlak.inclusion.initiative;

import bg.kazanlak.inclusion.process.FourEyes;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Four-eyes rule {@value #NAME}: whoever proposed the initiative (read from the initiative by the
 * case's business key) may neither review its cost nor approve it, whatever groups they are in. It
 * reads the repository, not {@link InitiativeService}: the engine's plugin needs the rule before
 * the engine exists, and the service needs the engine's decision service.
 */
@Component
class InitiativeProposer implements FourEyes {

  static final String NAME = "initiative-proposer";

  private final InitiativeRepository repository;

  InitiativeProposer(InitiativeRepository repository) {
    this.repository = repository;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String refusal() {
    return "за инициативата решава друг служител, не този, който я е предложил.";
  }

  @Override
  public Set<String> excludedUsers(String processBusinessKey) {
    String proposer = processBusinessKey == null ? null : repository.proposer(processBusinessKey);
    return proposer == null ? Set.of() : Set.of(proposer);
  }
}
