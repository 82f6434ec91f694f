package bg.kazanlak.inclusion.reporting;

import bg.kazanlak.inclusion.employment.EmploymentExits.Exit;
import bg.kazanlak.inclusion.participant.EsfEntryData;
import bg.kazanlak.inclusion.participant.HouseholdSituation;
import bg.kazanlak.inclusion.participant.ParticipantMicrodata.Entrant;
import bg.kazanlak.inclusion.participant.PersonalNumber;
import bg.kazanlak.inclusion.participant.SpecialCategoryAnswer;
import bg.kazanlak.inclusion.reporting.IsunProperties.Activity;
import bg.kazanlak.inclusion.reporting.IsunProperties.AnswerExport;
import bg.kazanlak.inclusion.reporting.IsunProperties.MinorityColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One participant as a row of ISUN's «Микроданни участници (ЕСФ)» (columns A-AI), by the mapping of
 * {@link IsunProperties}. Plain Java: no Spring, no database. Every cell is text, as ISUN's parser
 * reads it (a number as its digits).
 */
final class IsunRows {

  static final int COLUMNS = 35;

  private final IsunProperties isun;

  IsunRows(IsunProperties isun) {
    this.isun = isun;
  }

  /** How a participant left the operation, as known at the end of the period. */
  record Leaving(LocalDate date, boolean early, String reason, String result) {}

  /**
   * The leaving of a participant: a withdrawal from the programme, else the end of the employment
   * contract (the last one by the end of the period); {@code null} while still in the programme.
   */
  Leaving leaving(Entrant entrant, Exit exit) {
    if (entrant.withdrawnOn() != null) {
      return new Leaving(
          entrant.withdrawnOn(), true, isun.withdrawalReason(), isun.withdrawalResult());
    }
    if (exit == null) {
      return null;
    }
    return new Leaving(
        exit.leavingDate(),
        exit.leftEarly(),
        exit.leftEarly() ? isun.terminationReasons().get(exit.terminationReason()) : isun.empty(),
        exit.immediateResult() == null
            ? isun.empty()
            : isun.immediateResults().get(exit.immediateResult()));
  }

  /** The row's 35 cells, A-AI. */
  List<String> cells(int number, Entrant e, Leaving leaving, boolean showPersonalNumber) {
    EsfEntryData entry = e.entry();
    HouseholdSituation household = entry.household();
    Activity activity = isun.activities().get(e.firstStream());
    List<String> cells = new ArrayList<>(COLUMNS);
    cells.add(String.valueOf(number)); // A
    cells.add(e.firstName()); // B
    cells.add(blank(e.middleName()) ? isun.missingMiddleName() : e.middleName()); // C
    cells.add(e.lastName()); // D
    cells.add(
        showPersonalNumber ? e.personalNumber() : PersonalNumber.mask(e.personalNumber())); // E
    cells.add(isun.sex().get(e.sex())); // F
    cells.add(String.valueOf(e.ageAtJoining())); // G
    cells.add(isun.employmentStatus().get(entry.employmentStatus())); // H
    cells.add(isun.education().get(entry.educationLevel())); // I
    cells.add(isun.district()); // J
    cells.add(isun.isunSettlement(e.settlement())); // K
    cells.add(blank(e.phone()) ? "" : e.phone()); // L
    cells.add(""); // M: the registry keeps no e-mail
    for (MinorityColumn column : MinorityColumn.values()) { // N-Q
      cells.add(isun.minorityColumns().contains(column) ? special(entry.minority()) : isun.no());
    }
    cells.add(special(entry.disability())); // R
    cells.add(yesNo(entry.homelessOrHousingExclusion())); // S
    cells.add(special(entry.otherDisadvantaged())); // T
    cells.add(household(household, HouseholdSituation::joblessHousehold)); // U
    cells.add(household(household, HouseholdSituation::joblessWithDependentChildren)); // V
    cells.add(household(household, HouseholdSituation::singleAdultWithDependentChildren)); // W
    cells.addAll(date(e.joined())); // X-Z
    cells.add(activity.label()); // AA
    cells.add(isun.district()); // AB
    cells.add(isun.isunSettlement(activity.place() == null ? e.settlement() : activity.place()));
    if (leaving == null) { // AD-AI
      for (int i = 0; i < 6; i++) {
        cells.add(isun.empty());
      }
    } else {
      cells.add(leaving.early() ? isun.leftEarly() : isun.stayedToEnd());
      cells.addAll(date(leaving.date()));
      cells.add(leaving.reason());
      cells.add(leaving.result());
    }
    return cells;
  }

  String yesNo(boolean answer) {
    return answer ? isun.yes() : isun.no();
  }

  /** A special-category answer; a refusal as {@link IsunProperties#refusedAnswer()} says. */
  String special(SpecialCategoryAnswer answer) {
    return switch (answer) {
      case YES -> isun.yes();
      case NO -> isun.no();
      case REFUSED -> export(isun.refusedAnswer());
    };
  }

  private String household(
      HouseholdSituation household, Function<HouseholdSituation, Boolean> answer) {
    return household == null ? export(isun.missingHousehold()) : yesNo(answer.apply(household));
  }

  private String export(AnswerExport export) {
    return switch (export) {
      case NO -> isun.no();
      case EMPTY -> isun.empty();
    };
  }

  private static List<String> date(LocalDate day) {
    return List.of(
        String.valueOf(day.getYear()),
        String.valueOf(day.getMonthValue()),
        String.valueOf(day.getDayOfMonth()));
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
