package bg.kazanlak.inclusion.participant.onboarding;

import bg.kazanlak.inclusion.process.FormValues;
import static bg.kazanlak.inclusion.participant.onboarding.OnboardingVariables.*;

import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.participant.RejectionNotice;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import java.time.LocalDate;
import bg.kazanlak.inclusion.identity.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records how and when the case officer told a rejected person of the decision; a refusal rolls
 * the task's completion back.
 */
@Component
public class RecordRejectionNoticeDelegate implements JavaDelegate {

  private final ParticipantRegistry registry;
  private final ProgrammeClock clock;
  private final CurrentUser currentUser;

  public RecordRejectionNoticeDelegate(
      ParticipantRegistry registry, ProgrammeClock clock, CurrentUser currentUser) {
    this.registry = registry;
    this.clock = clock;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormValues form = new FormValues(execution);
    LocalDate informedOn = form.date(NOTICE_DATE, "Невалидна дата на уведомяване.");
    if (informedOn == null) {
      throw RequestRefusedException.invalid(NOTICE_DATE, "Въведете датата на уведомяване.");
    }
    if (informedOn.isAfter(clock.today())) {
      throw RequestRefusedException.invalid(NOTICE_DATE, "Датата на уведомяване е в бъдещето.");
    }
    String channelCode = form.requiredText(NOTICE_CHANNEL, "Изберете начин на уведомяване.");
    RejectionNotice.Channel channel;
    try {
      channel = RejectionNotice.Channel.valueOf(channelCode);
    } catch (IllegalArgumentException e) {
      throw RequestRefusedException.invalid(NOTICE_CHANNEL, "Непознат начин на уведомяване.");
    }
    registry.recordRejectionNotice((String) execution.getVariable(REGISTRATION_NUMBER),
        new RejectionNotice(informedOn, channel, form.text(NOTICE_NOTE)), currentUser.id());
    execution.removeVariable(NOTICE_NOTE);
  }
}
