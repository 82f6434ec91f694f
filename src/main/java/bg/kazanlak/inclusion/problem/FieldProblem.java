package bg.kazanlak.inclusion.problem;

/** One wrong field of a request: the field's English name and a Bulgarian message for the user. */
public record FieldProblem(String field, String message) {}
