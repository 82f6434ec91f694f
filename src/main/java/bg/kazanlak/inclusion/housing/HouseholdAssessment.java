package bg.kazanlak.inclusion.housing;

/**
 * The initial assessment of the whole household, domain by domain. Free text: it may touch on
 * health, so it lives only in {@code housing_assessment}, never in a process variable's history.
 */
public record HouseholdAssessment(
    String work, String health, String education, String social, String summary) {}
