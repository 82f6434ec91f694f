package bg.kazanlak.inclusion.participant;

/**
 * Published, inside the enrolling transaction, once for each stream a participant joins. A stream
 * feature listens to it to start its own process (business key: the registration number).
 */
public record ParticipantEnrolledInStream(String registrationNumber, SupportStream stream) {}
