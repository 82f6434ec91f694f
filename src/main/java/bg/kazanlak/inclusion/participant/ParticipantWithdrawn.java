package bg.kazanlak.inclusion.participant;

import java.time.LocalDate;

/**
 * Published inside the withdrawing transaction, before it commits, whichever path withdrew the
 * participant (the onboarding case's message or the registry directly). A stream feature listens to
 * end what it runs for the participant; by throwing a {@code RequestRefusedException} it refuses
 * the withdrawal, and everything rolls back.
 */
public record ParticipantWithdrawn(String registrationNumber, LocalDate date) {}
