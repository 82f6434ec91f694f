package bg.kazanlak.inclusion.participant;

/** An earlier registration that may be the same person (same names and birth date). */
public record DuplicateCandidate(
    String registrationNumber, String maskedPersonalNumber, ParticipantStatus status) {}
