package bg.kazanlak.inclusion.privacy;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The register of the people whose data the features hold (the participant registry implements it):
 * who exists, who is under a legal hold, who has been anonymised. Privacy decides when; the
 * registry keeps the flags in its own table.
 */
public interface DataSubjects {

  boolean exists(String registrationNumber);

  /** Registration numbers not yet anonymised and without a legal hold, in order. */
  List<String> dueForAnonymisation();

  /** How many not-yet-anonymised people a legal hold keeps identifiable. */
  int heldCount();

  /**
   * Marks the person anonymised, only if still neither anonymised nor held: false when another run
   * (on another node) or a legal hold came first. The first statement of the person's transaction,
   * so it also locks the row against a concurrent run.
   */
  boolean markAnonymised(String registrationNumber, LocalDateTime at);
}
