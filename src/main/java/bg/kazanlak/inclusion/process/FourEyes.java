package bg.kazanlak.inclusion.process;

import java.util.Set;

/**
 * A four-eyes rule that the engine enforces when a user task is completed. A user task opts in with
 * the extension property {@code <camunda:property name="fourEyes" value="<name()>"/>}; the engine
 * then refuses the completion by any user in {@link #excludedUsers} (checked against the
 * authenticated user, so a user who is in both groups is refused too). Each feature contributes its
 * rules as beans, e.g. "expense-requester": whoever requested the expense cannot approve it.
 */
public interface FourEyes {

  /** The name a user task refers to in its {@code fourEyes} property. */
  String name();

  /** The users who may not complete the task for the case with this business key. */
  Set<String> excludedUsers(String processBusinessKey);

  /** The Bulgarian refusal an excluded user reads: who they are to the case, and why not. */
  String refusal();
}
