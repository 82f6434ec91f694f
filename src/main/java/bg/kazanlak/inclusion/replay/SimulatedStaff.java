package bg.kazanlak.inclusion.replay;

import java.util.List;
import java.util.function.Supplier;

/**
 * The simulated members of staff: engine users in CONTRACT's groups, several per group so that a
 * four-eyes rule can be kept (the engine refuses the same user; the replay then asks another).
 */
public interface SimulatedStaff {

  /** The users of a group, in a fixed order. */
  List<String> of(String group);

  /**
   * Runs {@code work} signed in as {@code user} (engine authentication with the user's groups), as
   * Tasklist or the API would for that user, and signs out after it.
   */
  <T> T as(String user, Supplier<T> work);

  default void as(String user, Runnable work) {
    as(
        user,
        () -> {
          work.run();
          return null;
        });
  }
}
