package bg.kazanlak.inclusion.budget;

/**
 * What {@link ExpenseCases#request} hands to the process's first step as a transient variable.
 * {@code requestedBy} is used only when no user is signed in (a call as the application, after the
 * API's own group check): whenever someone is signed in, that user is the requester, so nothing
 * sent through the engine can name another one.
 */
record RequestedExpense(NewExpense expense, String requestedBy) {}
