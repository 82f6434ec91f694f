package bg.kazanlak.inclusion.audit;

import bg.kazanlak.inclusion.identity.CurrentUser;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Collects the features' changes. A feature's write service calls {@link #record} inside its own
 * transaction, so a change rolled back leaves no entry and a committed one always has its entry.
 */
@Component
public class AuditTrail {

  /** The user of a change no person made: a timer, a job, the demo data. */
  public static final String SYSTEM = "system";

  private final JdbcClient jdbc;
  private final ProgrammeClock clock;
  private final CurrentUser currentUser;

  // lazy: the engine's plugins reach features that audit, before the engine's services exist
  AuditTrail(JdbcClient jdbc, ProgrammeClock clock, @Lazy CurrentUser currentUser) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.currentUser = currentUser;
  }

  /**
   * Records a change of a record by {@code by} (the feature's own "who", e.g. the task's assignee;
   * null: the authenticated user of the thread, or {@link #SYSTEM}). Only field names: never pass
   * values.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(
      RecordType type, String recordKey, String action, String by, String... changedFields) {
    jdbc.sql(
            """
            insert into audit_entry
                (occurred_at, user_id, record_type, record_key, action, changed_fields)
            values (?, ?, ?, ?, ?, ?)""")
        .params(
            clock.dateTime(),
            who(by),
            type.code(),
            recordKey,
            action,
            String.join(",", Arrays.asList(changedFields)))
        .update();
  }

  /** A record's changes, oldest first. */
  @Transactional(readOnly = true)
  public List<AuditEntry> of(RecordType type, String recordKey) {
    return jdbc.sql(
            """
            select occurred_at, user_id, action, changed_fields from audit_entry
            where record_type = ? and record_key = ? order by id""")
        .params(type.code(), recordKey)
        .query(
            (rs, row) ->
                new AuditEntry(
                    rs.getTimestamp("occurred_at").toLocalDateTime(),
                    rs.getString("user_id"),
                    rs.getString("action"),
                    fields(rs.getString("changed_fields"))))
        .list();
  }

  private String who(String by) {
    if (by != null && !by.isBlank()) {
      return by;
    }
    String user = currentUser.actor();
    return user == null ? SYSTEM : user;
  }

  private static List<String> fields(String joined) {
    return joined.isEmpty() ? List.of() : List.of(joined.split(","));
  }
}
