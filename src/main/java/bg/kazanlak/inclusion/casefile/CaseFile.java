package bg.kazanlak.inclusion.casefile;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The answer of {@code GET /api/case-files/{registrationNumber}}: the participant (personal number
 * masked), their process instances and one timeline of what happened in them, oldest first.
 */
public record CaseFile(Person participant, List<Process> processes, List<Entry> timeline) {

  public record Person(
      String registrationNumber,
      String maskedPersonalNumber,
      String firstName,
      String lastName,
      String status,
      LocalDate registeredOn) {

    @Override
    public String toString() {
      return "Person[" + registrationNumber + ", personal data withheld]";
    }
  }

  /**
   * A process instance: {@code state} is the engine's (ACTIVE, SUSPENDED, COMPLETED,
   * EXTERNALLY_TERMINATED, INTERNALLY_TERMINATED); {@code running} tells whether Cockpit's own
   * instance view can show it.
   */
  public record Process(
      String id,
      String key,
      String name,
      String businessKey,
      String state,
      boolean running,
      LocalDateTime started,
      LocalDateTime ended) {}

  /**
   * What an entry of the timeline is, in the order entries of the same moment are listed: a case
   * starts, decides, has its tasks and documents, and ends.
   */
  public enum Kind {
    PROCESS_STARTED,
    DECISION,
    TASK,
    DOCUMENT,
    PROCESS_ENDED
  }

  /**
   * One event of the timeline, at {@code at}. A task has its assignee, candidate groups and its
   * created, completed and due times; a decision its outcome (each output's label and value); a
   * document the address it opens from ({@code href}, under {@code /api}).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Entry(
      LocalDateTime at,
      Kind kind,
      String processInstanceId,
      String process,
      String title,
      String assignee,
      List<String> candidateGroups,
      LocalDateTime created,
      LocalDateTime completed,
      LocalDateTime due,
      Map<String, Object> outcome,
      String href) {

    static Entry process(Kind kind, LocalDateTime at, Process process) {
      return new Entry(
          at,
          kind,
          process.id(),
          process.name(),
          process.name(),
          null,
          null,
          null,
          null,
          null,
          null,
          null);
    }

    static Entry document(LocalDateTime at, String processInstanceId, String title, String href) {
      return new Entry(
          at,
          Kind.DOCUMENT,
          processInstanceId,
          null,
          title,
          null,
          null,
          null,
          null,
          null,
          null,
          href);
    }
  }
}
