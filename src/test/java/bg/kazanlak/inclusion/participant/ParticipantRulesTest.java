package bg.kazanlak.inclusion.participant;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.problem.FieldProblem;
import bg.kazanlak.inclusion.problem.Refusal;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of what is recorded about a participant after the registration. */
class ParticipantRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2022, 6, 6);

  @Test
  void withdrawalReasonIsRequiredTrimmedAndAtMost500Characters() {
    assertThat(ParticipantRules.withdrawalReason("  Премества се.  ")).isEqualTo("Премества се.");
    assertThat(ParticipantRules.withdrawalReason("я".repeat(500))).hasSize(500);

    assertThat(problems(() -> ParticipantRules.withdrawalReason(null)))
        .containsExactly(new FieldProblem("reason", "Посочете причината за оттеглянето."));
    assertThat(problems(() -> ParticipantRules.withdrawalReason("  ")))
        .extracting(FieldProblem::field)
        .containsExactly("reason");
    assertThat(problems(() -> ParticipantRules.withdrawalReason("я".repeat(501))))
        .containsExactly(new FieldProblem("reason", "Причината е по-дълга от 500 знака."));
  }

  @Test
  void rejectionNoticeNeedsADateNotInTheFutureAndAChannel() {
    ParticipantRules.checkRejectionNotice(notice(TODAY, "Обяснено."), TODAY);
    ParticipantRules.checkRejectionNotice(notice(TODAY.minusDays(3), null), TODAY);

    assertThat(problems(() -> ParticipantRules.checkRejectionNotice(notice(null, null), TODAY)))
        .containsExactly(new FieldProblem("noticeDate", "Въведете датата на уведомяване."));
    assertThat(
            problems(
                () ->
                    ParticipantRules.checkRejectionNotice(notice(TODAY.plusDays(1), null), TODAY)))
        .containsExactly(new FieldProblem("noticeDate", "Датата на уведомяване е в бъдещето."));
    assertThat(
            problems(
                () ->
                    ParticipantRules.checkRejectionNotice(
                        new RejectionNotice(TODAY, null, null), TODAY)))
        .containsExactly(new FieldProblem("noticeChannel", "Изберете начин на уведомяване."));
  }

  @Test
  void rejectionNoteFitsItsColumnOf1000Characters() {
    ParticipantRules.checkRejectionNotice(notice(TODAY, "б".repeat(1000)), TODAY);

    assertThat(
            problems(
                () ->
                    ParticipantRules.checkRejectionNotice(notice(TODAY, "б".repeat(1001)), TODAY)))
        .containsExactly(new FieldProblem("noticeNote", "Бележката е по-дълга от 1000 знака."));
  }

  @Test
  void assessmentRecommendsAtLeastOneStream() {
    ParticipantRules.checkAssessment(
        assessment("текст", "обобщение", List.of(SupportStream.EDUCATION)));

    assertThat(problems(() -> ParticipantRules.checkAssessment(assessment(null, null, List.of()))))
        .containsExactly(
            new FieldProblem("recommendedStreams", "Изберете поне едно направление на подкрепа."));
  }

  @Test
  void eachAssessmentTextFitsItsColumnAndEveryProblemIsListed() {
    String limit = "н".repeat(2000);
    ParticipantRules.checkAssessment(
        new NeedsAssessment(
            limit,
            limit,
            limit,
            limit,
            limit,
            "о".repeat(4000),
            List.of(SupportStream.FAMILY_HOUSE)));

    String over = "н".repeat(2001);
    assertThat(
            problems(
                () ->
                    ParticipantRules.checkAssessment(
                        new NeedsAssessment(
                            over, over, over, over, over, "о".repeat(4001), List.of()))))
        .extracting(FieldProblem::field)
        .containsExactly(
            "recommendedStreams",
            "needsWork",
            "needsHealth",
            "needsEducation",
            "needsSocial",
            "needsHousing",
            "assessmentSummary");
    assertThat(
            problems(
                () ->
                    ParticipantRules.checkAssessment(
                        assessment(over, null, List.of(SupportStream.EMPLOYMENT)))))
        .containsExactly(new FieldProblem("needsWork", "Текстът е по-дълъг от 2000 знака."));
  }

  private static RejectionNotice notice(LocalDate date, String note) {
    return new RejectionNotice(date, RejectionNotice.Channel.PHONE, note);
  }

  private static NeedsAssessment assessment(
      String work, String summary, List<SupportStream> streams) {
    return new NeedsAssessment(work, null, null, null, null, summary, streams);
  }

  private static List<FieldProblem> problems(Runnable rule) {
    try {
      rule.run();
    } catch (RequestRefusedException refused) {
      assertThat(refused.kind()).isEqualTo(Refusal.INVALID);
      return refused.fieldProblems();
    }
    throw new AssertionError("the rule did not refuse");
  }
}
