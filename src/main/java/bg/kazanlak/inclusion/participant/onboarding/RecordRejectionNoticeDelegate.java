package bg.kazanlak.inclusion.participant.onboarding;

import static bg.kazanlak.inclusion.participant.onboarding.OnboardingVariables.*;

import bg.kazanlak.inclusion.identity.CurrentUser;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.participant.RejectionNotice;
import bg.kazanlak.inclusion.process.FormValues;
import bg.kazanlak.inclusion.process.Forms;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records how and when the case officer told a rejected person of the decision; the registry
 * checks it, and a refusal rolls the task's completion back.
 */
@Component
public class RecordRejectionNoticeDelegate implements JavaDelegate {

  private final ParticipantRegistry registry;
  private final Forms forms;
  private final CurrentUser currentUser;

  public RecordRejectionNoticeDelegate(
      ParticipantRegistry registry, Forms forms, CurrentUser currentUser) {
    this.registry = registry;
    this.forms = forms;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormValues form = forms.of(execution);
    RejectionNotice notice = new RejectionNotice(
        form.date(NOTICE_DATE, "Невалидна дата на уведомяване."),
        form.enumValue(NOTICE_CHANNEL, RejectionNotice.Channel.class,
            "Непознат начин на уведомяване."),
        form.text(NOTICE_NOTE));
    registry.recordRejectionNotice(execution.getProcessBusinessKey(), notice, currentUser.id());
    execution.removeVariable(NOTICE_NOTE);
  }
}
