package bg.kazanlak.inclusion.participant;

import java.util.List;

/** The outcome of a registration: the new number, and any earlier registrations it may duplicate. */
public record Registration(
    String registrationNumber, String displayName, List<DuplicateCandidate> nearDuplicates) {

  public boolean possibleDuplicate() {
    return !nearDuplicates.isEmpty();
  }
}
