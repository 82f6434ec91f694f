package bg.kazanlak.inclusion.participant;

import bg.kazanlak.inclusion.problem.FieldProblem;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules for what a case officer or social worker records about a participant after the
 * registration. Plain code, called by {@link ParticipantRegistry} before anything is written, so
 * the same rule holds for the API, Tasklist and any later caller. Text limits are the columns'
 * (V1__participant_registry.sql): a longer text is a 400 naming the field, never an SQL error.
 */
final class ParticipantRules {

  static final int WITHDRAWAL_REASON_MAX = 500;
  static final int NOTICE_NOTE_MAX = 1000;
  static final int NEEDS_TEXT_MAX = 2000;
  static final int SUMMARY_MAX = 4000;

  private ParticipantRules() {}

  /**
   * The reason given for a withdrawal (API field {@code reason}): required, up to 500 characters.
   */
  static String withdrawalReason(String reason) {
    String text = reason == null ? "" : reason.trim();
    if (text.isEmpty()) {
      throw RequestRefusedException.invalid("reason", "Посочете причината за оттеглянето.");
    }
    if (text.length() > WITHDRAWAL_REASON_MAX) {
      throw RequestRefusedException.invalid(
          "reason", "Причината е по-дълга от " + WITHDRAWAL_REASON_MAX + " знака.");
    }
    return text;
  }

  /** A rejected person was told: on a day not after today, in a known way, with a short note. */
  static void checkRejectionNotice(RejectionNotice notice, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    if (notice.informedOn() == null) {
      problems.add(new FieldProblem("noticeDate", "Въведете датата на уведомяване."));
    } else if (notice.informedOn().isAfter(today)) {
      problems.add(new FieldProblem("noticeDate", "Датата на уведомяване е в бъдещето."));
    }
    if (notice.channel() == null) {
      problems.add(new FieldProblem("noticeChannel", "Изберете начин на уведомяване."));
    }
    length(
        notice.note(),
        "noticeNote",
        NOTICE_NOTE_MAX,
        "Бележката е по-дълга от " + NOTICE_NOTE_MAX + " знака.",
        problems);
    refuseIfAny(problems);
  }

  /** An assessment recommends at least one stream; each text fits its column. */
  static void checkAssessment(NeedsAssessment assessment) {
    List<FieldProblem> problems = new ArrayList<>();
    if (assessment.recommendedStreams().isEmpty()) {
      problems.add(
          new FieldProblem("recommendedStreams", "Изберете поне едно направление на подкрепа."));
    }
    String needsTooLong = "Текстът е по-дълъг от " + NEEDS_TEXT_MAX + " знака.";
    length(assessment.work(), "needsWork", NEEDS_TEXT_MAX, needsTooLong, problems);
    length(assessment.health(), "needsHealth", NEEDS_TEXT_MAX, needsTooLong, problems);
    length(assessment.education(), "needsEducation", NEEDS_TEXT_MAX, needsTooLong, problems);
    length(assessment.social(), "needsSocial", NEEDS_TEXT_MAX, needsTooLong, problems);
    length(assessment.housing(), "needsHousing", NEEDS_TEXT_MAX, needsTooLong, problems);
    length(
        assessment.summary(),
        "assessmentSummary",
        SUMMARY_MAX,
        "Обобщението е по-дълго от " + SUMMARY_MAX + " знака.",
        problems);
    refuseIfAny(problems);
  }

  private static void length(
      String text, String field, int max, String message, List<FieldProblem> problems) {
    if (text != null && text.length() > max) {
      problems.add(new FieldProblem(field, message));
    }
  }

  private static void refuseIfAny(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw RequestRefusedException.invalid(problems);
    }
  }
}
