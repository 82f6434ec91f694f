package bg.kazanlak.inclusion.employment;

/**
 * A place at an employer became free: a contract ended ({@link Leaving#end}) or a participant
 * withdrew from a reserved place ({@link Placements#withdraw}). Published by the service that freed
 * it, inside its transaction; {@link EmploymentCases} offers the place to the next case waiting.
 */
public record PlaceFreed(String employerId) {}
