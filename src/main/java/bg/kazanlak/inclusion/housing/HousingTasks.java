package bg.kazanlak.inclusion.housing;

import org.springframework.stereotype.Component;

/**
 * What the user tasks of {@code housing-support-plan} ask of the domain (public, so that the
 * expression language may call it as {@code housingTasks}): the key worker a task is assigned to,
 * read from the plan by the case's business key, never from a variable; and each task's deadline in
 * working days, from {@code inclusion.housing}.
 */
@Component("housingTasks")
public class HousingTasks {

  private final SupportPlans plans;
  private final HousingProperties housing;

  HousingTasks(SupportPlans plans, HousingProperties housing) {
    this.plans = plans;
    this.housing = housing;
  }

  /** The plan's key worker (the social worker who recorded the tenancy). */
  public String keyWorker(String head) {
    return plans.keyWorker(head);
  }

  public int assessmentDays() {
    return housing.assessmentWorkingDays();
  }

  public int planDays() {
    return housing.planWorkingDays();
  }

  public int approvalDays() {
    return housing.approvalWorkingDays();
  }

  public int reviewDays() {
    return housing.reviewWorkingDays();
  }

  public int conferenceDays() {
    return housing.conferenceWorkingDays();
  }

  public int evaluationDays() {
    return housing.evaluationWorkingDaysBeforeEnd();
  }
}
