package bg.kazanlak.inclusion.participant;

/** An earlier registration that may be the same person (same names and birth date). */
public record DuplicateCandidate(
    String registrationNumber, String maskedPersonalNumber, ParticipantStatus status) {

  /** How the duplicate review shows it: the number and the masked personal number only. */
  public String label() {
    return "%s (ЕГН/ЛНЧ %s)".formatted(registrationNumber, maskedPersonalNumber);
  }
}
