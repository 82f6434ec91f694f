package bg.kazanlak.inclusion.participant;

import java.time.LocalDate;
import java.time.Period;

/** The anonymous part of a participant record that the ESF output indicators are counted from. */
public record EsfEntryRecord(
    Sex sex, LocalDate birthDate, LocalDate entryDate, String settlement, EsfEntryData entry) {

  public int ageAtEntry() {
    return Period.between(birthDate, entryDate).getYears();
  }
}
