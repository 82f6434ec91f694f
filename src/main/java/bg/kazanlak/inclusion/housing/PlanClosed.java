package bg.kazanlak.inclusion.housing;

/**
 * A household's plan, or a case still waiting for a tenancy, was closed from outside the case: the
 * household moved out, or the head withdrew from the programme (published in that transaction).
 */
public record PlanClosed(String registrationNumber, CloseReason reason) {}
