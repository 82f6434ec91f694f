package bg.kazanlak.inclusion.familyhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import bg.kazanlak.inclusion.familyhouse.ReferralRules.ConsentDecision;
import bg.kazanlak.inclusion.problem.FieldProblem;
import bg.kazanlak.inclusion.problem.Refusal;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of consents and referrals, alone. */
class ReferralRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2022, 6, 6);
  private static final Set<String> HOUSES = Set.of("kazanlak", "kran");

  @Test
  void aGivenConsentCoversAtLeastOneKindOfDataInTheLettersOrder() {
    NewConsent checked =
        ReferralRules.checkConsent(
            new NewConsent(
                " P-2022-00001 ",
                ReferralDestination.GP,
                true,
                List.of(ConsentDataItem.PHONE, ConsentDataItem.NAME),
                TODAY),
            TODAY);

    assertThat(checked.registrationNumber()).isEqualTo("P-2022-00001");
    assertThat(checked.dataItems()).containsExactly(ConsentDataItem.NAME, ConsentDataItem.PHONE);
    assertThat(
            fields(
                () ->
                    ReferralRules.checkConsent(
                        new NewConsent("P-1", ReferralDestination.GP, true, List.of(), TODAY),
                        TODAY)))
        .containsExactly("consentItems");
  }

  @Test
  void aRefusedConsentCoversNothing() {
    NewConsent checked =
        ReferralRules.checkConsent(
            new NewConsent(
                "P-1", ReferralDestination.DENTIST, false, List.of(ConsentDataItem.NAME), TODAY),
            TODAY);

    assertThat(checked.given()).isFalse();
    assertThat(checked.dataItems()).isEmpty();
  }

  @Test
  void aConsentNeedsItsPersonPurposeAnswerAndADayNotAhead() {
    assertThat(
            fields(
                () ->
                    ReferralRules.checkConsent(new NewConsent(" ", null, null, null, null), TODAY)))
        .containsExactly(
            "registrationNumber", "consentPurpose", "consentAnswer", "consentSignedOn");
    assertThat(
            fields(
                () ->
                    ReferralRules.checkConsent(
                        new NewConsent(
                            "P-1", ReferralDestination.GP, false, List.of(), TODAY.plusDays(1)),
                        TODAY)))
        .containsExactly("consentSignedOn");
  }

  @Test
  void aReferralNamesEveryWrongFieldAtOnceAndNeverItsValue() {
    String longReason = "x".repeat(ReferralRules.REASON_MAX + 1);
    RequestRefusedException refused =
        catchThrowableOfType(
            RequestRefusedException.class,
            () ->
                ReferralRules.checkReferral(
                    new NewReferral(null, "nowhere", null, " ", longReason), HOUSES));

    assertThat(refused.kind()).isEqualTo(Refusal.INVALID);
    assertThat(refused.fieldProblems())
        .extracting(FieldProblem::field)
        .containsExactly(
            "registrationNumber",
            "familyHouse",
            "destinationKind",
            "organisation",
            "referralReason");
    assertThat(refused.getMessage()).doesNotContain(longReason);
  }

  @Test
  void aReferralIsTrimmed() {
    NewReferral checked =
        ReferralRules.checkReferral(
            new NewReferral(
                " P-1 ", "kran", ReferralDestination.SCHOOL, " ОУ „Христо Ботев“ ", " Записване "),
            HOUSES);

    assertThat(checked)
        .isEqualTo(
            new NewReferral(
                "P-1", "kran", ReferralDestination.SCHOOL, "ОУ „Христо Ботев“", "Записване"));
    assertThat(checked.toString()).doesNotContain("Записване");
  }

  @Test
  void withoutARecordedConsentTheReferralEndsWithTheReason() {
    ConsentDecision decision = ReferralRules.decide(Optional.empty(), "Зъболекар");

    assertThat(decision.status()).isEqualTo(ReferralStatus.NO_CONSENT);
    assertThat(decision.reason()).contains("няма записано съгласие", "„Зъболекар“");
    assertThat(decision.dataItems()).isEmpty();
  }

  @Test
  void aRefusedConsentEndsTheReferralWithTheDayItWasSigned() {
    ConsentDecision decision =
        ReferralRules.decide(Optional.of(consent(false, List.of())), "Зъболекар");

    assertThat(decision.status()).isEqualTo(ReferralStatus.CONSENT_REFUSED);
    assertThat(decision.reason()).contains("отказало", "„Зъболекар“", "01.06.2022");
    assertThat(decision.consentSignedOn()).isEqualTo(LocalDate.of(2022, 6, 1));
  }

  @Test
  void aGivenConsentIssuesTheReferralWithTheDataItCovers() {
    ConsentDecision decision =
        ReferralRules.decide(
            Optional.of(consent(true, List.of(ConsentDataItem.NAME, ConsentDataItem.ADDRESS))),
            "Зъболекар");

    assertThat(decision.status()).isEqualTo(ReferralStatus.ISSUED);
    assertThat(decision.reason()).isNull();
    assertThat(decision.dataItems()).containsExactly(ConsentDataItem.NAME, ConsentDataItem.ADDRESS);
  }

  @Test
  void theFollowUpOpensTheConfiguredDaysAfterTheReferral() {
    assertThat(ReferralRules.followUpOn(TODAY, 14)).isEqualTo(LocalDate.of(2022, 6, 20));
  }

  @Test
  void theLetterCarriesWhatTheConsentCoveredThenAndStillCovers() {
    Referral referral =
        referral(ReferralStatus.ISSUED, List.of(ConsentDataItem.NAME, ConsentDataItem.PHONE));

    assertThat(
            ReferralRules.letterItems(
                referral,
                Optional.of(consent(true, List.of(ConsentDataItem.NAME, ConsentDataItem.PHONE)))))
        .containsExactly(ConsentDataItem.NAME, ConsentDataItem.PHONE);
    // narrowed since: only what is still covered; widened since: not more than was issued
    assertThat(
            ReferralRules.letterItems(
                referral,
                Optional.of(consent(true, List.of(ConsentDataItem.NAME, ConsentDataItem.ADDRESS)))))
        .containsExactly(ConsentDataItem.NAME);
    assertThat(ReferralRules.letterItems(referral, Optional.of(consent(false, List.of()))))
        .isEmpty();
  }

  @Test
  void aFollowUpNeedsAnIssuedReferralAndAnAnswer() {
    Referral issued = referral(ReferralStatus.ISSUED, List.of());

    assertThat(ReferralRules.followUp(issued, ReferralAttendance.ATTENDED, "Добре"))
        .isEqualTo(ReferralStatus.ATTENDED);
    assertThat(ReferralRules.followUp(issued, ReferralAttendance.NOT_ATTENDED, null))
        .isEqualTo(ReferralStatus.NOT_ATTENDED);
    assertThat(fields(() -> ReferralRules.followUp(issued, null, "x".repeat(1001))))
        .containsExactly("attendance", "followUpNote");
    RequestRefusedException done =
        catchThrowableOfType(
            RequestRefusedException.class,
            () ->
                ReferralRules.followUp(
                    referral(ReferralStatus.ATTENDED, List.of()),
                    ReferralAttendance.ATTENDED,
                    null));
    assertThat(done.kind()).isEqualTo(Refusal.RULE_BROKEN);
    assertThat(done.properties()).isEqualTo(Map.of());
  }

  private static Consent consent(boolean given, List<ConsentDataItem> items) {
    return new Consent(
        "P-1",
        ReferralDestination.DENTIST,
        given,
        items,
        LocalDate.of(2022, 6, 1),
        "t-social",
        LocalDate.of(2022, 6, 1));
  }

  private static Referral referral(ReferralStatus status, List<ConsentDataItem> items) {
    return new Referral(
        "R-2022-00001",
        "P-1",
        "kran",
        ReferralDestination.DENTIST,
        "Д-р Петрова",
        "Преглед",
        status,
        null,
        items,
        LocalDate.of(2022, 6, 1),
        "t-social",
        TODAY,
        TODAY.plusDays(14),
        null,
        null,
        null);
  }

  private static List<String> fields(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    return catchThrowableOfType(RequestRefusedException.class, call).fieldProblems().stream()
        .map(FieldProblem::field)
        .toList();
  }
}
