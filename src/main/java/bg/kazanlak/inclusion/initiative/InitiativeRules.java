package bg.kazanlak.inclusion.initiative;

import bg.kazanlak.inclusion.initiative.NewInitiative.NewFamily;
import bg.kazanlak.inclusion.problem.FieldProblem;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The rules of an initiative that need no database: what a well-formed proposal, reschedule and
 * report is (400 naming every wrong field, so that a form is corrected once), and what the
 * programme makes impossible (422 with the reason): a day outside the period or already past, not
 * exactly two families, a family without people, a person twice, a group larger than allowed, no
 * minority family, a family again too soon. Plain Java: {@link InitiativeService} asks them before
 * it changes anything. Errors name people by registration number, never by name.
 */
final class InitiativeRules {

  /** Column lengths of V10__initiative.sql that the texts must fit. */
  static final int MAX_TITLE = 200;

  static final int MAX_PLACE = 300;
  static final int MAX_MATERIALS = 500;
  static final int MAX_REASON = 1000;
  static final int MAX_WORK_DONE = 2000;

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private final LocalDate start;
  private final LocalDate end;
  private final int maxGroupSize;
  private final int familyRepeatDays;

  InitiativeRules(LocalDate start, LocalDate end, int maxGroupSize, int familyRepeatDays) {
    this.start = start;
    this.end = end;
    this.maxGroupSize = maxGroupSize;
    this.familyRepeatDays = familyRepeatDays;
  }

  /**
   * A proposal (new or corrected) with its texts trimmed, its cost in two decimals and the other
   * kind's fields dropped; {@code isSettlement} and {@code isLine} say which settlements and budget
   * lines exist.
   */
  NewInitiative checkProposal(
      NewInitiative p, Predicate<String> isSettlement, Predicate<String> isLine, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    if (p.kind() == null) {
      problems.add(new FieldProblem("kind", "Изберете вида на инициативата."));
    }
    text(p.title(), "title", "Въведете наименование на инициативата.", MAX_TITLE, problems);
    if (p.date() == null) {
      problems.add(new FieldProblem("date", "Въведете датата на инициативата."));
    }
    if (blank(p.settlement())) {
      problems.add(new FieldProblem("settlement", "Изберете населеното място."));
    } else if (!isSettlement.test(p.settlement().trim())) {
      problems.add(
          new FieldProblem(
              "settlement", "Населеното място не е от община Казанлък: " + p.settlement()));
    }
    if (p.plannedCost() == null || p.plannedCost().signum() < 0) {
      problems.add(
          new FieldProblem("plannedCost", "Въведете планираните разходи (0 или повече лева)."));
    } else if (p.plannedCost().stripTrailingZeros().scale() > 2) {
      problems.add(new FieldProblem("plannedCost", "Сумата е в лева със стотинки (до два знака)."));
    }
    if (blank(p.budgetLine())) {
      problems.add(new FieldProblem("budgetLine", "Изберете бюджетен ред."));
    } else if (!isLine.test(p.budgetLine().trim())) {
      problems.add(new FieldProblem("budgetLine", "Непознат бюджетен ред: " + p.budgetLine()));
    }
    if (p.kind() == InitiativeKind.FAMILY_BONDING) {
      List<NewFamily> families = p.families() == null ? List.of() : p.families();
      for (int i = 0; i < families.size(); i++) {
        if (families.get(i) == null || families.get(i).minority() == null) {
          problems.add(
              new FieldProblem(
                  "families[%d].minority".formatted(i),
                  "Посочете дали семейство %d принадлежи към малцинство.".formatted(i + 1)));
        }
      }
    } else if (p.kind() == InitiativeKind.PUBLIC_SPACE_CLEANUP) {
      text(p.place(), "place", "Посочете мястото за почистване.", MAX_PLACE, problems);
      if (p.crewSize() == null || p.crewSize() < 1) {
        problems.add(
            new FieldProblem(
                "crewSize", "Посочете колко работници на общинското предприятие участват."));
      }
      if (p.residentsExpected() == null || p.residentsExpected() < 0) {
        problems.add(
            new FieldProblem("residentsExpected", "Посочете колко жители се очаква да участват."));
      }
      if (p.materials() != null && p.materials().trim().length() > MAX_MATERIALS) {
        problems.add(
            new FieldProblem(
                "materials", "Материалите са описани в повече от " + MAX_MATERIALS + " знака."));
      }
    }
    if (!problems.isEmpty()) {
      throw RequestRefusedException.invalid(problems);
    }
    checkDay(p.date(), today);
    boolean bonding = p.kind() == InitiativeKind.FAMILY_BONDING;
    return new NewInitiative(
        p.kind(),
        p.title().trim(),
        bonding ? p.activity() : null,
        p.date(),
        p.settlement().trim(),
        bonding ? checkFamilies(p.families()) : List.of(),
        bonding ? null : p.place().trim(),
        bonding ? null : p.crewSize(),
        bonding ? null : p.residentsExpected(),
        bonding || blank(p.materials()) ? null : p.materials().trim(),
        p.plannedCost().setScale(2),
        p.budgetLine().trim());
  }

  /** An initiative's day: inside the programme's period and not already past. */
  void checkDay(LocalDate day, LocalDate today) {
    if (day.isBefore(start) || day.isAfter(end)) {
      throw RequestRefusedException.ruleBroken(
          "Датата %s е извън периода на проекта %s – %s."
              .formatted(DAY.format(day), DAY.format(start), DAY.format(end)),
          Map.of("start", start, "end", end));
    }
    if (day.isBefore(today)) {
      throw RequestRefusedException.ruleBroken(
          "Датата %s е минала: инициативата се предлага и насрочва предварително."
              .formatted(DAY.format(day)),
          Map.of("today", today));
    }
  }

  /**
   * Exactly two families, each with its people (trimmed, each person once in the event), together
   * no more than the configured group, at least one of them belonging to a minority.
   */
  private List<NewFamily> checkFamilies(List<NewFamily> families) {
    if (families == null || families.size() != 2) {
      throw RequestRefusedException.ruleBroken(
          "Инициативата за сближаване е за точно две семейства (посочени: %d)."
              .formatted(families == null ? 0 : families.size()),
          Map.of("families", families == null ? 0 : families.size()));
    }
    Set<String> everyone = new HashSet<>();
    List<NewFamily> checked = new ArrayList<>();
    for (int i = 0; i < families.size(); i++) {
      List<String> people = new ArrayList<>();
      for (String number :
          families.get(i).registrationNumbers() == null
              ? List.<String>of()
              : families.get(i).registrationNumbers()) {
        if (blank(number)) {
          continue;
        }
        String trimmed = number.trim();
        if (!everyone.add(trimmed)) {
          throw RequestRefusedException.ruleBroken(
              "Участник %s е посочен повече от веднъж: всеки е член на едно от двете семейства."
                  .formatted(trimmed),
              Map.of("registrationNumber", trimmed));
        }
        people.add(trimmed);
      }
      if (people.isEmpty()) {
        throw RequestRefusedException.ruleBroken(
            "Семейство %d няма посочени регистрирани участници.".formatted(i + 1),
            Map.of("family", i + 1));
      }
      checked.add(new NewFamily(List.copyOf(people), families.get(i).minority()));
    }
    if (everyone.size() > maxGroupSize) {
      throw RequestRefusedException.ruleBroken(
          "Групата е %d души, а инициативата е за малка група – до %d."
              .formatted(everyone.size(), maxGroupSize),
          Map.of("groupSize", everyone.size(), "maxGroupSize", maxGroupSize));
    }
    if (checked.stream().noneMatch(NewFamily::minority)) {
      throw RequestRefusedException.ruleBroken(
          "Поне едно от двете семейства трябва да принадлежи към малцинство.", Map.of());
    }
    return List.copyOf(checked);
  }

  /** People named who are not registered participants in the programme (unknown or left it). */
  static void requireRegistered(List<String> notRegistered) {
    if (!notRegistered.isEmpty()) {
      throw RequestRefusedException.ruleBroken(
          "Не са регистрирани участници в проекта: " + String.join(", ", notRegistered) + ".",
          Map.of("registrationNumbers", notRegistered));
    }
  }

  /** A family takes part in one family-bonding event within the configured number of days. */
  void refuseRepeat(List<FamilyClash> clashes) {
    if (!clashes.isEmpty()) {
      FamilyClash first = clashes.get(0);
      throw RequestRefusedException.ruleBroken(
          ("Участник %s е в семейство на инициатива %s от %s: едно семейство участва в"
                  + " инициатива за сближаване най-много веднъж на %d дни.")
              .formatted(
                  first.registrationNumber(),
                  first.initiativeNumber(),
                  DAY.format(first.date()),
                  familyRepeatDays),
          Map.of(
              "registrationNumber", first.registrationNumber(),
              "initiativeNumber", first.initiativeNumber()));
    }
  }

  /** The first and last day of the window around {@code day} in which a family may not repeat. */
  LocalDate[] repeatWindow(LocalDate day) {
    return new LocalDate[] {
      day.minusDays(familyRepeatDays - 1L), day.plusDays(familyRepeatDays - 1L)
    };
  }

  /** A reason that must be given (a return, a rejection, a cancellation): trimmed. */
  static String requiredReason(String reason, String field, String message) {
    List<FieldProblem> problems = new ArrayList<>();
    text(reason, field, message, MAX_REASON, problems);
    if (!problems.isEmpty()) {
      throw RequestRefusedException.invalid(problems);
    }
    return reason.trim();
  }

  /** An optional comment: trimmed, null when blank. */
  static String optionalText(String text, String field) {
    if (blank(text)) {
      return null;
    }
    if (text.trim().length() > MAX_REASON) {
      throw RequestRefusedException.invalid(
          field, "Текстът е по-дълъг от " + MAX_REASON + " знака.");
    }
    return text.trim();
  }

  /**
   * A report of an initiative held: what was done, the cost actually spent (0 or more, in
   * stotinki), and who came — both families at a family-bonding event (else it did not bond them:
   * report it as not held), the residents and the crew at a clean-up.
   */
  static HeldReport checkHeld(Initiative initiative, HeldReport report) {
    List<FieldProblem> problems = new ArrayList<>();
    text(report.workDone(), "workDone", "Опишете какво беше направено.", MAX_WORK_DONE, problems);
    if (report.actualCost() == null || report.actualCost().signum() < 0) {
      problems.add(
          new FieldProblem(
              "actualCost", "Въведете действително изразходваната сума (0 или повече)."));
    } else if (report.actualCost().stripTrailingZeros().scale() > 2) {
      problems.add(new FieldProblem("actualCost", "Сумата е в лева със стотинки (до два знака)."));
    }
    if (initiative.bonding()) {
      List<Integer> attended = report.familiesAttended();
      for (int i = 0; i < initiative.families().size(); i++) {
        Integer came = i < attended.size() ? attended.get(i) : null;
        if (came == null || came < 0) {
          problems.add(
              new FieldProblem(
                  "family%dAttended".formatted(i + 1),
                  "Посочете колко души от семейство %d присъстваха.".formatted(i + 1)));
        }
      }
    } else {
      if (report.residentsAttended() == null || report.residentsAttended() < 0) {
        problems.add(new FieldProblem("residentsAttended", "Посочете колко жители участваха."));
      }
      if (report.crewAttended() == null || report.crewAttended() < 0) {
        problems.add(new FieldProblem("crewAttended", "Посочете колко работници участваха."));
      }
    }
    if (!problems.isEmpty()) {
      throw RequestRefusedException.invalid(problems);
    }
    if (initiative.bonding() && report.familiesAttended().stream().anyMatch(n -> n == 0)) {
      throw RequestRefusedException.ruleBroken(
          "Инициативата сближава две семейства: ако едно от тях не е дошло, отбележете, че"
              + " инициативата не се е провела.",
          Map.of("initiativeNumber", initiative.initiativeNumber()));
    }
    return new HeldReport(
        report.workDone().trim(),
        report.actualCost().setScale(2),
        initiative.bonding() ? List.copyOf(report.familiesAttended()) : List.of(),
        initiative.bonding() ? null : report.residentsAttended(),
        initiative.bonding() ? null : report.crewAttended());
  }

  /** A posting beyond the planned cost needs room of its own on the line. */
  static void requireRoomForExtra(
      Initiative initiative, BigDecimal actualCost, BigDecimal available) {
    BigDecimal extra = actualCost.subtract(initiative.plannedCost());
    if (extra.signum() > 0 && available.compareTo(extra) < 0) {
      throw RequestRefusedException.ruleBroken(
          ("Действителните разходи %s лв. надвишават планираните %s лв. с %s лв., а по бюджетен"
                  + " ред %s остават %s лв.")
              .formatted(
                  actualCost.toPlainString(),
                  initiative.plannedCost().toPlainString(),
                  extra.toPlainString(),
                  initiative.budgetLine(),
                  available.toPlainString()),
          Map.of(
              "budgetLine", initiative.budgetLine(),
              "requested", extra,
              "available", available));
    }
  }

  private static void text(
      String value, String field, String missing, int max, List<FieldProblem> problems) {
    if (blank(value)) {
      problems.add(new FieldProblem(field, missing));
    } else if (value.trim().length() > max) {
      problems.add(new FieldProblem(field, "Текстът е по-дълъг от " + max + " знака."));
    }
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /** Another family-bonding event of a person, too close in time. */
  record FamilyClash(String registrationNumber, String initiativeNumber, LocalDate date) {}

  /** What the report of an initiative held says. */
  record HeldReport(
      String workDone,
      BigDecimal actualCost,
      List<Integer> familiesAttended,
      Integer residentsAttended,
      Integer crewAttended) {}
}
