package bg.kazanlak.inclusion.housing;

import bg.kazanlak.inclusion.process.FourEyes;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Four-eyes rule {@value #NAME}: whoever wrote the version of the plan waiting for approval (read
 * from the plan by the case's business key) may not approve it, whatever groups they are in.
 */
@Component
class PlanAuthor implements FourEyes {

  static final String NAME = "housing-plan-author";

  private final SupportPlans plans;

  PlanAuthor(SupportPlans plans) {
    this.plans = plans;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String refusal() {
    return "планът се одобрява от друг ръководител, не от неговия автор.";
  }

  @Override
  public Set<String> excludedUsers(String processBusinessKey) {
    String author = plans.author(processBusinessKey);
    return author == null ? Set.of() : Set.of(author);
  }
}
