package bg.kazanlak.inclusion.initiative;

import org.springframework.stereotype.Component;

/**
 * What the user tasks of {@code initiative-approval} ask of the domain (public, so that the
 * expression language may call it as {@code initiativeTasks}): the proposer a task is assigned to,
 * read from the initiative by the case's business key, never from a variable; and each task's
 * deadline in working days, from {@code inclusion.initiatives}.
 */
@Component("initiativeTasks")
public class InitiativeTasks {

  private final InitiativeService initiatives;
  private final InitiativeProperties properties;

  InitiativeTasks(InitiativeService initiatives, InitiativeProperties properties) {
    this.initiatives = initiatives;
    this.properties = properties;
  }

  /** The coordinator who proposed the initiative. */
  public String proposer(String initiativeNumber) {
    return initiatives.proposer(initiativeNumber);
  }

  public int approvalDays() {
    return properties.approvalWorkingDays();
  }

  public int correctionDays() {
    return properties.correctionWorkingDays();
  }

  public int reportDays() {
    return properties.reportWorkingDays();
  }
}
