package bg.kazanlak.inclusion.participant;

public record ParticipantWithdrawn(String registrationNumber, java.time.LocalDate date) {}
