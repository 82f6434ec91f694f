package bg.kazanlak.inclusion.privacy;

import bg.kazanlak.inclusion.audit.AuditEntry;
import bg.kazanlak.inclusion.audit.AuditTrail;
import bg.kazanlak.inclusion.audit.RecordType;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything held about one participant (GDPR art. 15): each {@link PersonalDataHolder}'s section,
 * the person's cases in the engine (by business key: which process, when, in what state, never the
 * variables) and the audit trail of the person's record. Built on request, never stored or logged.
 */
@Service
public class SubjectAccessExport {

  private final DataSubjects subjects;
  private final List<PersonalDataHolder> holders;
  private final HistoryService history;
  private final AuditTrail audit;
  private final ProgrammeClock clock;

  SubjectAccessExport(
      DataSubjects subjects,
      List<PersonalDataHolder> holders,
      HistoryService history,
      AuditTrail audit,
      ProgrammeClock clock) {
    this.subjects = subjects;
    this.holders = List.copyOf(holders);
    this.history = history;
    this.audit = audit;
    this.clock = clock;
  }

  public record Export(
      String registrationNumber,
      LocalDateTime exportedAt,
      Map<String, Object> data,
      List<CaseEntry> cases,
      List<AuditEntry> auditTrail) {

    @Override
    public String toString() {
      return "Export[" + registrationNumber + "]"; // the content is personal
    }
  }

  /** A case of the person: the process, its dates and state; its variables stay in the engine. */
  public record CaseEntry(
      String processDefinitionKey,
      String processInstanceId,
      LocalDateTime startedAt,
      LocalDateTime endedAt,
      String state) {}

  @Transactional(readOnly = true)
  public Export of(String registrationNumber) {
    if (!subjects.exists(registrationNumber)) {
      throw RequestRefusedException.notFound("Няма участник с този регистрационен номер.");
    }
    Map<String, Object> data = new LinkedHashMap<>();
    for (PersonalDataHolder holder : holders) {
      Object section = holder.export(registrationNumber);
      if (section != null) {
        data.put(holder.section(), section);
      }
    }
    List<CaseEntry> cases =
        history
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(registrationNumber)
            .orderByProcessInstanceStartTime()
            .asc()
            .list()
            .stream()
            .map(this::caseEntry)
            .toList();
    return new Export(
        registrationNumber,
        clock.dateTime(),
        data,
        cases,
        audit.of(RecordType.PARTICIPANT, registrationNumber));
  }

  private CaseEntry caseEntry(HistoricProcessInstance instance) {
    return new CaseEntry(
        instance.getProcessDefinitionKey(),
        instance.getId(),
        local(instance.getStartTime()),
        local(instance.getEndTime()),
        instance.getState());
  }

  private LocalDateTime local(Date date) {
    ZoneId zone = clock.getZone();
    return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), zone);
  }
}
