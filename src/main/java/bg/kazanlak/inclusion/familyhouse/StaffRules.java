package bg.kazanlak.inclusion.familyhouse;

import bg.kazanlak.inclusion.problem.FieldProblem;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The rules of a Family House staff position that need no database: a well-formed position (400
 * naming every wrong field: a house or a role that does not exist, dates outside the programme or
 * longer than allowed, a wage under the minimum for the working time in any of its months), and the
 * jobs the programme opened (422 when all of them are filled on a day of the new position). Plain
 * Java: {@link StaffPositions} asks them before it stores anything. Messages never name the person.
 */
final class StaffRules {

  /** Column length of V13__family_house_staff.sql that the name must fit. */
  static final int MAX_NAME = 200;

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private final LocalDate programmeStart;
  private final LocalDate programmeEnd;
  private final int maxMonths;
  private final int jobs;

  /**
   * @param maxMonths the longest a position may last
   * @param jobs the programme's staff jobs ({@code inclusion.programme.targets.staff-jobs})
   */
  StaffRules(LocalDate programmeStart, LocalDate programmeEnd, int maxMonths, int jobs) {
    this.programmeStart = programmeStart;
    this.programmeEnd = programmeEnd;
    this.maxMonths = maxMonths;
    this.jobs = jobs;
  }

  /** A period of a position, from its first to its last day. */
  record Period(LocalDate start, LocalDate end) {}

  /**
   * The position with its texts trimmed, or a 400 naming every wrong field.
   *
   * @param rolesByHouse each house's id and the roles a position there may have
   * @param minimumWage the national minimum monthly wage in force in a month
   */
  NewPosition check(
      NewPosition p,
      Map<String, Set<String>> rolesByHouse,
      Function<YearMonth, BigDecimal> minimumWage,
      LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    String house = trim(p.house());
    String role = trim(p.role());
    String name = trim(p.staffName());
    Set<String> roles = house == null ? null : rolesByHouse.get(house);
    if (house == null) {
      problems.add(new FieldProblem("house", "Изберете Къщата на семейството."));
    } else if (roles == null) {
      problems.add(new FieldProblem("house", "Няма Къща на семейството „%s“.".formatted(house)));
    }
    if (role == null) {
      problems.add(new FieldProblem("role", "Изберете длъжността."));
    } else if (roles != null && !roles.contains(role)) {
      problems.add(
          new FieldProblem("role", "Къщата на семейството няма длъжност „%s“.".formatted(role)));
    }
    if (name == null) {
      problems.add(new FieldProblem("staffName", "Въведете името на служителя."));
    } else if (name.length() > MAX_NAME) {
      problems.add(new FieldProblem("staffName", "Името е до %d знака.".formatted(MAX_NAME)));
    }
    boolean periodValid = checkPeriod(p.start(), p.end(), today, problems);
    boolean fractionValid = checkWorkingTime(p.workingTime(), problems);
    boolean wageValid = checkWageFormat(p.grossMonthlyWage(), problems);
    if (periodValid && fractionValid && wageValid) {
      checkMinimumWage(p, minimumWage, problems);
    }
    if (!problems.isEmpty()) {
      throw RequestRefusedException.invalid(problems);
    }
    return new NewPosition(
        house, role, name, p.start(), p.end(), p.workingTime(), p.grossMonthlyWage());
  }

  /**
   * Refuses (422) a position that would be one more than the programme's jobs on some day of its
   * period, given the periods of the other positions that overlap it.
   */
  void checkJobsFree(Period period, List<Period> others) {
    // the number of positions filled only rises on a position's first day
    Stream.concat(Stream.of(period.start()), others.stream().map(Period::start))
        .filter(day -> !day.isBefore(period.start()) && !day.isAfter(period.end()))
        .sorted()
        .filter(day -> others.stream().filter(o -> covers(o, day)).count() >= jobs)
        .findFirst()
        .ifPresent(
            day -> {
              throw RequestRefusedException.ruleBroken(
                  ("На %s всички %d работни места в Къщите на семейството са заети: "
                          + "нова позиция може да започне след края на някоя от заетите.")
                      .formatted(DAY.format(day), jobs),
                  Map.of("staffJobs", jobs, "day", day.toString()));
            });
  }

  private static boolean covers(Period p, LocalDate day) {
    return !day.isBefore(p.start()) && !day.isAfter(p.end());
  }

  private boolean checkPeriod(
      LocalDate start, LocalDate end, LocalDate today, List<FieldProblem> problems) {
    int before = problems.size();
    if (start == null) {
      problems.add(new FieldProblem("startDate", "Въведете началната дата."));
    } else if (start.isBefore(today)) {
      problems.add(
          new FieldProblem(
              "startDate",
              "Началната дата %s е в миналото (днес е %s)."
                  .formatted(DAY.format(start), DAY.format(today))));
    } else if (start.isBefore(programmeStart) || start.isAfter(programmeEnd)) {
      problems.add(new FieldProblem("startDate", outsideProgramme("Началната", start)));
    }
    if (end == null) {
      problems.add(new FieldProblem("endDate", "Въведете крайната дата."));
    } else if (end.isBefore(programmeStart) || end.isAfter(programmeEnd)) {
      problems.add(new FieldProblem("endDate", outsideProgramme("Крайната", end)));
    } else if (start != null && end.isBefore(start)) {
      problems.add(new FieldProblem("endDate", "Крайната дата е преди началната."));
    } else if (start != null && end.isAfter(start.plusMonths(maxMonths).minusDays(1))) {
      problems.add(
          new FieldProblem(
              "endDate",
              "Позицията е най-много %d месеца: от %s до %s най-късно."
                  .formatted(
                      maxMonths,
                      DAY.format(start),
                      DAY.format(start.plusMonths(maxMonths).minusDays(1)))));
    }
    return problems.size() == before;
  }

  private String outsideProgramme(String which, LocalDate day) {
    return "%s дата %s е извън периода на проекта (%s – %s)."
        .formatted(which, DAY.format(day), DAY.format(programmeStart), DAY.format(programmeEnd));
  }

  private static boolean checkWorkingTime(BigDecimal fraction, List<FieldProblem> problems) {
    if (fraction == null
        || fraction.signum() <= 0
        || fraction.compareTo(BigDecimal.ONE) > 0
        || fraction.stripTrailingZeros().scale() > 2) {
      problems.add(
          new FieldProblem(
              "workingTime",
              "Работното време е дял от пълното: по-голям от 0 и не повече от 1 (напр. 1 или 0.5)."));
      return false;
    }
    return true;
  }

  private static boolean checkWageFormat(BigDecimal wage, List<FieldProblem> problems) {
    if (wage == null || wage.signum() <= 0) {
      problems.add(
          new FieldProblem(
              "grossMonthlyWage", "Въведете брутното месечно възнаграждение (положителна сума)."));
      return false;
    }
    if (wage.stripTrailingZeros().scale() > 2) {
      problems.add(
          new FieldProblem("grossMonthlyWage", "Сумата е в лева със стотинки (до два знака)."));
      return false;
    }
    return true;
  }

  /** The wage may not be under the minimum × working time in any month of the position. */
  private static void checkMinimumWage(
      NewPosition p, Function<YearMonth, BigDecimal> minimumWage, List<FieldProblem> problems) {
    for (YearMonth month = YearMonth.from(p.start());
        !month.isAfter(YearMonth.from(p.end()));
        month = month.plusMonths(1)) {
      BigDecimal minimum =
          minimumWage.apply(month).multiply(p.workingTime()).setScale(2, RoundingMode.HALF_UP);
      if (p.grossMonthlyWage().compareTo(minimum) < 0) {
        problems.add(
            new FieldProblem(
                "grossMonthlyWage",
                ("Брутното месечно възнаграждение %s лв. е под минималното %s лв. за това работно"
                        + " време, в сила през %s.")
                    .formatted(
                        p.grossMonthlyWage().setScale(2, RoundingMode.HALF_UP).toPlainString(),
                        minimum.toPlainString(),
                        month)));
        return;
      }
    }
  }

  private static String trim(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
