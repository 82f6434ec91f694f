package bg.kazanlak.inclusion.privacy;

import java.util.Set;

/**
 * Names of process variables that carry personal data for a moment only: form fields that a
 * listener or delegate moves into a domain table and removes from the process in the same
 * transaction. Each feature declares its own as a bean; {@link PersonalDataHistoryFilter} keeps
 * them out of the engine's history.
 */
public interface PersonalDataVariables {

  Set<String> names();
}
