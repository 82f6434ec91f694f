package bg.kazanlak.inclusion.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import bg.kazanlak.inclusion.education.NewEnrolment.Child;
import bg.kazanlak.inclusion.education.NewSession.Attendance;
import bg.kazanlak.inclusion.problem.FieldProblem;
import bg.kazanlak.inclusion.problem.Refusal;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.KazanlakProgrammeFixture;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ClubRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2022, 6, 6);
  private static final LocalDate AFTER_END = LocalDate.of(2023, 7, 1);
  private static final LocalDate CHILD_BIRTH = LocalDate.of(2012, 3, 1);
  private static final LocalDate ADULT_BIRTH = LocalDate.of(1985, 4, 12);

  private final ClubRules rules = new ClubRules(KazanlakProgrammeFixture.kazanlak());

  private static NewClub club(VenueKind venueKind, String venue, Integer capacity) {
    return new NewClub(
        "  Клуб по шах ",
        ClubKind.CLUB,
        "Мария Иванова",
        venueKind,
        venue,
        "вторник и четвъртък 15:00-16:30",
        capacity);
  }

  private static NewEnrolment child(String guardian, Boolean consent, LocalDate consentDate) {
    return new NewEnrolment(
        null, new Child("Иван", "Петров", CHILD_BIRTH), guardian, consent, consentDate, null);
  }

  private static NewEnrolment participant(String registrationNumber) {
    return new NewEnrolment(registrationNumber, null, null, null, null, null);
  }

  @Test
  void aClubAtAFamilyHouseOrASchoolIsTrimmedAndAccepted() {
    NewClub valid = rules.validate(club(VenueKind.FAMILY_HOUSE, "kran", 12), TODAY);
    assertThat(valid.name()).isEqualTo("Клуб по шах");
    assertThat(rules.validate(club(VenueKind.SCHOOL, "ОУ „Христо Ботев“", 1), TODAY).venue())
        .isEqualTo("ОУ „Христо Ботев“");
  }

  @Test
  void everyWrongFieldOfAClubIsNamedAtOnce() {
    assertThat(
            fields(() -> rules.validate(new NewClub(" ", null, null, null, null, "", null), TODAY)))
        .containsExactlyInAnyOrder(
            "name", "kind", "leader", "venueKind", "venue", "schedule", "capacity");
    assertThat(fields(() -> rules.validate(club(VenueKind.FAMILY_HOUSE, "plovdiv", 0), TODAY)))
        .containsExactlyInAnyOrder("venue", "capacity");
    assertThat(fields(() -> rules.validate(club(VenueKind.SCHOOL, "x".repeat(201), -3), TODAY)))
        .containsExactlyInAnyOrder("venue", "capacity");
  }

  @Test
  void noClubOpensAfterTheProgrammeEnds() {
    RequestRefusedException e =
        refusal(() -> rules.validate(club(VenueKind.FAMILY_HOUSE, "kran", 12), AFTER_END));
    assertThat(e.kind()).isEqualTo(Refusal.RULE_BROKEN);
    assertThat(e.detail()).contains("2023-06-30");
  }

  @Test
  void aMinorIsUnderEighteenOnTheProgrammeClock() {
    assertThat(ClubRules.isMinor(LocalDate.of(2004, 6, 7), TODAY)).isTrue();
    assertThat(ClubRules.isMinor(LocalDate.of(2004, 6, 6), TODAY)).isFalse();
  }

  @Test
  void anEnrolmentIsOfAParticipantOrOfAChildNeverBoth() {
    assertThat(
            fields(
                () -> rules.checkForm(new NewEnrolment(null, null, null, null, null, null), TODAY)))
        .containsExactly("registrationNumber");
    assertThat(
            fields(
                () ->
                    rules.checkForm(
                        new NewEnrolment(
                            "P-2022-00001",
                            new Child("Иван", "Петров", CHILD_BIRTH),
                            "P-2022-00002",
                            true,
                            TODAY,
                            null),
                        TODAY)))
        .containsExactly("registrationNumber");
    assertThat(
            fields(
                () ->
                    rules.checkForm(
                        new NewEnrolment(
                            null,
                            new Child("1van", " ", TODAY.plusDays(1)),
                            "P-2022-00002",
                            true,
                            null,
                            null),
                        TODAY)))
        .containsExactlyInAnyOrder(
            "child.firstName", "child.lastName", "child.birthDate", "consentDate");
  }

  @Test
  void enrolmentDatesMayNotLieInTheFutureOrOutsideThePeriod() {
    assertThat(
            fields(
                () ->
                    rules.checkForm(
                        new NewEnrolment(
                            "P-2022-00001", null, null, null, TODAY.plusDays(1), TODAY.plusDays(1)),
                        TODAY)))
        .containsExactlyInAnyOrder("consentDate", "enrolledOn");
    assertThat(
            fields(
                () ->
                    rules.checkForm(
                        new NewEnrolment(
                            "P-2022-00001", null, null, null, null, LocalDate.of(2020, 12, 31)),
                        TODAY)))
        .containsExactly("enrolledOn");
    assertThat(refusal(() -> rules.checkForm(participant("P-2022-00001"), AFTER_END)).kind())
        .isEqualTo(Refusal.RULE_BROKEN);
  }

  @Test
  void theFormComesBackNormalised() {
    NewEnrolment form =
        rules.checkForm(
            new NewEnrolment(
                null,
                new Child(" Иван  Асен ", "Петров ", CHILD_BIRTH),
                " P-2022-00002 ",
                true,
                TODAY,
                null),
            TODAY);
    assertThat(form.child().firstName()).isEqualTo("Иван Асен");
    assertThat(form.child().lastName()).isEqualTo("Петров");
    assertThat(form.guardian()).isEqualTo("P-2022-00002");
  }

  @Test
  void aMinorJoinsOnlyWithTheGuardiansConsentGivenBeforeEnrolment() {
    RequestRefusedException noGuardian =
        refusal(() -> rules.checkGuardianship(child(null, true, TODAY), CHILD_BIRTH, TODAY, TODAY));
    assertThat(noGuardian.kind()).isEqualTo(Refusal.INVALID);
    assertThat(noGuardian.fieldProblems())
        .extracting(FieldProblem::field)
        .containsExactly("guardian");

    for (Boolean consent : new Boolean[] {null, false}) {
      RequestRefusedException noConsent =
          refusal(
              () ->
                  rules.checkGuardianship(
                      child("P-2022-00002", consent, null), CHILD_BIRTH, TODAY, TODAY));
      assertThat(noConsent.kind()).isEqualTo(Refusal.RULE_BROKEN);
      assertThat(noConsent.detail()).contains("съгласие");
      assertThat(noConsent.properties()).containsEntry("age", 10);
    }

    RequestRefusedException lateConsent =
        refusal(
            () ->
                rules.checkGuardianship(
                    child("P-2022-00002", true, TODAY), CHILD_BIRTH, TODAY.minusDays(7), TODAY));
    assertThat(lateConsent.kind()).isEqualTo(Refusal.RULE_BROKEN);

    assertThatNoException()
        .isThrownBy(
            () ->
                rules.checkGuardianship(
                    child("P-2022-00002", true, TODAY.minusDays(3)), CHILD_BIRTH, TODAY, TODAY));
  }

  @Test
  void aMinorParticipantNeedsConsentTooAnAdultNeedsNoGuardian() {
    LocalDate seventeen = TODAY.minusYears(17);
    assertThat(
            refusal(
                    () ->
                        rules.checkGuardianship(
                            new NewEnrolment(
                                "P-2022-00001", null, "P-2022-00002", false, null, null),
                            seventeen,
                            TODAY,
                            TODAY))
                .kind())
        .isEqualTo(Refusal.RULE_BROKEN);

    assertThatNoException()
        .isThrownBy(
            () -> rules.checkGuardianship(participant("P-2022-00001"), ADULT_BIRTH, TODAY, TODAY));
    assertThat(
            fields(
                () ->
                    rules.checkGuardianship(
                        new NewEnrolment("P-2022-00001", null, "P-2022-00002", true, TODAY, null),
                        ADULT_BIRTH,
                        TODAY,
                        TODAY)))
        .containsExactly("guardian");
  }

  @Test
  void anAdultIsNotEnrolledAsAChild() {
    NewEnrolment adultAsChild =
        new NewEnrolment(
            null, new Child("Иван", "Петров", ADULT_BIRTH), "P-2022-00002", true, TODAY, null);
    assertThat(
            refusal(() -> rules.checkGuardianship(adultAsChild, ADULT_BIRTH, TODAY, TODAY)).kind())
        .isEqualTo(Refusal.RULE_BROKEN);
  }

  @Test
  void aFullClubIsRefusedWithItsFigures() {
    Club full =
        new Club(
            "CLUB-001",
            "Шах",
            ClubKind.CLUB,
            "М. Иванова",
            VenueKind.SCHOOL,
            "ОУ",
            "ОУ",
            "вторник",
            2,
            TODAY,
            2,
            0);
    RequestRefusedException e = refusal(() -> ClubRules.checkRoom(full));
    assertThat(e.kind()).isEqualTo(Refusal.RULE_BROKEN);
    assertThat(e.properties())
        .containsEntry("capacity", 2)
        .containsEntry("enrolled", 2)
        .containsEntry("freePlaces", 0);

    Club onePlaceLeft =
        new Club(
            "CLUB-001",
            "Шах",
            ClubKind.CLUB,
            "М. Иванова",
            VenueKind.SCHOOL,
            "ОУ",
            "ОУ",
            "вторник",
            2,
            TODAY,
            1,
            1);
    assertThatNoException().isThrownBy(() -> ClubRules.checkRoom(onePlaceLeft));
  }

  @Test
  void aSessionIsInThePeriodNotInTheFutureWithEachEnrolmentOnce() {
    List<Attendance> one = List.of(new Attendance(1L, true));
    assertThatNoException()
        .isThrownBy(() -> rules.checkSession(new NewSession(TODAY, "Шахматни задачи", one), TODAY));
    assertThat(
            fields(() -> rules.checkSession(new NewSession(TODAY.plusDays(1), "Тема", one), TODAY)))
        .containsExactly("date");
    assertThat(
            fields(
                () ->
                    rules.checkSession(
                        new NewSession(LocalDate.of(2020, 12, 31), "Тема", one), TODAY)))
        .containsExactly("date");
    assertThat(
            fields(
                () ->
                    rules.checkSession(
                        new NewSession(LocalDate.of(2023, 7, 1), "Тема", one),
                        AFTER_END.plusDays(3))))
        .containsExactly("date");
    assertThat(fields(() -> rules.checkSession(new NewSession(null, " ", List.of()), TODAY)))
        .containsExactlyInAnyOrder("date", "topic", "attendance");
    assertThat(
            fields(
                () ->
                    rules.checkSession(
                        new NewSession(
                            TODAY,
                            "Тема",
                            List.of(
                                new Attendance(1L, true),
                                new Attendance(1L, false),
                                new Attendance(null, null))),
                        TODAY)))
        .containsExactlyInAnyOrder(
            "attendance[1].enrolmentId", "attendance[2].enrolmentId", "attendance[2].present");
  }

  @Test
  void aPurchaseIsAPositiveAmountInStotinkiWithItsDocument() {
    assertThatNoException().isThrownBy(() -> rules.checkPurchase(purchase("12.500")));
    assertThat(fields(() -> rules.checkPurchase(purchase("12.345")))).containsExactly("amount");
    assertThat(fields(() -> rules.checkPurchase(purchase("0.00")))).containsExactly("amount");
    assertThat(fields(() -> rules.checkPurchase(purchase("-5")))).containsExactly("amount");
    assertThat(
            fields(
                () ->
                    rules.checkPurchase(
                        new NewPurchase(
                            PurchaseKind.ASSET,
                            new BigDecimal("10"),
                            "Доставчик",
                            "x".repeat(251),
                            TODAY,
                            "Ф-1"))))
        .containsExactly("description");
    assertThat(fields(() -> rules.checkPurchase(new NewPurchase(null, null, "", null, null, " "))))
        .containsExactlyInAnyOrder(
            "kind", "amount", "supplier", "description", "invoiceDate", "documentRef");
  }

  @Test
  void aSessionFromItsChecklistMarksTheTickedPresentAndRefusesStrangers() {
    List<Enrolment> enrolled = List.of(enrolment(7), enrolment(9));
    assertThat(rules.attendance(enrolled, Set.of("9")))
        .containsExactly(new Attendance(7L, false), new Attendance(9L, true));
    assertThat(fields(() -> rules.attendance(enrolled, Set.of("9", "11"))))
        .containsExactly("present");
  }

  private static Enrolment enrolment(long id) {
    return new Enrolment(
        id,
        "CLUB-001",
        "KZL-2022-0000" + id,
        "Участник " + id,
        null,
        null,
        null,
        null,
        TODAY.minusDays(30),
        null);
  }

  private static NewPurchase purchase(String amount) {
    return new NewPurchase(
        PurchaseKind.MATERIALS,
        new BigDecimal(amount),
        "Книжарница „Буквар“",
        "Бои и четки",
        TODAY,
        "Ф-0001234");
  }

  private static RequestRefusedException refusal(ThrowingCallable call) {
    RequestRefusedException e = catchThrowableOfType(RequestRefusedException.class, call);
    assertThat(e).as("refused").isNotNull();
    return e;
  }

  private static List<String> fields(ThrowingCallable call) {
    RequestRefusedException e = refusal(call);
    assertThat(e.kind()).isEqualTo(Refusal.INVALID);
    return e.fieldProblems().stream().map(FieldProblem::field).toList();
  }
}
