package bg.kazanlak.inclusion.privacy;

import bg.kazanlak.inclusion.audit.AuditTrail;
import bg.kazanlak.inclusion.audit.RecordType;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Anonymises every participant whose retention has ended (the programme's today is after {@code
 * inclusion.privacy.retain-identifiable-until}), has no legal hold and is not anonymised yet: every
 * {@link PersonalDataHolder} erases its part, in one transaction per participant, audited as {@code
 * anonymised}. A run stopped half-way (a node going down) leaves each participant either fully
 * anonymised or untouched; the next run goes on with the rest.
 */
@Service
public class RetentionRun {

  private static final Logger log = LoggerFactory.getLogger(RetentionRun.class);

  /** What the trail says changed: the kinds of data erased, never their values. */
  static final String[] ERASED = {
    "names", "personalNumber", "birthDate", "address", "phone", "freeTexts"
  };

  private final DataSubjects subjects;
  private final List<PersonalDataHolder> holders;
  private final AuditTrail audit;
  private final ProgrammeClock clock;
  private final RetentionProperties retention;
  private final TransactionTemplate perParticipant;

  RetentionRun(
      DataSubjects subjects,
      List<PersonalDataHolder> holders,
      AuditTrail audit,
      ProgrammeClock clock,
      RetentionProperties retention,
      PlatformTransactionManager transactions) {
    this.subjects = subjects;
    this.holders = List.copyOf(holders);
    this.audit = audit;
    this.clock = clock;
    this.retention = retention;
    this.perParticipant = new TransactionTemplate(transactions);
    // its own transaction per participant, even inside the engine's job transaction
    this.perParticipant.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Counts only: how many were anonymised now, how many a legal hold keeps identifiable. */
  public record Outcome(int anonymised, int held) {}

  /**
   * @param by who started the run (the manager of a Tasklist start), null for the timer: the trail
   *     then says {@code system}
   */
  public Outcome run(String by) {
    int held = subjects.heldCount();
    if (!retentionEnded()) {
      log.info("Retention run: retention lasts until {}, nothing anonymised", until());
      return new Outcome(0, held);
    }
    int anonymised = 0;
    for (String number : subjects.dueForAnonymisation()) {
      Boolean done = perParticipant.execute(status -> anonymise(number, by));
      if (Boolean.TRUE.equals(done)) {
        anonymised++;
      }
    }
    log.info("Retention run: {} participants anonymised, {} under a legal hold", anonymised, held);
    return new Outcome(anonymised, subjects.heldCount());
  }

  public boolean retentionEnded() {
    return clock.today().isAfter(until());
  }

  private boolean anonymise(String number, String by) {
    if (!subjects.markAnonymised(number, clock.dateTime())) {
      return false; // another node's run, or a legal hold set meanwhile
    }
    holders.forEach(holder -> holder.anonymise(number));
    audit.record(
        RecordType.PARTICIPANT, number, "anonymised", by == null ? AuditTrail.SYSTEM : by, ERASED);
    return true;
  }

  private java.time.LocalDate until() {
    return retention.retainIdentifiableUntil();
  }
}
