package bg.kazanlak.inclusion.housing;

import bg.kazanlak.inclusion.problem.FieldProblem;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import bg.kazanlak.inclusion.programme.ProgrammeProperties.HousingUnit;
import bg.kazanlak.inclusion.programme.WorkingCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The rules of tenancies and integration plans that need no database: a well-formed tenancy, a
 * plan's goals, a complete review and evaluation, when a review shows progress and what follows it,
 * and when reviews fall due. Field problems are collected, so that a form is corrected once.
 */
@Component
class HousingRules {

  static final String GOALS = "planGoals";
  static final String REVIEW = "reviewGoals";
  static final String EVALUATION = "evaluationGoals";
  private static final int TEXT_LIMIT = 1000;

  private final ProgrammeProperties programme;
  private final HousingProperties housing;

  HousingRules(ProgrammeProperties programme, HousingProperties housing) {
    this.programme = programme;
    this.housing = housing;
  }

  Optional<HousingUnit> unit(String id) {
    return programme.housingUnits().stream().filter(u -> u.id().equals(id)).findFirst();
  }

  /**
   * A tenancy with its numbers trimmed and the members each once (the head is not a member of his
   * own list), or 400 naming every wrong field (a move-in outside the programme's period, or more
   * than a month ahead); 422 after the programme's end.
   */
  NewTenancy checkTenancy(NewTenancy in, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    String unit = trim(in.unit());
    if (unit == null) {
      problems.add(new FieldProblem("unit", "Изберете социално жилище."));
    } else if (unit(unit).isEmpty()) {
      problems.add(new FieldProblem("unit", "Няма социално жилище „" + unit + "“."));
    }
    if (in.moveIn() == null) {
      problems.add(new FieldProblem("moveIn", "Посочете датата на настаняване."));
    } else if (in.moveIn().isBefore(programme.start())) {
      problems.add(
          new FieldProblem("moveIn", "Датата на настаняване е преди началото на проекта."));
    } else if (in.moveIn().isAfter(programme.end())) {
      problems.add(new FieldProblem("moveIn", "Датата на настаняване е след края на проекта."));
    } else if (in.moveIn().isAfter(today.plusMonths(1))) {
      problems.add(
          new FieldProblem(
              "moveIn",
              "Датата на настаняване е повече от месец напред: запишете я при нанасянето."));
    }
    String head = trim(in.head());
    if (head == null) {
      problems.add(
          new FieldProblem("head", "Посочете регистрационния номер на титуляря на домакинството."));
    }
    Set<String> members = new LinkedHashSet<>();
    for (String member : in.members()) {
      String number = trim(member);
      if (number != null && !number.equals(head)) {
        members.add(number);
      }
    }
    refuseIfAny(problems);
    refuseAfterEnd(today, "нови настанявания не се записват");
    return new NewTenancy(unit, in.moveIn(), head, List.copyOf(members));
  }

  /**
   * A version of the plan: at least one goal; each of a known kind, for a member of the household,
   * with a responsible specialist and a target date from today to the programme's end; a goal
   * already in the plan given once. 400 names the goal by its row.
   */
  void checkGoals(List<PlannedGoal> goals, Collection<String> household, LocalDate today) {
    List<String> problems = new ArrayList<>();
    if (goals.isEmpty()) {
      problems.add("Планът трябва да има поне една цел.");
    }
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < goals.size(); i++) {
      PlannedGoal goal = goals.get(i);
      String row = "Цел " + (i + 1) + ": ";
      if (goal.id() != null && !seen.add(goal.id())) {
        problems.add(row + "целта е вписана два пъти.");
      }
      if (goal.kind() == null || housing.goalKind(goal.kind()).isEmpty()) {
        problems.add(row + "изберете вид на целта.");
      }
      if (goal.owner() == null || !household.contains(goal.owner())) {
        problems.add(row + "изберете член на домакинството.");
      }
      if (goal.specialist() == null || goal.specialist().isBlank()) {
        problems.add(row + "посочете отговорния специалист.");
      } else if (goal.specialist().length() > 200) {
        problems.add(row + "отговорният специалист е до 200 знака.");
      }
      if (goal.targetDate() == null) {
        problems.add(row + "посочете срок.");
      } else if (goal.targetDate().isBefore(today) || goal.targetDate().isAfter(programme.end())) {
        problems.add(row + "срокът трябва да е от днес до края на проекта.");
      }
    }
    refuse(GOALS, problems);
  }

  /**
   * A review: a visit date that has passed (not before the plan's approval), and a status for each
   * of the plan's open goals and only for them; notes up to 1000 characters.
   */
  void checkReview(
      LocalDate visitDate,
      List<GoalProgress> progress,
      Map<Long, GoalStatus> openGoals,
      LocalDate approvedOn,
      LocalDate today) {
    if (visitDate == null) {
      throw RequestRefusedException.invalid("visitDate", "Посочете датата на посещението.");
    }
    if (visitDate.isAfter(today) || visitDate.isBefore(approvedOn)) {
      throw RequestRefusedException.invalid(
          "visitDate", "Датата на посещението трябва да е между одобрението на плана и днес.");
    }
    List<String> problems = new ArrayList<>();
    Set<Long> given = new HashSet<>();
    for (GoalProgress goal : progress) {
      if (!openGoals.containsKey(goal.goalId()) || !given.add(goal.goalId())) {
        problems.add("Цел " + goal.goalId() + " не е отворена цел на плана.");
      } else if (goal.status() == null) {
        problems.add("Цел " + goal.goalId() + ": изберете състояние.");
      } else if (goal.note() != null && goal.note().length() > TEXT_LIMIT) {
        problems.add("Цел " + goal.goalId() + ": бележката е до 1000 знака.");
      }
    }
    Set<Long> missing = new LinkedHashSet<>(openGoals.keySet());
    missing.removeAll(given);
    if (!missing.isEmpty()) {
      problems.add(
          "Посочете състоянието на всяка отворена цел (липсват: "
              + missing.stream().map(String::valueOf).collect(Collectors.joining(", "))
              + ").");
    }
    refuse(REVIEW, problems);
  }

  /** True when at least one goal moved up toward being achieved. */
  static boolean progressed(Map<Long, GoalStatus> before, List<GoalProgress> after) {
    return after.stream().anyMatch(goal -> goal.status().progressFrom(before.get(goal.goalId())));
  }

  /**
   * What follows a review: a case conference once the configured number of reviews in a row showed
   * no progress (a review with no open goal left counts neither way); else a revision when the key
   * worker asked for one; else the next review.
   */
  NextStep afterReview(int reviewsWithoutProgress, boolean reviseRequested) {
    if (reviewsWithoutProgress >= housing.reviewsWithoutProgressForConference()) {
      return NextStep.CONFERENCE;
    }
    return reviseRequested ? NextStep.REVISE : NextStep.CONTINUE;
  }

  /** The review after one due on {@code due} (or the first after the approval). */
  LocalDate nextReview(LocalDate due) {
    return due.plusMonths(housing.reviewIntervalMonths());
  }

  /** The day the final evaluation opens: working days before the programme's last day. */
  LocalDate finalEvaluation(WorkingCalendar calendar) {
    LocalDate day = programme.end();
    int left = housing.evaluationWorkingDaysBeforeEnd();
    while (left > 0) {
      day = day.minusDays(1);
      if (calendar.isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }

  /** An outcome for each goal still open at the end, and only for those. */
  void checkEvaluation(List<GoalEvaluation> outcomes, Set<Long> openGoals) {
    List<String> problems = new ArrayList<>();
    Set<Long> given = new HashSet<>();
    for (GoalEvaluation goal : outcomes) {
      if (!openGoals.contains(goal.goalId()) || !given.add(goal.goalId())) {
        problems.add("Цел " + goal.goalId() + " не е отворена цел на плана.");
      } else if (goal.outcome() == null) {
        problems.add("Цел " + goal.goalId() + ": изберете резултат.");
      } else if (goal.note() != null && goal.note().length() > TEXT_LIMIT) {
        problems.add("Цел " + goal.goalId() + ": бележката е до 1000 знака.");
      }
    }
    if (!given.containsAll(openGoals)) {
      problems.add("Посочете резултата за всяка цел.");
    }
    refuse(EVALUATION, problems);
  }

  /** A move-out date from the move-in to today, and a reason. */
  void checkMoveOut(LocalDate date, MoveOutReason reason, LocalDate moveIn, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    if (date == null) {
      problems.add(new FieldProblem("moveOut", "Посочете датата на напускане."));
    } else if (date.isBefore(moveIn) || date.isAfter(today)) {
      problems.add(
          new FieldProblem(
              "moveOut", "Датата на напускане трябва да е между настаняването и днес."));
    }
    if (reason == null) {
      problems.add(new FieldProblem("moveOutReason", "Изберете причина за напускането."));
    }
    refuseIfAny(problems);
  }

  /** Free text of a form, trimmed, at most 1000 (or 2000) characters. */
  static String note(String field, String text, int limit) {
    String trimmed = trim(text);
    if (trimmed != null && trimmed.length() > limit) {
      throw RequestRefusedException.invalid(field, "Текстът е до " + limit + " знака.");
    }
    return trimmed;
  }

  private void refuseAfterEnd(LocalDate today, String what) {
    if (today.isAfter(programme.end())) {
      throw RequestRefusedException.ruleBroken(
          "Проектът приключи на " + programme.end() + ": " + what + ".",
          Map.of("programmeEnd", programme.end().toString()));
    }
  }

  private static void refuse(String field, List<String> problems) {
    if (!problems.isEmpty()) {
      throw RequestRefusedException.invalid(field, String.join(" ", problems));
    }
  }

  private static void refuseIfAny(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw RequestRefusedException.invalid(problems);
    }
  }

  static String trim(String text) {
    if (text == null) {
      return null;
    }
    String trimmed = text.trim();
    return trimmed.isEmpty() ? null : trimmed;
  }
}
