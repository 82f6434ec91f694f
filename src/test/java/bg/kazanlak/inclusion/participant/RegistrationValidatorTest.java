package bg.kazanlak.inclusion.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import bg.kazanlak.inclusion.problem.FieldProblem;
import bg.kazanlak.inclusion.problem.Refusal;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.KazanlakProgrammeFixture;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistrationValidatorTest {

  private static final LocalDate TODAY = LocalDate.of(2022, 5, 16);

  /** Born 1975-03-16; the domain notes' 7523169263 is of 1875, too old to register today. */
  private static final String EGN = PersonalNumber.egn(LocalDate.of(1975, 3, 16), 926).value();

  private static final String LNCH = "1299123456"; // month 99: an LNCh only

  private final RegistrationValidator validator =
      new RegistrationValidator(KazanlakProgrammeFixture.kazanlak());

  /** A complete, valid registration of a citizen; each test breaks one field. */
  private static Form form() {
    return new Form();
  }

  private static final class Form {
    String personalNumber = EGN;
    String firstName = "Мария";
    String middleName = "Иванова";
    String lastName = "Петрова";
    LocalDate birthDate;
    String sex;
    String settlement = "Бузовград";
    String address = "ул. „Розова долина“ 5";
    String phone = "0888 123 456";
    Boolean consent = Boolean.TRUE;
    String employment = "LONG_TERM_UNEMPLOYED";
    String education = "ISCED_2";
    SpecialCategoryAnswer minority = SpecialCategoryAnswer.YES;
    SpecialCategoryAnswer disability = SpecialCategoryAnswer.NO;
    SpecialCategoryAnswer other;
    Boolean homeless = Boolean.FALSE;

    NewParticipant build() {
      return new NewParticipant(
          personalNumber,
          firstName,
          middleName,
          lastName,
          birthDate,
          sex,
          settlement,
          address,
          phone,
          consent,
          employment,
          education,
          minority,
          disability,
          other,
          homeless,
          false,
          true,
          false);
    }
  }

  private ValidRegistration valid(Form form) {
    return validator.validate(form.build(), TODAY);
  }

  private List<FieldProblem> refused(Form form) {
    RequestRefusedException e =
        catchThrowableOfType(
            RequestRefusedException.class, () -> validator.validate(form.build(), TODAY));
    assertThat(e).as("refused").isNotNull();
    assertThat(e.kind()).isEqualTo(Refusal.INVALID);
    return e.fieldProblems();
  }

  private static List<String> fields(List<FieldProblem> problems) {
    return problems.stream().map(FieldProblem::field).toList();
  }

  @Test
  void validEgnRegistrationTakesBirthDateAndSexFromTheNumber() {
    Form f = form();
    f.personalNumber =
        " " + EGN.substring(0, 3) + "-" + EGN.substring(3, 6) + "-" + EGN.substring(6) + " ";
    f.birthDate = LocalDate.of(2000, 1, 1); // ignored for an EGN
    f.sex = "FEMALE"; // ignored for an EGN

    ValidRegistration r = valid(f);

    assertThat(r.personalNumber().value()).isEqualTo(EGN);
    assertThat(r.personalNumber().kind()).isEqualTo(PersonalNumber.Kind.EGN);
    assertThat(r.birthDate()).isEqualTo(LocalDate.of(1975, 3, 16));
    assertThat(r.sex()).isEqualTo(Sex.MALE);
    assertThat(r.firstName()).isEqualTo("Мария");
    assertThat(r.settlement()).isEqualTo("Бузовград");
    assertThat(r.phone()).isEqualTo("0888123456");
    assertThat(r.consentToServices()).isTrue();
    assertThat(r.entry())
        .isEqualTo(
            new EsfEntryData(
                EmploymentStatus.LONG_TERM_UNEMPLOYED,
                EducationLevel.ISCED_2,
                SpecialCategoryAnswer.YES,
                SpecialCategoryAnswer.NO,
                SpecialCategoryAnswer.REFUSED,
                false,
                new HouseholdSituation(false, true, false)));
  }

  @Test
  void unansweredSpecialCategoriesAreRecordedAsRefused() {
    Form f = form();
    f.minority = null;
    f.disability = null;
    f.other = null;
    EsfEntryData entry = valid(f).entry();
    assertThat(entry.minority()).isEqualTo(SpecialCategoryAnswer.REFUSED);
    assertThat(entry.disability()).isEqualTo(SpecialCategoryAnswer.REFUSED);
    assertThat(entry.otherDisadvantaged()).isEqualTo(SpecialCategoryAnswer.REFUSED);
    assertThat(entry.disadvantaged()).isFalse();
  }

  @Test
  void namesAndFieldsAreTrimmedAndInnerWhitespaceCollapsed() {
    Form f = form();
    f.firstName = "  Анна   Мария ";
    f.lastName = "Петрова-Иванова";
    f.middleName = "   ";
    f.settlement = "  Крън ";
    f.address = "   ";
    f.phone = " +359 (88) 123-45/67 ";
    ValidRegistration r = valid(f);
    assertThat(r.firstName()).isEqualTo("Анна Мария");
    assertThat(r.lastName()).isEqualTo("Петрова-Иванова");
    assertThat(r.middleName()).isNull();
    assertThat(r.settlement()).isEqualTo("Крън");
    assertThat(r.address()).isNull();
    assertThat(r.phone()).isEqualTo("+359881234567");
    assertThat(r.caseName()).isEqualTo("Анна Мария П.");
  }

  @Test
  void anEmptyFormListsEveryRequiredFieldAtOnce() {
    NewParticipant empty =
        new NewParticipant(
            null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, false, true, false);
    RequestRefusedException e =
        catchThrowableOfType(RequestRefusedException.class, () -> validator.validate(empty, TODAY));

    assertThat(fields(e.fieldProblems()))
        .containsExactly(
            "personalNumber",
            "firstName",
            "lastName",
            "settlement",
            "consentToServices",
            "entry.employmentStatus",
            "entry.educationLevel",
            "entry.homelessOrHousingExclusion");
    assertThat(e.fieldProblems())
        .contains(
            new FieldProblem("personalNumber", "ЕГН/ЛНЧ е задължително поле."),
            new FieldProblem("firstName", "Името е задължително поле."),
            new FieldProblem("lastName", "Фамилията е задължително поле."),
            new FieldProblem("settlement", "Населеното място е задължително."),
            new FieldProblem("entry.employmentStatus", "Изберете статус на пазара на труда."),
            new FieldProblem("entry.educationLevel", "Изберете степен на образование (ISCED)."));
    assertThat(e.getMessage()).contains("ЕГН/ЛНЧ е задължително поле.");
  }

  @Test
  void blankPersonalNumberIsRequired() {
    Form f = form();
    f.personalNumber = "  ";
    assertThat(refused(f))
        .containsExactly(new FieldProblem("personalNumber", "ЕГН/ЛНЧ е задължително поле."));
  }

  @Test
  void wrongCheckDigitIsRefusedOnThePersonalNumberField() {
    Form f = form();
    f.personalNumber = "7523169264";
    List<FieldProblem> problems = refused(f);
    assertThat(fields(problems)).containsExactly("personalNumber");
    assertThat(problems.get(0).message()).startsWith("Невалиден ЕГН/ЛНЧ");
  }

  @Test
  void nonExistentDateIsRefused() {
    Form f = form();
    f.personalNumber = "8019010008";
    assertThat(fields(refused(f))).containsExactly("personalNumber");
  }

  @Test
  void egnWithABirthDateAfterTodayIsRefused() {
    Form f = form();
    f.personalNumber = PersonalNumber.egn(LocalDate.of(2022, 6, 1), 124).value();
    assertThat(refused(f))
        .containsExactly(
            new FieldProblem(
                "personalNumber",
                "Датата на раждане, записана в ЕГН, не е възможна за жив човек."));
  }

  @Test
  void egnBornTodayIsAccepted() {
    Form f = form();
    f.personalNumber = PersonalNumber.egn(TODAY, 124).value();
    assertThat(valid(f).birthDate()).isEqualTo(TODAY);
  }

  @Test
  void lnchWithoutBirthDateIsNotTakenForAnEgnTypo() {
    Form f = form();
    f.personalNumber = LNCH;
    assertThat(refused(f))
        .containsExactly(
            new FieldProblem(
                "personalNumber",
                "Номерът не е валиден ЕГН. Ако е ЛНЧ на чужденец, въведете дата на раждане и пол."));
  }

  @Test
  void mistypedEgnThatPassesTheLnchCheckIsNotAccepted() {
    Form f = form();
    f.personalNumber = "7523169265"; // 7523169263 with its last digit mistyped
    assertThat(refused(f)).extracting(FieldProblem::field).containsExactly("personalNumber");
  }

  @Test
  void lnchNeedsSex() {
    Form f = form();
    f.personalNumber = LNCH;
    f.birthDate = LocalDate.of(1988, 7, 2);
    assertThat(refused(f)).containsExactly(new FieldProblem("sex", "За ЛНЧ изберете пол."));
  }

  @Test
  void lnchTakesBirthDateAndSexFromTheForm() {
    Form f = form();
    f.personalNumber = LNCH;
    f.birthDate = LocalDate.of(1988, 7, 2);
    f.sex = " FEMALE ";
    ValidRegistration r = valid(f);
    assertThat(r.personalNumber().kind()).isEqualTo(PersonalNumber.Kind.LNCH);
    assertThat(r.birthDate()).isEqualTo(LocalDate.of(1988, 7, 2));
    assertThat(r.sex()).isEqualTo(Sex.FEMALE);
  }

  @Test
  void lnchWithFutureBirthDateOrUnknownSexIsRefused() {
    Form f = form();
    f.personalNumber = LNCH;
    f.birthDate = TODAY.plusDays(1);
    f.sex = "OTHER";
    assertThat(refused(f))
        .containsExactly(
            new FieldProblem("birthDate", "Датата на раждане не е възможна за жив човек."),
            new FieldProblem("sex", "За ЛНЧ изберете пол."));
  }

  @Test
  void settlementOutsideTheMunicipalityIsRefusedByName() {
    Form f = form();
    f.settlement = "Стара Загора";
    assertThat(refused(f))
        .containsExactly(
            new FieldProblem(
                "settlement", "„Стара Загора“ не е населено място в община Казанлък."));
  }

  @Test
  void namesWithDigitsOrSymbolsAreRefused() {
    Form f = form();
    f.firstName = "Мария2";
    f.middleName = "-Иванова"; // must start with a letter
    f.lastName = "Петрова!";
    List<FieldProblem> problems = refused(f);
    assertThat(fields(problems)).containsExactly("firstName", "middleName", "lastName");
    assertThat(problems.get(0).message())
        .isEqualTo("Името може да съдържа само букви, интервал, тире и апостроф (до 100 знака).");
  }

  @Test
  void nameLengthLimitIs100Characters() {
    Form f = form();
    f.lastName = "Я".repeat(100);
    assertThat(valid(f).lastName()).hasSize(100);
    f.lastName = "Я".repeat(101);
    assertThat(fields(refused(f))).containsExactly("lastName");
  }

  @Test
  void addressLongerThan250IsRefused() {
    Form f = form();
    f.address = "а".repeat(250);
    assertThat(valid(f).address()).hasSize(250);
    f.address = "а".repeat(251);
    assertThat(refused(f))
        .containsExactly(new FieldProblem("address", "Адресът е по-дълъг от 250 знака."));
  }

  @Test
  void malformedPhoneIsRefused() {
    Form f = form();
    f.phone = "088-ABC";
    assertThat(refused(f)).containsExactly(new FieldProblem("phone", "Невалиден телефонен номер."));
    f.phone = "12345"; // fewer than 6 digits
    assertThat(fields(refused(f))).containsExactly("phone");
  }

  @Test
  void consentMustBeAnsweredButMayBeNo() {
    Form f = form();
    f.consent = null;
    assertThat(fields(refused(f))).containsExactly("consentToServices");
    f.consent = Boolean.FALSE;
    assertThat(valid(f).consentToServices()).isFalse();
  }

  @Test
  void unknownEnumerationValuesBecomeEntryFieldProblems() {
    Form f = form();
    f.employment = "WORKING";
    f.education = "ISCED_9";
    f.homeless = null;
    assertThat(refused(f))
        .containsExactly(
            new FieldProblem("entry.employmentStatus", "Изберете статус на пазара на труда."),
            new FieldProblem("entry.educationLevel", "Изберете степен на образование (ISCED)."),
            new FieldProblem(
                "entry.homelessOrHousingExclusion",
                "Отбележете дали лицето е бездомно или живее в жилищно изключване."));
  }

  @Test
  void problemsOfDifferentFieldsAreCollectedTogether() {
    Form f = form();
    f.personalNumber = "123";
    f.settlement = "София";
    f.employment = "";
    assertThat(fields(refused(f)))
        .containsExactly("personalNumber", "settlement", "entry.employmentStatus");
  }
}
