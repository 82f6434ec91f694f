package bg.kazanlak.inclusion.participant;

import java.time.LocalDate;
import java.time.Period;

/**
 * The part of a participant record that the ESF indicators are counted from: no name, no personal
 * number; the registration number joins it to what happened after entry.
 */
public record EsfEntryRecord(
    String registrationNumber,
    Sex sex,
    LocalDate birthDate,
    LocalDate entryDate,
    String settlement,
    EsfEntryData entry) {

  public int ageAtEntry() {
    return Period.between(birthDate, entryDate).getYears();
  }

  /**
   * Personal data stay out of log lines and messages (e.g. Spring's debug log of a request body).
   */
  @Override
  public String toString() {
    return "EsfEntryRecord[withheld]";
  }
}
