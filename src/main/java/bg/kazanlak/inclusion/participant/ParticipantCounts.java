package bg.kazanlak.inclusion.participant;

/** Registered (annulled duplicates excluded), found eligible, and rejected participants. */
public record ParticipantCounts(long registered, long eligible, long rejected) {}
