package bg.kazanlak.inclusion.participant;

import java.util.List;

/**
 * The outcome of a registration: the new number, and any earlier registrations it may duplicate.
 */
public record Registration(
    String registrationNumber, String displayName, List<DuplicateCandidate> nearDuplicates) {

  public boolean possibleDuplicate() {
    return !nearDuplicates.isEmpty();
  }

  /**
   * Personal data stay out of log lines and messages (e.g. Spring's debug log of a request body).
   */
  @Override
  public String toString() {
    return "Registration["
        + registrationNumber
        + ", "
        + nearDuplicates.size()
        + " near duplicates]";
  }
}
