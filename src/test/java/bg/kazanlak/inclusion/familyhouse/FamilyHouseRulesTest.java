package bg.kazanlak.inclusion.familyhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import bg.kazanlak.inclusion.problem.FieldProblem;
import bg.kazanlak.inclusion.problem.Refusal;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.KazanlakProgrammeFixture;
import bg.kazanlak.inclusion.programme.ProgrammeProperties.FamilyHouse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class FamilyHouseRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2022, 6, 6);
  private static final Set<String> REGISTERED = Set.of("P-2022-00001");

  private final FamilyHouseRules rules =
      new FamilyHouseRules(
          List.of(
              new FamilyHouse(
                  "kran",
                  "Къща на семейството – Крън",
                  "Крън",
                  List.of("SOCIAL_WORKER", "PSYCHOLOGIST"),
                  List.of("Крън", "Дунавци")),
              new FamilyHouse(
                  "razhena",
                  "Къща на семейството – Ръжена",
                  "Ръжена",
                  List.of("ROMA_MEDIATOR"),
                  List.of("Ръжена"))),
          KazanlakProgrammeFixture.START,
          KazanlakProgrammeFixture.END,
          480,
          20);

  private static NewService service(String house, String role, LocalDate date, Integer minutes) {
    return new NewService(
        house, " P-2022-00001 ", null, role, ServiceKind.HOME_VISIT, date, minutes, "  кратко  ");
  }

  private NewService check(NewService s) {
    return rules.checkService(s, REGISTERED::contains, TODAY);
  }

  @Test
  void aWellFormedServiceIsTrimmedAndForThePersonUnlessSaidOtherwise() {
    NewService checked = check(service("kran", "PSYCHOLOGIST", TODAY, 480));
    assertThat(checked.registrationNumber()).isEqualTo("P-2022-00001");
    assertThat(checked.forFamily()).isFalse();
    assertThat(checked.note()).isEqualTo("кратко");
    assertThat(check(service("kran", "PSYCHOLOGIST", KazanlakProgrammeFixture.START, 1)).date())
        .isEqualTo(KazanlakProgrammeFixture.START);
  }

  @Test
  void anUnknownHouseIsNotFound() {
    RequestRefusedException e = refused(() -> check(service("plovdiv", "PSYCHOLOGIST", TODAY, 30)));
    assertThat(e.kind()).isEqualTo(Refusal.NOT_FOUND);
    assertThat(e.detail()).contains("plovdiv");
  }

  @Test
  void everyWrongFieldIsNamedAtOnce() {
    NewService bad =
        new NewService(
            "razhena",
            "P-2022-99999",
            true,
            "PSYCHOLOGIST",
            null,
            TODAY.plusDays(1),
            0,
            "x".repeat(21));
    RequestRefusedException e = refused(() -> check(bad));
    assertThat(e.kind()).isEqualTo(Refusal.INVALID);
    assertThat(e.fieldProblems())
        .extracting(FieldProblem::field)
        .containsExactly("registrationNumber", "role", "kind", "date", "durationMinutes", "note");
    assertThat(e.getMessage()).doesNotContain("xxxxx");
    assertThat(e.fieldProblems().get(1).message()).contains("Ръжена", "PSYCHOLOGIST");
  }

  @Test
  void missingFieldsAreNamed() {
    RequestRefusedException e =
        refused(() -> check(new NewService("kran", " ", null, null, null, null, null, null)));
    assertThat(e.fieldProblems())
        .extracting(FieldProblem::field)
        .containsExactly("registrationNumber", "role", "kind", "date", "durationMinutes");
    assertThat(refused(() -> check(service(null, "PSYCHOLOGIST", TODAY, 1))).fieldProblems())
        .extracting(FieldProblem::field)
        .containsExactly("house");
  }

  @Test
  void aDateOutsideThePeriodOrAheadAndADurationAboveTheMaximumAreRefused() {
    for (LocalDate day :
        List.of(
            KazanlakProgrammeFixture.START.minusDays(1),
            KazanlakProgrammeFixture.END.plusDays(1),
            TODAY.plusDays(1))) {
      assertThat(refused(() -> check(service("kran", "SOCIAL_WORKER", day, 30))).fieldProblems())
          .as("%s", day)
          .extracting(FieldProblem::field)
          .containsExactly("date");
    }
    assertThat(refused(() -> check(service("kran", "SOCIAL_WORKER", TODAY, 481))).fieldProblems())
        .extracting(FieldProblem::field)
        .containsExactly("durationMinutes");
    assertThat(refused(() -> check(service("kran", "SOCIAL_WORKER", TODAY, -5))).fieldProblems())
        .extracting(FieldProblem::field)
        .containsExactly("durationMinutes");
  }

  @Test
  void theHouseServingASettlement() {
    assertThat(rules.servingHouse("Дунавци")).map(FamilyHouse::id).contains("kran");
    assertThat(rules.servingHouse("Ръжена")).map(FamilyHouse::id).contains("razhena");
    assertThat(rules.servingHouse("Пловдив")).isEmpty();
  }

  @Test
  void aMoveNeedsAnAttachedParticipantAnotherKnownHouseAndAReason() {
    assertThat(rules.checkTransfer("P-2022-00001", "kran", "razhena", "  премести се  "))
        .isEqualTo("премести се");

    RequestRefusedException invalid =
        refused(() -> rules.checkTransfer("P-2022-00002", null, "sofia", " "));
    assertThat(invalid.kind()).isEqualTo(Refusal.INVALID);
    assertThat(invalid.fieldProblems())
        .extracting(FieldProblem::field)
        .containsExactly("registrationNumber", "house", "reason");
    assertThat(invalid.fieldProblems().get(0).message()).contains("P-2022-00002");
    assertThat(
            refused(() -> rules.checkTransfer(null, null, null, "x".repeat(501))).fieldProblems())
        .extracting(FieldProblem::field)
        .containsExactly("registrationNumber", "house", "reason");

    RequestRefusedException same =
        refused(() -> rules.checkTransfer("P-2022-00001", "kran", "kran", "причина"));
    assertThat(same.kind()).isEqualTo(Refusal.RULE_BROKEN);
    assertThat(same.detail()).contains("P-2022-00001", "Крън");
  }

  private static RequestRefusedException refused(ThrowingCallable call) {
    RequestRefusedException e = catchThrowableOfType(RequestRefusedException.class, call);
    assertThat(e).as("refused").isNotNull();
    return e;
  }
}
