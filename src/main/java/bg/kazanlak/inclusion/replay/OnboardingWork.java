package bg.kazanlak.inclusion.replay;

import static bg.kazanlak.inclusion.identity.Groups.CASE_OFFICERS;

import bg.kazanlak.inclusion.participant.NewParticipant;
import bg.kazanlak.inclusion.participant.PersonalNumber;
import bg.kazanlak.inclusion.participant.SpecialCategoryAnswer;
import bg.kazanlak.inclusion.participant.onboarding.OnboardingCases;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Case officers register people through onboarding (the service behind the start form and the API):
 * about 0.8 a working day per unit of scale until mid-2022, then 0.3 until three months before the
 * end. Among them invalid ones (a wrong check digit: refused, counted, nothing left behind), people
 * the rules reject (employed, educated, not disadvantaged) and possible duplicates (the same names
 * and birth date under another personal number). Synthetic people only.
 */
@Component
@Profile("replay")
@Order(10)
public class OnboardingWork implements DailyWork {

  static final LocalDate BUSY_UNTIL = LocalDate.of(2022, 6, 30);
  private static final List<String> MEN =
      List.of(
          "Иван", "Георги", "Димитър", "Николай", "Христо", "Стефан", "Асен", "Мехмед", "Ахмед");
  private static final List<String> WOMEN =
      List.of("Мария", "Елена", "Фатме", "Радка", "Гергана", "Айше", "Силвия", "Росица", "Емине");
  private static final List<String> MEN_SURNAMES =
      List.of("Петров", "Иванов", "Стоянов", "Маринов", "Асенов", "Алиев", "Колев", "Русев");
  private static final List<String> WOMEN_SURNAMES =
      List.of("Петрова", "Иванова", "Стоянова", "Маринова", "Асенова", "Алиева", "Колева");
  private static final List<String> STATUSES =
      List.of("UNEMPLOYED", "LONG_TERM_UNEMPLOYED", "INACTIVE", "LONG_TERM_UNEMPLOYED");
  private static final List<String> EDUCATION =
      List.of("ISCED_0", "ISCED_1", "ISCED_2", "ISCED_2", "ISCED_2", "ISCED_3");

  private final OnboardingCases onboarding;
  private final ProgrammeProperties programme;
  private final ReplayFigures figures;
  private final List<NewParticipant> registered = new ArrayList<>();
  private final Map<String, String> duplicateOf = new ConcurrentHashMap<>();
  private final Map<String, String> numberOf = new ConcurrentHashMap<>();
  private final Map<String, LocalDate> bornOf = new ConcurrentHashMap<>();
  private int officer;

  public OnboardingWork(
      OnboardingCases onboarding, ProgrammeProperties programme, ReplayFigures figures) {
    this.onboarding = onboarding;
    this.programme = programme;
    this.figures = figures;
  }

  @Override
  public void on(SimulatedDay day) {
    LocalDate date = day.date();
    if (date.isBefore(programme.start().plusDays(10))
        || date.isAfter(programme.end().minusMonths(3))) {
      return;
    }
    double rate = (date.isAfter(BUSY_UNTIL) ? 0.3 : 0.8) * day.scale();
    int people = (int) rate + (day.random().nextDouble() < rate - (int) rate ? 1 : 0);
    for (int i = 0; i < people; i++) {
      registerOne(day);
    }
  }

  private void registerOne(SimulatedDay day) {
    Random random = day.random();
    double kind = random.nextDouble();
    NewParticipant person;
    String original = null;
    if (kind < 0.04 && !registered.isEmpty()) {
      NewParticipant earlier = registered.get(random.nextInt(registered.size()));
      original = numberOf.get(earlier.personalNumber());
      person =
          withPersonalNumber(earlier, egn(bornOf.get(earlier.personalNumber()), random, earlier));
      figures.count("registrations.possibleDuplicates");
    } else {
      person = newPerson(day, random, kind < 0.08);
      if (kind > 0.97) {
        person = withPersonalNumber(person, wrongCheckDigit(person.personalNumber()));
        figures.count("registrations.invalid");
      }
    }
    List<String> officers = day.staff().of(CASE_OFFICERS);
    String user = officers.get(officer++ % officers.size());
    NewParticipant toRegister = person;
    try {
      String number =
          day.staff().as(user, () -> onboarding.register(toRegister, user).registrationNumber());
      figures.count("registrations.accepted");
      if (original != null) {
        duplicateOf.put(number, original);
      } else {
        registered.add(toRegister);
        numberOf.put(toRegister.personalNumber(), number);
      }
    } catch (RequestRefusedException refused) {
      figures.count("registrations.refused");
    }
  }

  /** The registration a possible duplicate repeats, if this one was registered as a duplicate. */
  String originalOf(String registrationNumber) {
    return duplicateOf.get(registrationNumber);
  }

  private NewParticipant newPerson(SimulatedDay day, Random random, boolean outOfTarget) {
    int age = 19 + random.nextInt(42);
    LocalDate born = day.date().minusYears(age).minusDays(random.nextInt(360));
    int serial = random.nextInt(1000);
    boolean male = (serial % 2) == 0;
    String first = pick(random, male ? MEN : WOMEN);
    String last = pick(random, male ? MEN_SURNAMES : WOMEN_SURNAMES);
    List<ProgrammeProperties.Settlement> settlements = programme.settlements();
    String settlement = outOfTarget ? settlements.get(0).name() : pick(random, settlements).name();
    boolean homeless = !outOfTarget && random.nextDouble() < 0.12;
    String status = outOfTarget ? "EMPLOYED" : pick(random, STATUSES);
    String education = outOfTarget ? "ISCED_6" : pick(random, EDUCATION);
    SpecialCategoryAnswer minority =
        outOfTarget
            ? SpecialCategoryAnswer.NO
            : random.nextDouble() < 0.6
                ? SpecialCategoryAnswer.YES
                : random.nextDouble() < 0.5
                    ? SpecialCategoryAnswer.REFUSED
                    : SpecialCategoryAnswer.NO;
    String egn = PersonalNumber.egn(born, serial).value();
    bornOf.put(egn, born);
    return new NewParticipant(
        egn,
        first,
        null,
        last,
        null,
        null,
        settlement,
        null,
        null,
        true,
        status,
        education,
        minority,
        SpecialCategoryAnswer.NO,
        SpecialCategoryAnswer.NO,
        homeless,
        !"EMPLOYED".equals(status),
        random.nextBoolean(),
        random.nextDouble() < 0.2);
  }

  private static String egn(LocalDate born, Random random, NewParticipant earlier) {
    String value;
    do {
      value = PersonalNumber.egn(born, random.nextInt(1000)).value();
    } while (value.equals(earlier.personalNumber()));
    return value;
  }

  private static String wrongCheckDigit(String egn) {
    char last = egn.charAt(egn.length() - 1);
    char wrong = (char) ('0' + ((last - '0' + 1) % 10));
    return egn.substring(0, egn.length() - 1) + wrong;
  }

  private static NewParticipant withPersonalNumber(NewParticipant p, String number) {
    return new NewParticipant(
        number,
        p.firstName(),
        p.middleName(),
        p.lastName(),
        p.birthDate(),
        p.sex(),
        p.settlement(),
        p.address(),
        p.phone(),
        p.consentToServices(),
        p.employmentStatus(),
        p.educationLevel(),
        p.minority(),
        p.disability(),
        p.otherDisadvantaged(),
        p.homelessOrHousingExclusion(),
        p.householdJobless(),
        p.householdDependentChildren(),
        p.householdSingleAdult());
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
