package bg.kazanlak.inclusion.familyhouse;

import bg.kazanlak.inclusion.problem.FieldProblem;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.ProgrammeProperties.FamilyHouse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The rules of the Family Houses that need no database: what a well-formed service is (400 naming
 * every wrong field at once, so that a form is corrected once; an unknown house is 404), and when a
 * participant may move to another house. Plain Java: {@link ServiceRecorder} and {@link
 * AttachmentService} ask them before they change anything. Messages name people by registration
 * number, never by name, and never repeat a note.
 */
final class FamilyHouseRules {

  /** The length of the reason columns of V11__family_house.sql. */
  static final int MAX_REASON = 500;

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private final List<FamilyHouse> houses;
  private final LocalDate start;
  private final LocalDate end;
  private final int maxServiceMinutes;
  private final int maxNoteLength;

  FamilyHouseRules(
      List<FamilyHouse> houses,
      LocalDate start,
      LocalDate end,
      int maxServiceMinutes,
      int maxNoteLength) {
    this.houses = List.copyOf(houses);
    this.start = start;
    this.end = end;
    this.maxServiceMinutes = maxServiceMinutes;
    this.maxNoteLength = maxNoteLength;
  }

  Optional<FamilyHouse> house(String id) {
    return id == null
        ? Optional.empty()
        : houses.stream().filter(h -> h.id().equals(id.trim())).findFirst();
  }

  /** The house that serves the settlement, if any (the configuration has one for each). */
  Optional<FamilyHouse> servingHouse(String settlement) {
    return houses.stream().filter(h -> h.serves().contains(settlement)).findFirst();
  }

  /**
   * A service with its texts trimmed and {@code forFamily} false when not given; 404 for an unknown
   * house, 400 naming every wrong field. {@code isParticipant} says which registration numbers are
   * registered participants still in the programme.
   */
  NewService checkService(NewService s, Predicate<String> isParticipant, LocalDate today) {
    if (blank(s.house())) {
      throw RequestRefusedException.invalid("house", "Изберете Къща на семейството.");
    }
    FamilyHouse house =
        house(s.house())
            .orElseThrow(
                () ->
                    RequestRefusedException.notFound(
                        "Няма Къща на семейството с номер " + s.house().trim() + "."));
    List<FieldProblem> problems = new ArrayList<>();
    String person = blank(s.registrationNumber()) ? null : s.registrationNumber().trim();
    if (person == null) {
      problems.add(
          new FieldProblem("registrationNumber", "Въведете регистрационния номер на участника."));
    } else if (!isParticipant.test(person)) {
      problems.add(
          new FieldProblem(
              "registrationNumber",
              "Участник с регистрационен номер " + person + " не е регистриран в проекта."));
    }
    String role = blank(s.role()) ? null : s.role().trim();
    if (role == null) {
      problems.add(new FieldProblem("role", "Изберете ролята на специалиста."));
    } else if (!house.roles().contains(role)) {
      problems.add(
          new FieldProblem("role", "В " + house.name() + " няма специалист с тази роля: " + role));
    }
    if (s.kind() == null) {
      problems.add(new FieldProblem("kind", "Изберете вида на услугата."));
    }
    if (s.date() == null) {
      problems.add(new FieldProblem("date", "Въведете датата на услугата."));
    } else if (s.date().isBefore(start) || s.date().isAfter(end)) {
      problems.add(
          new FieldProblem(
              "date",
              "Датата е извън периода на проекта (%s – %s)."
                  .formatted(start.format(DAY), end.format(DAY))));
    } else if (s.date().isAfter(today)) {
      problems.add(
          new FieldProblem(
              "date", "Услугата се записва след като е предоставена: датата е бъдеща."));
    }
    if (s.durationMinutes() == null) {
      problems.add(new FieldProblem("durationMinutes", "Въведете продължителността в минути."));
    } else if (s.durationMinutes() <= 0 || s.durationMinutes() > maxServiceMinutes) {
      problems.add(
          new FieldProblem(
              "durationMinutes",
              "Продължителността е от 1 до %d минути.".formatted(maxServiceMinutes)));
    }
    String note = blank(s.note()) ? null : s.note().trim();
    if (note != null && note.length() > maxNoteLength) {
      problems.add(
          new FieldProblem(
              "note", "Бележката е до %d знака; съкратете я.".formatted(maxNoteLength)));
    }
    if (!problems.isEmpty()) {
      throw RequestRefusedException.invalid(problems);
    }
    return new NewService(
        house.id(),
        person,
        Boolean.TRUE.equals(s.forFamily()),
        role,
        s.kind(),
        s.date(),
        s.durationMinutes(),
        note);
  }

  /**
   * A move of a participant attached to {@code current} (null: not attached) to {@code to}, with
   * its reason trimmed: 400 for a missing or unknown house, a participant not attached, a missing
   * or too long reason; 422 for a move to the house the participant is already attached to.
   */
  String checkTransfer(String registrationNumber, String current, String to, String reason) {
    List<FieldProblem> problems = new ArrayList<>();
    if (blank(registrationNumber)) {
      problems.add(
          new FieldProblem("registrationNumber", "Въведете регистрационния номер на участника."));
    } else if (current == null) {
      problems.add(
          new FieldProblem(
              "registrationNumber",
              "Участник " + registrationNumber.trim() + " не е насочен към Къща на семейството."));
    }
    if (blank(to)) {
      problems.add(new FieldProblem("house", "Изберете новата Къща на семейството."));
    } else if (house(to).isEmpty()) {
      problems.add(new FieldProblem("house", "Няма Къща на семейството с номер " + to.trim()));
    }
    if (blank(reason)) {
      problems.add(new FieldProblem("reason", "Посочете причината за преместването."));
    } else if (reason.trim().length() > MAX_REASON) {
      problems.add(new FieldProblem("reason", "Причината е до %d знака.".formatted(MAX_REASON)));
    }
    if (!problems.isEmpty()) {
      throw RequestRefusedException.invalid(problems);
    }
    if (current.equals(to.trim())) {
      throw RequestRefusedException.ruleBroken(
          "Участник "
              + registrationNumber.trim()
              + " вече е към "
              + house(current).map(FamilyHouse::name).orElse(current)
              + ".",
          Map.of("house", current));
    }
    return reason.trim();
  }

  static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
