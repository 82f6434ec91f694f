package bg.kazanlak.inclusion.participant.onboarding;

import static bg.kazanlak.inclusion.participant.onboarding.OnboardingVariables.ASSESSMENT_FIELDS;
import static bg.kazanlak.inclusion.participant.onboarding.OnboardingVariables.CANDIDATE_STREAMS;
import static bg.kazanlak.inclusion.participant.onboarding.OnboardingVariables.CANDIDATE_STREAMS_TEXT;
import static bg.kazanlak.inclusion.participant.onboarding.OnboardingVariables.DISPLAY_NAME;
import static bg.kazanlak.inclusion.participant.onboarding.OnboardingVariables.DUPLICATE_CANDIDATES;
import static bg.kazanlak.inclusion.participant.onboarding.OnboardingVariables.DUPLICATE_DECISION;
import static bg.kazanlak.inclusion.participant.onboarding.OnboardingVariables.DUPLICATE_OF;
import static bg.kazanlak.inclusion.participant.onboarding.OnboardingVariables.DUPLICATE_OUTCOME;
import static bg.kazanlak.inclusion.participant.onboarding.OnboardingVariables.ELIGIBLE;
import static bg.kazanlak.inclusion.participant.onboarding.OnboardingVariables.ENROLLED_STREAMS_TEXT;
import static bg.kazanlak.inclusion.participant.onboarding.OnboardingVariables.NEW_PARTICIPANT;
import static bg.kazanlak.inclusion.participant.onboarding.OnboardingVariables.NOTICE_CHANNEL;
import static bg.kazanlak.inclusion.participant.onboarding.OnboardingVariables.NOTICE_DATE;
import static bg.kazanlak.inclusion.participant.onboarding.OnboardingVariables.NOTICE_NOTE;
import static bg.kazanlak.inclusion.participant.onboarding.OnboardingVariables.POSSIBLE_DUPLICATE;
import static bg.kazanlak.inclusion.participant.onboarding.OnboardingVariables.RECOMMENDED_STREAMS;
import static bg.kazanlak.inclusion.participant.onboarding.OnboardingVariables.REGISTERED_BY;
import static bg.kazanlak.inclusion.participant.onboarding.OnboardingVariables.REGISTRATION_FIELDS;
import static bg.kazanlak.inclusion.participant.onboarding.OnboardingVariables.REGISTRATION_NUMBER;
import static bg.kazanlak.inclusion.participant.onboarding.OnboardingVariables.REJECTION_REASON;
import static bg.kazanlak.inclusion.participant.onboarding.OnboardingVariables.REJECTION_REASON_TEXT;
import static bg.kazanlak.inclusion.participant.onboarding.OnboardingVariables.WITHDRAWAL_REASON;

import bg.kazanlak.inclusion.identity.CurrentUser;
import bg.kazanlak.inclusion.participant.DuplicateCandidate;
import bg.kazanlak.inclusion.participant.DuplicateDecision;
import bg.kazanlak.inclusion.participant.EligibilityService;
import bg.kazanlak.inclusion.participant.EligibilityService.EligibilityDecision;
import bg.kazanlak.inclusion.participant.NeedsAssessment;
import bg.kazanlak.inclusion.participant.NewParticipant;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.participant.Registration;
import bg.kazanlak.inclusion.participant.RejectionNotice;
import bg.kazanlak.inclusion.participant.SpecialCategoryAnswer;
import bg.kazanlak.inclusion.participant.SupportStream;
import bg.kazanlak.inclusion.process.FormValues;
import bg.kazanlak.inclusion.process.Forms;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;

/**
 * The thin delegates of {@code participant-onboarding}: read the variables, call {@link
 * ParticipantRegistry} (or {@link EligibilityService}), set the variables the next step shows or
 * the gateway reads. The rules live in the registry's {@code ParticipantRules} and {@code
 * RegistrationValidator}; a refusal thrown there rolls the start or the task's completion back, so
 * Tasklist shows the Bulgarian message and nothing is half-saved.
 */
final class OnboardingDelegates {

  private OnboardingDelegates() {}

  /**
   * Registers the person in the registry and moves the personal data out of the process: from here
   * on the case is known by its registration number (also its business key) and a display name. A
   * refusal throws, which rolls back the start: no instance and no row are left behind.
   */
  @Component("registerParticipantDelegate")
  static class RegisterParticipant implements JavaDelegate {
    private final ParticipantRegistry registry;
    private final Forms forms;

    RegisterParticipant(ParticipantRegistry registry, Forms forms) {
      this.registry = registry;
      this.forms = forms;
    }

    @Override
    public void execute(DelegateExecution execution) {
      NewParticipant input =
          execution.getVariable(NEW_PARTICIPANT) instanceof NewParticipant api
              ? api
              : fromStartForm(forms.of(execution));
      Registration registration =
          registry.register(input, (String) execution.getVariable(REGISTERED_BY));

      execution.removeVariables(REGISTRATION_FIELDS);
      execution.removeVariable(NEW_PARTICIPANT);
      execution.setProcessBusinessKey(registration.registrationNumber());
      execution.setVariable(REGISTRATION_NUMBER, registration.registrationNumber());
      execution.setVariable(DISPLAY_NAME, registration.displayName());
      execution.setVariable(POSSIBLE_DUPLICATE, registration.possibleDuplicate());
      if (registration.possibleDuplicate()) {
        // shown to the reviewer only; the review is checked against the registry's own candidates
        execution.setVariable(
            DUPLICATE_CANDIDATES,
            registration.nearDuplicates().stream()
                .map(DuplicateCandidate::label)
                .collect(Collectors.joining("\n")));
        execution.setVariable(
            DUPLICATE_OF, registration.nearDuplicates().get(0).registrationNumber());
      }
    }

    private static NewParticipant fromStartForm(FormValues form) {
      return new NewParticipant(
          form.text("personalNumber"),
          form.text("firstName"),
          form.text("middleName"),
          form.text("lastName"),
          form.date("birthDate", "Невалидна дата на раждане."),
          form.text("sex"),
          form.text("settlement"),
          form.text("address"),
          form.text("phone"),
          form.bool("consentToServices", "Отбележете дали лицето е дало информирано съгласие."),
          form.text("employmentStatus"),
          form.text("educationLevel"),
          answer(form, "minority"),
          answer(form, "disability"),
          answer(form, "otherDisadvantaged"),
          form.bool(
              "homelessOrHousingExclusion",
              "Отбележете дали лицето е бездомно или живее в жилищно изключване."),
          form.bool("householdJobless"),
          form.bool("householdDependentChildren"),
          form.bool("householdSingleAdult"));
    }

    /** Unanswered is "refused to answer", which the ESF rules record as an answer of its own. */
    private static SpecialCategoryAnswer answer(FormValues form, String field) {
      SpecialCategoryAnswer answer =
          form.enumValue(
              field, SpecialCategoryAnswer.class, "Изберете „да“, „не“ или „отказва да отговори“.");
      return answer == null ? SpecialCategoryAnswer.REFUSED : answer;
    }
  }

  /**
   * Right after the duplicate review: the registry checks the decision (a "same person" must name
   * one of the near duplicates it finds itself, not what the task showed) and annuls the
   * registration if so. The gateway goes on by {@code duplicateOutcome}, which only this step sets;
   * a refusal rolls the completion back.
   */
  @Component("recordDuplicateReviewDelegate")
  static class RecordDuplicateReview implements JavaDelegate {
    private final ParticipantRegistry registry;
    private final Forms forms;

    RecordDuplicateReview(ParticipantRegistry registry, Forms forms) {
      this.registry = registry;
      this.forms = forms;
    }

    @Override
    public void execute(DelegateExecution execution) {
      FormValues form = forms.of(execution);
      DuplicateDecision outcome =
          registry.reviewDuplicate(
              execution.getProcessBusinessKey(),
              form.requiredEnumValue(
                  DUPLICATE_DECISION,
                  DuplicateDecision.class,
                  "Изберете дали е същото или друго лице."),
              form.text(DUPLICATE_OF));
      execution.setVariable(DUPLICATE_OUTCOME, outcome.name());
    }
  }

  /** Applies the eligibility tables and records the outcome: candidate streams, or the reason. */
  @Component("checkEligibilityDelegate")
  static class CheckEligibility implements JavaDelegate {
    private final EligibilityService eligibility;

    CheckEligibility(EligibilityService eligibility) {
      this.eligibility = eligibility;
    }

    @Override
    public void execute(DelegateExecution execution) {
      EligibilityDecision decision = eligibility.decide(execution.getProcessBusinessKey());
      execution.setVariable(ELIGIBLE, decision.eligible());
      if (decision.eligible()) {
        execution.setVariable(CANDIDATE_STREAMS, SupportStream.codes(decision.candidateStreams()));
        execution.setVariable(
            CANDIDATE_STREAMS_TEXT, SupportStream.labels(decision.candidateStreams()));
        // the assessment's checklist opens with the streams the rules suggest ticked
        execution.setVariable(
            RECOMMENDED_STREAMS,
            Spin.JSON(decision.candidateStreams().stream().map(Enum::name).toList()));
      } else {
        execution.setVariable(REJECTION_REASON, decision.rejectionReason().name());
        execution.setVariable(REJECTION_REASON_TEXT, decision.rejectionReason().message());
      }
    }
  }

  /**
   * Records how and when the case officer told a rejected person of the decision; the registry
   * checks it, and a refusal rolls the task's completion back.
   */
  @Component("recordRejectionNoticeDelegate")
  static class RecordRejectionNotice implements JavaDelegate {
    private final ParticipantRegistry registry;
    private final Forms forms;
    private final CurrentUser currentUser;

    RecordRejectionNotice(ParticipantRegistry registry, Forms forms, CurrentUser currentUser) {
      this.registry = registry;
      this.forms = forms;
      this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
      FormValues form = forms.of(execution);
      RejectionNotice notice =
          new RejectionNotice(
              form.date(NOTICE_DATE, "Невалидна дата на уведомяване."),
              form.enumValue(
                  NOTICE_CHANNEL, RejectionNotice.Channel.class, "Непознат начин на уведомяване."),
              form.text(NOTICE_NOTE));
      registry.recordRejectionNotice(execution.getProcessBusinessKey(), notice, currentUser.id());
      execution.removeVariable(NOTICE_NOTE);
    }
  }

  /**
   * Right after the social worker completes the needs assessment, in the same transaction: the
   * registry checks it and stores it (its free text may speak of health); the process keeps none of
   * it.
   */
  @Component("recordNeedsAssessmentDelegate")
  static class RecordNeedsAssessment implements JavaDelegate {
    private final ParticipantRegistry registry;
    private final Forms forms;
    private final CurrentUser currentUser;

    RecordNeedsAssessment(ParticipantRegistry registry, Forms forms, CurrentUser currentUser) {
      this.registry = registry;
      this.forms = forms;
      this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
      FormValues form = forms.of(execution);
      NeedsAssessment assessment =
          new NeedsAssessment(
              form.text("needsWork"),
              form.text("needsHealth"),
              form.text("needsEducation"),
              form.text("needsSocial"),
              form.text("needsHousing"),
              form.text("assessmentSummary"),
              form.enumList(RECOMMENDED_STREAMS, SupportStream.class, "Непознато направление."));
      registry.recordAssessment(execution.getProcessBusinessKey(), assessment, currentUser.id());

      execution.removeVariables(ASSESSMENT_FIELDS);
      execution.removeVariable(RECOMMENDED_STREAMS);
    }
  }

  /**
   * Enrols the participant in the streams of the recorded needs assessment. The registry announces
   * each enrolment ({@code ParticipantEnrolledInStream}), so the stream features start their
   * processes and onboarding needs no change when a stream is added.
   */
  @Component("enrolInStreamsDelegate")
  static class EnrolInStreams implements JavaDelegate {
    private final ParticipantRegistry registry;

    EnrolInStreams(ParticipantRegistry registry) {
      this.registry = registry;
    }

    @Override
    public void execute(DelegateExecution execution) {
      execution.setVariable(
          ENROLLED_STREAMS_TEXT,
          SupportStream.labels(
              registry.enrolInRecommendedStreams(execution.getProcessBusinessKey())));
    }
  }

  /**
   * Marks the participant withdrawn; the reason arrives with the message, as a transient variable.
   */
  @Component("recordWithdrawalDelegate")
  static class RecordWithdrawal implements JavaDelegate {
    private final ParticipantRegistry registry;

    RecordWithdrawal(ParticipantRegistry registry) {
      this.registry = registry;
    }

    @Override
    public void execute(DelegateExecution execution) {
      Object reason = execution.getVariable(WITHDRAWAL_REASON);
      registry.withdraw(
          execution.getProcessBusinessKey(), reason == null ? null : reason.toString());
      execution.removeVariable(WITHDRAWAL_REASON);
    }
  }
}
