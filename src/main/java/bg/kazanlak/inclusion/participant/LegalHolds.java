package bg.kazanlak.inclusion.participant;

import bg.kazanlak.inclusion.audit.AuditTrail;
import bg.kazanlak.inclusion.audit.RecordType;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A legal hold keeps a participant identifiable past the retention date (a court case, an audit of
 * the programme, a claim): the retention run skips the participant until it is lifted. The reason
 * stays in the registry; the audit trail names only the field.
 */
@Service
@Transactional
public class LegalHolds {

  /** The managers' Tasklist door to the same hold ({@code bpmn/participant-legal-hold.bpmn}). */
  public static final String PROCESS_ID = "participant-legal-hold";

  static final int REASON_LENGTH = 500;

  private final JdbcClient jdbc;
  private final ProgrammeClock clock;
  private final AuditTrail audit;

  LegalHolds(JdbcClient jdbc, ProgrammeClock clock, AuditTrail audit) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.audit = audit;
  }

  /** Sets (or replaces) the hold; 404 for an unknown participant, 400 for a blank reason. */
  public void hold(String registrationNumber, String reason, String by) {
    hold(registrationNumber, reason, by, "reason");
  }

  /** As {@link #hold(String, String, String)}, a refusal naming the form's own field. */
  void hold(String registrationNumber, String reason, String by, String reasonField) {
    if (reason == null || reason.isBlank()) {
      throw RequestRefusedException.invalid(reasonField, "Посочете основанието за задържането.");
    }
    if (reason.length() > REASON_LENGTH) {
      throw RequestRefusedException.invalid(
          reasonField, "Основанието е по-дълго от " + REASON_LENGTH + " знака.");
    }
    int updated =
        jdbc.sql(
                """
                update participant set legal_hold_reason = ?, legal_hold_by = ?, legal_hold_at = ?
                where registration_number = ?""")
            .params(reason.strip(), by, clock.dateTime(), registrationNumber)
            .update();
    requireFound(updated);
    audit.record(RecordType.PARTICIPANT, registrationNumber, "legal-hold", null, "legalHold");
  }

  /** Lifts the hold (nothing to lift is fine); 404 for an unknown participant. */
  public void lift(String registrationNumber) {
    int updated =
        jdbc.sql(
                """
                update participant set legal_hold_reason = null, legal_hold_by = null,
                  legal_hold_at = null
                where registration_number = ?""")
            .param(registrationNumber)
            .update();
    requireFound(updated);
    audit.record(
        RecordType.PARTICIPANT, registrationNumber, "legal-hold-lifted", null, "legalHold");
  }

  private static void requireFound(int updated) {
    if (updated == 0) {
      throw RequestRefusedException.notFound("Няма участник с този регистрационен номер.");
    }
  }
}
