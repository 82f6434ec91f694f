package bg.kazanlak.inclusion.education;

import bg.kazanlak.inclusion.education.NewEnrolment.Child;
import bg.kazanlak.inclusion.education.NewSession.Attendance;
import bg.kazanlak.inclusion.problem.FieldProblem;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import bg.kazanlak.inclusion.programme.ProgrammeProperties.FamilyHouse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The rules of clubs and workshops that need no database: what a well-formed club, enrolment,
 * session and purchase is, who is a minor, and when a club is full. Field problems are collected,
 * so that the social worker corrects a form once, not field after field.
 */
@Component
class ClubRules {

  static final int AGE_OF_MAJORITY = 18;
  private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L}' \\-]{0,99}");

  private final ProgrammeProperties programme;

  ClubRules(ProgrammeProperties programme) {
    this.programme = programme;
  }

  /** A club with its text fields trimmed, or 400 naming every wrong field; 422 after the end. */
  NewClub validate(NewClub in, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    String name = text(in.name(), "name", "Наименованието", 200, problems);
    if (in.kind() == null) {
      problems.add(new FieldProblem("kind", "Изберете вид: клуб (CLUB) или ателие (WORKSHOP)."));
    }
    String leader = text(in.leader(), "leader", "Ръководителят", 200, problems);
    String venue = text(in.venue(), "venue", "Мястото", 200, problems);
    if (in.venueKind() == null) {
      problems.add(
          new FieldProblem(
              "venueKind",
              "Изберете място: Къща на семейството (FAMILY_HOUSE) или училище (SCHOOL)."));
    } else if (in.venueKind() == VenueKind.FAMILY_HOUSE
        && venue != null
        && familyHouse(venue).isEmpty()) {
      problems.add(new FieldProblem("venue", "Няма Къща на семейството „" + venue + "“."));
    }
    String schedule = text(in.schedule(), "schedule", "Графикът", 500, problems);
    if (in.capacity() == null || in.capacity() <= 0) {
      problems.add(
          new FieldProblem("capacity", "Броят места трябва да е цяло число, по-голямо от 0."));
    }
    refuseIfAny(problems);
    refuseAfterEnd(today, "нови клубове и ателиета не се откриват");
    return new NewClub(name, in.kind(), leader, in.venueKind(), venue, schedule, in.capacity());
  }

  Optional<FamilyHouse> familyHouse(String id) {
    return programme.familyHouses().stream().filter(h -> h.id().equals(id)).findFirst();
  }

  /**
   * The enrolment's form, before anyone is looked up: a participant or a child (not both), a
   * child's names and birth date, dates that are not in the future. 422 after the programme's end.
   * Returns the form with numbers trimmed and names' spaces normalised.
   */
  NewEnrolment checkForm(NewEnrolment in, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    boolean participant = !blank(in.registrationNumber());
    Child child = in.child();
    if (participant == (child != null)) {
      problems.add(
          new FieldProblem(
              "registrationNumber",
              "Посочете или регистрационен номер на "
                  + "участник, или данни за дете (child) — едното от двете."));
    }
    if (child != null) {
      name(child.firstName(), "child.firstName", "Името на детето", problems);
      name(child.lastName(), "child.lastName", "Фамилията на детето", problems);
      if (child.birthDate() == null) {
        problems.add(new FieldProblem("child.birthDate", "Датата на раждане е задължителна."));
      } else if (child.birthDate().isAfter(today)) {
        problems.add(new FieldProblem("child.birthDate", "Датата на раждане е в бъдещето."));
      }
    }
    if (Boolean.TRUE.equals(in.guardianConsent()) && in.consentDate() == null) {
      problems.add(new FieldProblem("consentDate", "Посочете датата на съгласието."));
    }
    if (in.consentDate() != null && in.consentDate().isAfter(today)) {
      problems.add(new FieldProblem("consentDate", "Датата на съгласието е в бъдещето."));
    }
    if (in.enrolledOn() != null
        && (in.enrolledOn().isAfter(today) || !programme.isWithinPeriod(in.enrolledOn()))) {
      problems.add(
          new FieldProblem(
              "enrolledOn",
              "Датата на записване трябва да е в периода на "
                  + "проекта ("
                  + programme.start()
                  + " – "
                  + programme.end()
                  + ") и да не е в бъдещето."));
    }
    refuseIfAny(problems);
    refuseAfterEnd(today, "нови записвания в клубове не се приемат");
    return new NewEnrolment(
        trimmed(in.registrationNumber()),
        child == null
            ? null
            : new Child(
                normalName(child.firstName()), normalName(child.lastName()), child.birthDate()),
        trimmed(in.guardian()),
        in.guardianConsent(),
        in.consentDate(),
        in.enrolledOn());
  }

  /**
   * A minor (under 18 today) joins only with a guardian who gave consent on or before the day of
   * enrolment; a child entry is for minors only (adults join as registered participants).
   */
  void checkGuardianship(
      NewEnrolment in, LocalDate birthDate, LocalDate enrolledOn, LocalDate today) {
    boolean minor = isMinor(birthDate, today);
    if (!minor && in.child() != null) {
      throw RequestRefusedException.ruleBroken(
          "Лице на "
              + AGE_OF_MAJORITY
              + " или повече "
              + "години се записва като участник с регистрационен номер, не като дете.",
          Map.of());
    }
    if (!minor) {
      if (!blank(in.guardian())) {
        throw RequestRefusedException.invalid(
            "guardian", "Пълнолетен участник се записва без родител/настойник.");
      }
      return;
    }
    if (blank(in.guardian())) {
      throw RequestRefusedException.invalid(
          "guardian",
          "Непълнолетно лице се записва с родител/"
              + "настойник: посочете регистрационния му номер на участник.");
    }
    if (!Boolean.TRUE.equals(in.guardianConsent())) {
      throw RequestRefusedException.ruleBroken(
          "Непълнолетно лице (под "
              + AGE_OF_MAJORITY
              + " години) се записва само със съгласието на родителя/настойника.",
          Map.of("age", age(birthDate, today)));
    }
    if (in.consentDate().isAfter(enrolledOn)) {
      throw RequestRefusedException.ruleBroken(
          "Съгласието на родителя/настойника ("
              + in.consentDate()
              + ") трябва да предхожда записването ("
              + enrolledOn
              + ").",
          Map.of());
    }
  }

  static boolean isMinor(LocalDate birthDate, LocalDate today) {
    return age(birthDate, today) < AGE_OF_MAJORITY;
  }

  static int age(LocalDate birthDate, LocalDate today) {
    return Period.between(birthDate, today).getYears();
  }

  /** 422 with the figures when every place of the club is taken. */
  static void checkRoom(Club club) {
    if (club.enrolled() >= club.capacity()) {
      throw RequestRefusedException.ruleBroken(
          "Няма свободни места в „"
              + club.name()
              + "“: "
              + club.enrolled()
              + " записани при "
              + club.capacity()
              + " места.",
          Map.of("capacity", club.capacity(), "enrolled", club.enrolled(), "freePlaces", 0));
    }
  }

  /**
   * A session's date and topic, before its attendance is marked (Tasklist asks for them first): 400
   * naming the field.
   */
  void checkSessionHeader(LocalDate date, String topic, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    headerProblems(date, topic, today, problems);
    refuseIfAny(problems);
  }

  private void headerProblems(
      LocalDate date, String topic, LocalDate today, List<FieldProblem> problems) {
    if (date == null) {
      problems.add(new FieldProblem("date", "Датата на занятието е задължителна."));
    } else if (date.isAfter(today)) {
      problems.add(new FieldProblem("date", "Занятие с бъдеща дата не може да се отчете."));
    } else if (!programme.isWithinPeriod(date)) {
      problems.add(
          new FieldProblem(
              "date",
              "Датата е извън периода на проекта ("
                  + programme.start()
                  + " – "
                  + programme.end()
                  + ")."));
    }
    text(topic, "topic", "Темата", 500, problems);
  }

  /**
   * The attendance of a session recorded from its checklist: everyone enrolled that day is present
   * when ticked ({@code ticked}: enrolment ids as text), absent otherwise. 400 when someone not on
   * the list is ticked.
   */
  List<Attendance> attendance(List<Enrolment> enrolled, Set<String> ticked) {
    Set<String> listed = new HashSet<>();
    enrolled.forEach(e -> listed.add(String.valueOf(e.id())));
    if (!listed.containsAll(ticked)) {
      throw RequestRefusedException.invalid(
          ClubVariables.PRESENT, "Отбелязани са лица, които не са в списъка на записаните.");
    }
    return enrolled.stream()
        .map(e -> new Attendance(e.id(), ticked.contains(String.valueOf(e.id()))))
        .toList();
  }

  /** A session inside the programme's period, not in the future, with each enrolment once. */
  void checkSession(NewSession in, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    headerProblems(in.date(), in.topic(), today, problems);
    if (in.attendance() == null || in.attendance().isEmpty()) {
      problems.add(new FieldProblem("attendance", "Отбележете присъствието на записаните."));
    } else {
      Set<Long> seen = new HashSet<>();
      for (int i = 0; i < in.attendance().size(); i++) {
        Attendance a = in.attendance().get(i);
        String field = "attendance[" + i + "]";
        if (a == null || a.enrolmentId() == null) {
          problems.add(new FieldProblem(field + ".enrolmentId", "Посочете записването."));
        } else if (!seen.add(a.enrolmentId())) {
          problems.add(
              new FieldProblem(
                  field + ".enrolmentId",
                  "Записване " + a.enrolmentId() + " е отбелязано повече от веднъж."));
        }
        if (a != null && a.present() == null) {
          problems.add(new FieldProblem(field + ".present", "Отбележете присъствал ли е."));
        }
      }
    }
    refuseIfAny(problems);
  }

  /** A positive amount in stotinki at most, and the supporting document's data. */
  void checkPurchase(NewPurchase in) {
    List<FieldProblem> problems = new ArrayList<>();
    if (in.kind() == null) {
      problems.add(
          new FieldProblem(
              "kind",
              "Изберете вид: консумативи (CONSUMABLES), материали (MATERIALS) или актив (ASSET)."));
    }
    BigDecimal amount = in.amount();
    if (amount == null || amount.signum() <= 0) {
      problems.add(new FieldProblem("amount", "Сумата трябва да е по-голяма от 0."));
    } else if (amount.stripTrailingZeros().scale() > 2) {
      problems.add(
          new FieldProblem("amount", "Сумата може да има най-много 2 знака след запетаята."));
    }
    text(in.supplier(), "supplier", "Доставчикът", 200, problems);
    // the expense's purpose (500 characters) is this description behind the club's id and name
    text(in.description(), "description", "Описанието", 250, problems);
    if (in.invoiceDate() == null) {
      problems.add(new FieldProblem("invoiceDate", "Датата на фактурата е задължителна."));
    }
    text(in.documentRef(), "documentRef", "Номерът на документа", 100, problems);
    refuseIfAny(problems);
  }

  private void refuseAfterEnd(LocalDate today, String consequence) {
    if (today.isAfter(programme.end())) {
      throw RequestRefusedException.ruleBroken(
          "Проектът приключи на " + programme.end() + "; " + consequence + ".", Map.of());
    }
  }

  private static void refuseIfAny(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw RequestRefusedException.invalid(problems);
    }
  }

  private static String text(
      String raw, String field, String label, int maxLength, List<FieldProblem> problems) {
    if (blank(raw)) {
      problems.add(new FieldProblem(field, label + " е задължително поле."));
      return null;
    }
    String value = raw.trim();
    if (value.length() > maxLength) {
      problems.add(new FieldProblem(field, "Допустими са най-много " + maxLength + " знака."));
    }
    return value;
  }

  private static void name(String raw, String field, String label, List<FieldProblem> problems) {
    if (blank(raw)) {
      problems.add(new FieldProblem(field, label + " е задължително поле."));
    } else if (!NAME.matcher(normalName(raw)).matches()) {
      problems.add(
          new FieldProblem(
              field,
              label + " може да съдържа само букви, интервал, тире и апостроф (до 100 знака)."));
    }
  }

  private static String normalName(String raw) {
    return raw.trim().replaceAll("\\s+", " ");
  }

  private static String trimmed(String raw) {
    return blank(raw) ? null : raw.trim();
  }

  private static boolean blank(String raw) {
    return raw == null || raw.isBlank();
  }
}
