package bg.kazanlak.inclusion.participant;

import java.time.LocalDate;
import java.time.Period;

/** The anonymous part of a participant record that the ESF output indicators are counted from. */
public record EsfEntryRecord(
    Sex sex, LocalDate birthDate, LocalDate entryDate, String settlement, EsfEntryData entry) {

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
