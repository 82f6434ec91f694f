package bg.kazanlak.inclusion.participant.onboarding;

import static bg.kazanlak.inclusion.participant.onboarding.OnboardingVariables.*;

import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.participant.RejectionNotice;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Records how and when the case officer told a rejected person of the decision. */
@Component
public class RejectionNoticeListener implements TaskListener {

  private final ParticipantRegistry registry;
  private final ProgrammeClock clock;

  public RejectionNoticeListener(ParticipantRegistry registry, ProgrammeClock clock) {
    this.registry = registry;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    FormValues form = new FormValues(task);
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
    registry.recordRejectionNotice((String) task.getVariable(REGISTRATION_NUMBER),
        new RejectionNotice(informedOn, channel, form.text(NOTICE_NOTE)), task.getAssignee());
    task.getExecution().removeVariable(NOTICE_NOTE);
  }
}
