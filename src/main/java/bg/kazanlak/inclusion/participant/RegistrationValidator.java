package bg.kazanlak.inclusion.participant;

import bg.kazanlak.inclusion.problem.FieldProblem;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Checks and normalises a registration field by field. All problems are collected, so the case
 * officer corrects the form once, not field after field.
 */
@Component
class RegistrationValidator {

  private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L}' \\-]{0,99}");

  /** An EGN of the 1800s is valid as a number, but nobody born then registers today. */
  private static final int MAX_AGE = 120;

  private static final Pattern PHONE = Pattern.compile("\\+?\\d{6,15}");
  private static final int ADDRESS_MAX = 250;

  private final ProgrammeProperties programme;

  RegistrationValidator(ProgrammeProperties programme) {
    this.programme = programme;
  }

  /**
   * The registration, checked and normalised, or a refusal (400) naming every wrong field in the
   * order of the form.
   */
  ValidRegistration validate(NewParticipant in, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    PersonalNumber number = personalNumber(in, problems);
    String firstName = name(in.firstName(), "firstName", "Името", true, problems);
    String middleName = name(in.middleName(), "middleName", "Презимето", false, problems);
    String lastName = name(in.lastName(), "lastName", "Фамилията", true, problems);
    BirthAndSex birth = birthAndSex(number, in, today, problems);
    String settlement = settlement(in.settlement(), problems);
    String address = address(in.address(), problems);
    String phone = phone(in.phone(), problems);
    consent(in.consentToServices(), problems);
    EsfEntryData entry = entryData(in, problems);

    if (!problems.isEmpty()) {
      throw RequestRefusedException.invalid(problems);
    }
    return new ValidRegistration(
        number,
        firstName,
        middleName,
        lastName,
        birth.date(),
        birth.sex(),
        settlement,
        address,
        phone,
        in.consentToServices(),
        entry);
  }

  /**
   * An EGN, or an LNCh for a foreign resident. An LNCh's check digit catches only nine typos in
   * ten, so a number is read as an LNCh only for a foreign resident, who is asked for birth date
   * and sex (an EGN encodes both).
   */
  private static PersonalNumber personalNumber(NewParticipant in, List<FieldProblem> problems) {
    if (blank(in.personalNumber())) {
      problems.add(new FieldProblem("personalNumber", "ЕГН/ЛНЧ е задължително поле."));
      return null;
    }
    PersonalNumber number =
        (in.birthDate() != null
                ? PersonalNumber.parse(in.personalNumber())
                : PersonalNumber.parse(in.personalNumber(), PersonalNumber.Kind.EGN))
            .orElse(null);
    if (number == null
        && PersonalNumber.parse(in.personalNumber(), PersonalNumber.Kind.LNCH).isPresent()) {
      // the number is what is wrong (CONTRACT: errors[].field = personalNumber); the message
      // tells a foreign resident's officer what to add
      problems.add(
          new FieldProblem(
              "personalNumber",
              "Номерът не е валиден ЕГН. Ако е ЛНЧ на чужденец, въведете дата на раждане и пол."));
    } else if (number == null) {
      problems.add(
          new FieldProblem(
              "personalNumber",
              "Невалиден ЕГН/ЛНЧ: трябва да е от 10 цифри с вярна контролна цифра и (за ЕГН) "
                  + "съществуваща дата на раждане."));
    }
    return number;
  }

  private record BirthAndSex(LocalDate date, Sex sex) {
    static final BirthAndSex UNKNOWN = new BirthAndSex(null, null);
  }

  /** An EGN's own birth date and sex; for an LNCh, the ones entered. Either of a living person. */
  private static BirthAndSex birthAndSex(
      PersonalNumber number, NewParticipant in, LocalDate today, List<FieldProblem> problems) {
    if (number == null) {
      return BirthAndSex.UNKNOWN;
    }
    if (number.kind() == PersonalNumber.Kind.EGN) {
      LocalDate birthDate = number.birthDate().orElseThrow();
      if (!possibleForTheLiving(birthDate, today)) {
        problems.add(
            new FieldProblem(
                "personalNumber",
                "Датата на раждане, записана в ЕГН, не е възможна за жив човек."));
      }
      return new BirthAndSex(birthDate, number.sex().orElseThrow());
    }
    LocalDate birthDate = in.birthDate();
    if (birthDate == null) {
      problems.add(new FieldProblem("birthDate", "За ЛНЧ въведете дата на раждане."));
    } else if (!possibleForTheLiving(birthDate, today)) {
      problems.add(new FieldProblem("birthDate", "Датата на раждане не е възможна за жив човек."));
    }
    Sex sex = parseEnum(Sex.class, in.sex()).orElse(null);
    if (sex == null) {
      problems.add(new FieldProblem("sex", "За ЛНЧ изберете пол."));
    }
    return new BirthAndSex(birthDate, sex);
  }

  private static boolean possibleForTheLiving(LocalDate birthDate, LocalDate today) {
    return !birthDate.isAfter(today) && !birthDate.isBefore(today.minusYears(MAX_AGE));
  }

  /** A settlement of Kazanlak municipality, as the programme configuration names it. */
  private String settlement(String raw, List<FieldProblem> problems) {
    String settlement = trimmed(raw);
    if (settlement == null) {
      problems.add(new FieldProblem("settlement", "Населеното място е задължително."));
    } else if (programme.settlement(settlement).isEmpty()) {
      problems.add(
          new FieldProblem(
              "settlement", "„" + settlement + "“ не е населено място в община Казанлък."));
    }
    return settlement;
  }

  /** Optional; up to the column's 250 characters. */
  private static String address(String raw, List<FieldProblem> problems) {
    String address = trimmed(raw);
    if (address != null && address.length() > ADDRESS_MAX) {
      problems.add(new FieldProblem("address", "Адресът е по-дълъг от 250 знака."));
    }
    return address;
  }

  /** Optional; kept as digits (and a leading +), without spaces, dashes, slashes or brackets. */
  private static String phone(String raw, List<FieldProblem> problems) {
    String phone = trimmed(raw);
    if (phone == null) {
      return null;
    }
    phone = phone.replaceAll("[\\s\\-/()]", "");
    if (!PHONE.matcher(phone).matches()) {
      problems.add(new FieldProblem("phone", "Невалиден телефонен номер."));
    }
    return phone;
  }

  /** Answered either way; a "no" is the registry's rule to refuse (422), not a wrong field. */
  private static void consent(Boolean consent, List<FieldProblem> problems) {
    if (consent == null) {
      problems.add(
          new FieldProblem(
              "consentToServices", "Отбележете дали лицето е дало информирано съгласие."));
    }
  }

  /** The ESF entry data; an unanswered special category is "refused to answer". */
  private static EsfEntryData entryData(NewParticipant in, List<FieldProblem> problems) {
    EmploymentStatus employment =
        parseEnum(EmploymentStatus.class, in.employmentStatus()).orElse(null);
    if (employment == null) {
      problems.add(
          new FieldProblem("entry.employmentStatus", "Изберете статус на пазара на труда."));
    }
    EducationLevel education = parseEnum(EducationLevel.class, in.educationLevel()).orElse(null);
    if (education == null) {
      problems.add(
          new FieldProblem("entry.educationLevel", "Изберете степен на образование (ISCED)."));
    }
    HouseholdSituation household = household(in, problems);
    if (in.homelessOrHousingExclusion() == null) {
      problems.add(
          new FieldProblem(
              "entry.homelessOrHousingExclusion",
              "Отбележете дали лицето е бездомно или живее в жилищно изключване."));
      return null;
    }
    return new EsfEntryData(
        employment,
        education,
        answer(in.minority()),
        answer(in.disability()),
        answer(in.otherDisadvantaged()),
        in.homelessOrHousingExclusion(),
        household);
  }

  /** All three answers, or none: a household half described would be counted wrongly. */
  private static HouseholdSituation household(NewParticipant in, List<FieldProblem> problems) {
    Boolean jobless = in.householdJobless();
    Boolean children = in.householdDependentChildren();
    Boolean singleAdult = in.householdSingleAdult();
    if (jobless == null && children == null && singleAdult == null) {
      return null;
    }
    if (jobless == null) {
      problems.add(
          new FieldProblem(
              "entry.household.jobless", "Отбележете дали някой в домакинството работи."));
    }
    if (children == null) {
      problems.add(
          new FieldProblem(
              "entry.household.dependentChildren",
              "Отбележете дали в домакинството има деца на издръжка."));
    }
    if (singleAdult == null) {
      problems.add(
          new FieldProblem(
              "entry.household.singleAdult",
              "Отбележете дали лицето е единственият възрастен в домакинството."));
    }
    return jobless == null || children == null || singleAdult == null
        ? null
        : new HouseholdSituation(jobless, children, singleAdult);
  }

  private static SpecialCategoryAnswer answer(SpecialCategoryAnswer answer) {
    return answer == null ? SpecialCategoryAnswer.REFUSED : answer;
  }

  private static String name(
      String raw, String field, String label, boolean required, List<FieldProblem> problems) {
    String value = trimmed(raw);
    if (value == null) {
      if (required) {
        problems.add(new FieldProblem(field, label + " е задължително поле."));
      }
      return null;
    }
    value = value.replaceAll("\\s+", " ");
    if (!NAME.matcher(value).matches()) {
      problems.add(
          new FieldProblem(
              field,
              label + " може да съдържа само букви, интервал, тире и апостроф (до 100 знака)."));
    }
    return value;
  }

  private static <E extends Enum<E>> Optional<E> parseEnum(Class<E> type, String raw) {
    String value = trimmed(raw);
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Enum.valueOf(type, value));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String trimmed(String raw) {
    return blank(raw) ? null : raw.trim();
  }

  private static boolean blank(String raw) {
    return raw == null || raw.isBlank();
  }
}
