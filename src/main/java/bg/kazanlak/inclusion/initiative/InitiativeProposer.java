package bg.kazanlak.inclusion.initiative;

import bg.kazanlak.inclusion.process.FourEyes;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Four-eyes rule {@value #NAME}: whoever proposed the initiative (read from the initiative by the
 * case's business key) may neither review its cost nor approve it, whatever groups they are in.
 */
@Component
class InitiativeProposer implements FourEyes {

  static final String NAME = "initiative-proposer";

  private final InitiativeService initiatives;

  InitiativeProposer(InitiativeService initiatives) {
    this.initiatives = initiatives;
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
    String proposer = initiatives.proposer(processBusinessKey);
    return proposer == null ? Set.of() : Set.of(proposer);
  }
}
