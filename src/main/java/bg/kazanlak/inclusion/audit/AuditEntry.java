package bg.kazanlak.inclusion.audit;

import java.time.LocalDateTime;
import java.util.List;

/** One change of a record: when on the programme's clock, by whom, what kind, which fields. */
public record AuditEntry(
    LocalDateTime occurredAt, String userId, String action, List<String> changedFields) {}
