package bg.kazanlak.inclusion.casefile;

import bg.kazanlak.inclusion.casefile.CaseFile.Entry;
import bg.kazanlak.inclusion.casefile.CaseFile.Kind;
import bg.kazanlak.inclusion.employment.Contract;
import bg.kazanlak.inclusion.employment.Contracts;
import bg.kazanlak.inclusion.familyhouse.FamilyHouseCaseKeys;
import bg.kazanlak.inclusion.participant.Participant;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.participant.ParticipantSummary;
import bg.kazanlak.inclusion.process.AsApplication;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Service;

/**
 * Builds a participant's case file from the engine's history and the features' public types.
 *
 * <p>The instances: every process whose business key is the registration number (onboarding,
 * employment, housing support plan and move-out, data-sharing consent, Family House transfer), and
 * those the engine knows by another number, found through the Family Houses' tables (each service
 * delivered, each referral). The history is read as the application ({@link AsApplication}): the
 * API has let only project managers in, who may read every case (docs/engine-door.md), and the
 * answer holds no process variable, only names, times, groups and the decisions' outputs.
 */
@Service
public class CaseFileService {

  static final String FAMILY_HOUSE_SERVICE = "family-house-service";
  static final String FAMILY_HOUSE_REFERRAL = "family-house-referral";

  /** Referral states in which the letter was issued (ReferralStatus of the Family Houses). */
  private static final Set<String> NO_LETTER = Set.of("REQUESTED", "NO_CONSENT", "CONSENT_REFUSED");

  private final ParticipantRegistry registry;
  private final Contracts contracts;
  private final FamilyHouseCaseKeys familyHouses;
  private final HistoryService history;
  private final AsApplication asApplication;
  private final ZoneId zone;

  CaseFileService(
      ParticipantRegistry registry,
      Contracts contracts,
      FamilyHouseCaseKeys familyHouses,
      HistoryService history,
      AsApplication asApplication,
      java.time.Clock programmeClock) {
    this.registry = registry;
    this.contracts = contracts;
    this.familyHouses = familyHouses;
    this.history = history;
    this.asApplication = asApplication;
    this.zone = programmeClock.getZone();
  }

  public List<ParticipantSummary> search(String term, int limit) {
    return registry.search(term, limit);
  }

  public CaseFile caseFile(String registrationNumber) {
    Participant participant = registry.get(registrationNumber);
    CaseFile.Person person =
        new CaseFile.Person(
            participant.registrationNumber(),
            participant.maskedPersonalNumber(),
            participant.firstName(),
            participant.lastName(),
            participant.status().name(),
            participant.registeredOn());
    return asApplication.call(() -> build(person));
  }

  private CaseFile build(CaseFile.Person person) {
    String key = person.registrationNumber();
    Map<String, HistoricProcessInstance> instances = new LinkedHashMap<>();
    history
        .createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(key)
        .list()
        .forEach(i -> instances.put(i.getId(), i));
    for (String service : familyHouses.serviceNumbers(key)) {
      byKey(FAMILY_HOUSE_SERVICE, service).forEach(i -> instances.put(i.getId(), i));
    }
    List<FamilyHouseCaseKeys.ReferralKey> referrals = familyHouses.referrals(key);
    Map<String, String> referralInstances = new LinkedHashMap<>();
    for (FamilyHouseCaseKeys.ReferralKey referral : referrals) {
      for (HistoricProcessInstance i : byKey(FAMILY_HOUSE_REFERRAL, referral.referralNumber())) {
        instances.put(i.getId(), i);
        referralInstances.put(referral.referralNumber(), i.getId());
      }
    }
    List<CaseFile.Process> processes =
        instances.values().stream()
            .map(this::process)
            .sorted(Comparator.comparing(CaseFile.Process::started))
            .toList();
    Map<String, String> names =
        processes.stream().collect(Collectors.toMap(CaseFile.Process::id, CaseFile.Process::name));
    List<Entry> timeline = new ArrayList<>();
    for (CaseFile.Process process : processes) {
      timeline.add(Entry.process(Kind.PROCESS_STARTED, process.started(), process));
      if (process.ended() != null) {
        timeline.add(Entry.process(Kind.PROCESS_ENDED, process.ended(), process));
      }
      tasks(process, timeline);
      decisions(process, timeline);
    }
    for (Contract contract : contracts.contracts(null, null)) {
      if (contract.registrationNumber().equals(key)) {
        String employment =
            processes.stream()
                .filter(p -> p.key().equals("employment"))
                .map(CaseFile.Process::id)
                .reduce((first, latest) -> latest)
                .orElse(null);
        timeline.add(
            Entry.document(
                (contract.recordedOn() != null ? contract.recordedOn() : contract.start())
                    .atStartOfDay(),
                employment,
                "Трудов договор " + contract.contractId(),
                "/api/employment/contracts/" + contract.contractId() + "/document.pdf"));
      }
    }
    for (FamilyHouseCaseKeys.ReferralKey referral : referrals) {
      if (!NO_LETTER.contains(referral.status())) {
        timeline.add(
            Entry.document(
                referral.referredOn().atStartOfDay(),
                referralInstances.get(referral.referralNumber()),
                "Писмо за насочване " + referral.referralNumber(),
                "/api/family-houses/referrals/" + referral.referralNumber() + "/letter.pdf"));
      }
    }
    List<Entry> sorted =
        timeline.stream()
            .map(e -> e.process() == null && e.processInstanceId() != null ? named(e, names) : e)
            .sorted(Comparator.comparing(Entry::at).thenComparing(e -> e.kind().ordinal()))
            .toList();
    return new CaseFile(person, processes, sorted);
  }

  private List<HistoricProcessInstance> byKey(String processKey, String businessKey) {
    return history
        .createHistoricProcessInstanceQuery()
        .processDefinitionKey(processKey)
        .processInstanceBusinessKey(businessKey)
        .list();
  }

  private CaseFile.Process process(HistoricProcessInstance i) {
    String name =
        i.getProcessDefinitionName() != null
            ? i.getProcessDefinitionName()
            : i.getProcessDefinitionKey();
    boolean running = i.getEndTime() == null;
    return new CaseFile.Process(
        i.getId(),
        i.getProcessDefinitionKey(),
        name,
        i.getBusinessKey(),
        i.getState(),
        running,
        time(i.getStartTime()),
        time(i.getEndTime()));
  }

  private void tasks(CaseFile.Process process, List<Entry> timeline) {
    for (HistoricTaskInstance task :
        history.createHistoricTaskInstanceQuery().processInstanceId(process.id()).list()) {
      Set<String> groups = new LinkedHashSet<>();
      for (HistoricIdentityLinkLog link :
          history
              .createHistoricIdentityLinkLogQuery()
              .taskId(task.getId())
              .type(IdentityLinkType.CANDIDATE)
              .list()) {
        if (link.getGroupId() != null) {
          groups.add(link.getGroupId());
        }
      }
      boolean completed = task.getEndTime() != null && "completed".equals(task.getDeleteReason());
      timeline.add(
          new Entry(
              time(task.getStartTime()),
              Kind.TASK,
              process.id(),
              process.name(),
              task.getName(),
              task.getAssignee(),
              List.copyOf(groups),
              time(task.getStartTime()),
              completed ? time(task.getEndTime()) : null,
              time(task.getDueDate()),
              null,
              null));
    }
  }

  /**
   * The decisions the case's service steps evaluated (the engine records the process instance of a
   * {@code DecisionService} call made inside one), with their outputs; the inputs stay out.
   */
  private void decisions(CaseFile.Process process, List<Entry> timeline) {
    history
        .createHistoricDecisionInstanceQuery()
        .processInstanceId(process.id())
        .includeOutputs()
        .list()
        .forEach(decision -> timeline.add(decision(process, decision)));
  }

  private Entry decision(CaseFile.Process process, HistoricDecisionInstance decision) {
    Map<String, Object> outcome = new LinkedHashMap<>();
    for (HistoricDecisionOutputInstance output : decision.getOutputs()) {
      String name =
          output.getClauseName() != null ? output.getClauseName() : output.getVariableName();
      Object value = output.getValue();
      outcome.merge(name, value, (earlier, later) -> earlier + ", " + later);
    }
    String title =
        decision.getDecisionDefinitionName() != null
            ? decision.getDecisionDefinitionName()
            : decision.getDecisionDefinitionKey();
    return new Entry(
        time(decision.getEvaluationTime()),
        Kind.DECISION,
        process.id(),
        process.name(),
        title,
        null,
        null,
        null,
        null,
        null,
        outcome,
        null);
  }

  private static Entry named(Entry e, Map<String, String> names) {
    return new Entry(
        e.at(),
        e.kind(),
        e.processInstanceId(),
        names.get(e.processInstanceId()),
        e.title(),
        e.assignee(),
        e.candidateGroups(),
        e.created(),
        e.completed(),
        e.due(),
        e.outcome(),
        e.href());
  }

  private LocalDateTime time(Date date) {
    return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), zone);
  }
}
