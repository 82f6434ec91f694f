package bg.kazanlak.inclusion.familyhouse;

import bg.kazanlak.inclusion.problem.FieldProblem;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of consents and referrals that need no database: what a well-formed consent and
 * referral is, what the recorded consent allows, when the follow-up opens, what a letter may carry
 * and when a follow-up may be recorded. Field problems are collected, so that the social worker
 * corrects a form once; they name the field, never its value.
 */
final class ReferralRules {

  static final int ORGANISATION_MAX = 200;
  static final int REASON_MAX = 500;
  static final int NOTE_MAX = 1000;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private ReferralRules() {}

  /**
   * A consent ready to record: registration number, purpose, answer and the day it was signed (not
   * after today) are needed; a given consent covers at least one kind of data, a refused one none.
   */
  static NewConsent checkConsent(NewConsent in, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    String person = trimmed(in.registrationNumber());
    if (person == null) {
      problems.add(
          new FieldProblem(
              ConsentVariables.REGISTRATION_NUMBER, "Въведете регистрационния номер."));
    }
    if (in.purpose() == null) {
      problems.add(
          new FieldProblem(
              ConsentVariables.PURPOSE, "Изберете вида организация, за която е съгласието."));
    }
    if (in.given() == null) {
      problems.add(
          new FieldProblem(
              ConsentVariables.ANSWER, "Изберете дали лицето е дало или отказало съгласие."));
    }
    List<ConsentDataItem> items = in.dataItems() == null ? List.of() : List.copyOf(in.dataItems());
    if (Boolean.TRUE.equals(in.given()) && items.isEmpty()) {
      problems.add(
          new FieldProblem(
              ConsentVariables.DATA_ITEMS,
              "Отбележете поне един вид данни, които лицето е съгласно да бъдат споделени."));
    }
    if (in.signedOn() == null) {
      problems.add(new FieldProblem(ConsentVariables.SIGNED_ON, "Въведете датата на подписване."));
    } else if (in.signedOn().isAfter(today)) {
      problems.add(
          new FieldProblem(
              ConsentVariables.SIGNED_ON, "Датата на подписване не може да е в бъдещето."));
    }
    if (!problems.isEmpty()) {
      throw RequestRefusedException.invalid(problems);
    }
    return new NewConsent(
        person, in.purpose(), in.given(), in.given() ? ordered(items) : List.of(), in.signedOn());
  }

  /**
   * A referral ready to record, its texts trimmed: a person, one of the houses, a kind of
   * organisation, the organisation's name and a short reason.
   */
  static NewReferral checkReferral(NewReferral in, Set<String> houses) {
    List<FieldProblem> problems = new ArrayList<>();
    String person = trimmed(in.registrationNumber());
    if (person == null) {
      problems.add(
          new FieldProblem(
              ReferralVariables.REGISTRATION_NUMBER, "Въведете регистрационния номер."));
    }
    String house = trimmed(in.houseId());
    if (house == null || !houses.contains(house)) {
      problems.add(
          new FieldProblem(ReferralVariables.HOUSE, "Изберете една от Къщите на семейството."));
    }
    if (in.destination() == null) {
      problems.add(
          new FieldProblem(
              ReferralVariables.DESTINATION, "Изберете вида организация, към която се насочва."));
    }
    String organisation =
        text(
            in.organisation(),
            ReferralVariables.ORGANISATION,
            "Въведете наименованието на организацията.",
            ORGANISATION_MAX,
            problems);
    String reason =
        text(
            in.reason(),
            ReferralVariables.REASON,
            "Въведете накратко причината за насочването.",
            REASON_MAX,
            problems);
    if (!problems.isEmpty()) {
      throw RequestRefusedException.invalid(problems);
    }
    return new NewReferral(person, house, in.destination(), organisation, reason);
  }

  /** What the recorded consent allows: issue with the data it covers, or end with the reason. */
  static ConsentDecision decide(Optional<Consent> consent, String destinationLabel) {
    if (consent.isEmpty()) {
      return new ConsentDecision(
          ReferralStatus.NO_CONSENT,
          "Насочването не е издадено: няма записано съгласие на лицето за споделяне на данни с „"
              + destinationLabel
              + "“. Запишете съгласието и започнете ново насочване.",
          List.of(),
          null);
    }
    Consent recorded = consent.get();
    if (!recorded.given()) {
      return new ConsentDecision(
          ReferralStatus.CONSENT_REFUSED,
          "Насочването не е издадено: лицето е отказало съгласие за споделяне на данни с „"
              + destinationLabel
              + "“ (подписано на "
              + DAY.format(recorded.signedOn())
              + ").",
          List.of(),
          recorded.signedOn());
    }
    return new ConsentDecision(
        ReferralStatus.ISSUED, null, recorded.dataItems(), recorded.signedOn());
  }

  /** The day the follow-up opens. */
  static LocalDate followUpOn(LocalDate referredOn, int followUpDays) {
    return referredOn.plusDays(followUpDays);
  }

  /**
   * The data a letter carries: those the consent covered when the referral was issued and still
   * covers now; none once the consent has been refused since.
   */
  static List<ConsentDataItem> letterItems(Referral referral, Optional<Consent> now) {
    if (now.isEmpty() || !now.get().given()) {
      return List.of();
    }
    return referral.dataItems().stream().filter(now.get().dataItems()::contains).toList();
  }

  /** The follow-up's answer for an issued referral; its note is short. */
  static ReferralStatus followUp(Referral referral, ReferralAttendance attendance, String note) {
    if (referral.status() != ReferralStatus.ISSUED) {
      throw RequestRefusedException.ruleBroken(
          "Насочване " + referral.referralNumber() + " не очаква проследяване.", Map.of());
    }
    List<FieldProblem> problems = new ArrayList<>();
    if (attendance == null) {
      problems.add(
          new FieldProblem(ReferralVariables.ATTENDANCE, "Изберете дали лицето е отишло."));
    }
    if (note != null && note.length() > NOTE_MAX) {
      problems.add(
          new FieldProblem(
              ReferralVariables.FOLLOW_UP_NOTE, "Бележката е най-много " + NOTE_MAX + " знака."));
    }
    if (!problems.isEmpty()) {
      throw RequestRefusedException.invalid(problems);
    }
    return attendance.status();
  }

  /** The outcome of the consent check. */
  record ConsentDecision(
      ReferralStatus status,
      String reason,
      List<ConsentDataItem> dataItems,
      LocalDate consentSignedOn) {}

  private static List<ConsentDataItem> ordered(List<ConsentDataItem> items) {
    List<ConsentDataItem> ordered = new ArrayList<>();
    for (ConsentDataItem item : ConsentDataItem.values()) {
      if (items.contains(item)) {
        ordered.add(item);
      }
    }
    return ordered;
  }

  private static String trimmed(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return value.trim();
  }

  private static String text(
      String value, String field, String required, int max, List<FieldProblem> problems) {
    String text = trimmed(value);
    if (text == null) {
      problems.add(new FieldProblem(field, required));
    } else if (text.length() > max) {
      problems.add(new FieldProblem(field, "Най-много " + max + " знака."));
    }
    return text;
  }
}
