package bg.kazanlak.inclusion.employment;

import java.util.List;

/**
 * The outcome of allocating a participant: a place reserved at an employer, or a place on the
 * waiting list for the suitable employers.
 */
public record Allocation(
    String registrationNumber, List<String> suitableEmployers, String employerId, boolean waiting) {

  static Allocation reserved(String registrationNumber, List<String> suitable, String employerId) {
    return new Allocation(registrationNumber, suitable, employerId, false);
  }

  static Allocation waiting(String registrationNumber, List<String> suitable) {
    return new Allocation(registrationNumber, suitable, null, true);
  }
}
