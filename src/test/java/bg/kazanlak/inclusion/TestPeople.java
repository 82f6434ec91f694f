package bg.kazanlak.inclusion;

import bg.kazanlak.inclusion.participant.NewParticipant;
import bg.kazanlak.inclusion.participant.PersonalNumber;
import bg.kazanlak.inclusion.participant.SpecialCategoryAnswer;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/** Synthetic people for tests: every call yields a fresh, valid EGN, so tests never collide. */
public final class TestPeople {

  private static final AtomicInteger SERIAL = new AtomicInteger(100);

  private TestPeople() {}

  public static String freshEgn(LocalDate birthDate) {
    return PersonalNumber.egn(birthDate, SERIAL.getAndIncrement() % 1000).value();
  }

  /** An unemployed adult with basic education: eligible, candidate for employment. */
  public static NewParticipant eligibleAdult(String firstName, String lastName) {
    return person(
        firstName, lastName, LocalDate.of(1985, 4, 12), "Казанлък", "UNEMPLOYED", "ISCED_2");
  }

  public static NewParticipant person(
      String firstName,
      String lastName,
      LocalDate birthDate,
      String settlement,
      String employmentStatus,
      String educationLevel) {
    return new NewParticipant(
        freshEgn(birthDate),
        firstName,
        null,
        lastName,
        null,
        null,
        settlement,
        null,
        null,
        true,
        employmentStatus,
        educationLevel,
        SpecialCategoryAnswer.NO,
        SpecialCategoryAnswer.NO,
        SpecialCategoryAnswer.NO,
        false,
        false,
        true,
        false);
  }

  public static NewParticipant withNumber(NewParticipant p, String personalNumber) {
    return new NewParticipant(
        personalNumber,
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
        false,
        true,
        false);
  }
}
