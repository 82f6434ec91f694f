package bg.kazanlak.inclusion.participant;

import bg.kazanlak.inclusion.programme.ProgrammeClock;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;

/**
 * Applies the eligibility rules of {@code bpmn/dmn/participant-eligibility.dmn} to a registered
 * participant. The tables see a derived profile only (age, labour-market status, education level,
 * whether any disadvantage was declared, housing exclusion, rural settlement): which special
 * category a person declared never leaves the registry, and the flags derived from them ({@link
 * #SPECIAL_CATEGORY_INPUTS}) are not recorded in decision history either.
 */
@Service
public class EligibilityService {

  static final String ELIGIBILITY_DECISION = "participant-eligibility";
  static final String STREAMS_DECISION = "candidate-streams";
  static final String ELIGIBLE = "ELIGIBLE";

  /**
   * The tables' inputs derived from special-category answers (ids of the input clauses in
   * bpmn/dmn): the decisions see them, their history in Cockpit does not record them.
   */
  public static final Map<String, Set<String>> SPECIAL_CATEGORY_INPUTS =
      Map.of(
          ELIGIBILITY_DECISION, Set.of("Input_Disadvantaged"),
          STREAMS_DECISION, Set.of("Input_HousingExclusion"));

  private final ParticipantRegistry registry;
  private final DecisionService decisions;
  private final ProgrammeClock clock;
  private final ProgrammeProperties programme;

  EligibilityService(
      ParticipantRegistry registry,
      DecisionService decisions,
      ProgrammeClock clock,
      ProgrammeProperties programme) {
    this.registry = registry;
    this.decisions = decisions;
    this.clock = clock;
    this.programme = programme;
  }

  public EligibilityDecision decide(String registrationNumber) {
    Participant participant = registry.get(registrationNumber);
    Map<String, Object> profile = profile(participant);
    String outcome =
        decisions
            .evaluateDecisionByKey(ELIGIBILITY_DECISION)
            .variables(profile)
            .evaluate()
            .getSingleEntry();
    if (!ELIGIBLE.equals(outcome)) {
      RejectionReason reason =
          RejectionReason.of(outcome)
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          ELIGIBILITY_DECISION + " returned unknown outcome " + outcome));
      registry.reject(registrationNumber, reason);
      return EligibilityDecision.rejected(reason);
    }
    DmnDecisionResult streamRules =
        decisions.evaluateDecisionByKey(STREAMS_DECISION).variables(profile).evaluate();
    Set<SupportStream> streams = new LinkedHashSet<>();
    for (String code : streamRules.<String>collectEntries("stream")) {
      streams.add(SupportStream.valueOf(code));
    }
    if (streams.isEmpty()) {
      registry.reject(registrationNumber, RejectionReason.NO_STREAM_AVAILABLE);
      return EligibilityDecision.rejected(RejectionReason.NO_STREAM_AVAILABLE);
    }
    List<SupportStream> candidates = List.copyOf(streams);
    registry.markEligible(registrationNumber, candidates);
    return EligibilityDecision.eligible(candidates);
  }

  private Map<String, Object> profile(Participant participant) {
    boolean rural =
        programme
            .settlement(participant.settlement())
            .map(ProgrammeProperties.Settlement::rural)
            .orElse(false);
    EsfEntryData entry = participant.entry();
    return Map.of(
        "age", participant.ageOn(clock.today()),
        "employmentStatus", entry.employmentStatus().name(),
        "educationLevel", entry.educationLevel().level(),
        "disadvantaged", entry.disadvantaged(),
        "housingExclusion", entry.homelessOrHousingExclusion(),
        "rural", rural);
  }

  public record EligibilityDecision(
      boolean eligible, RejectionReason rejectionReason, List<SupportStream> candidateStreams) {

    static EligibilityDecision eligible(List<SupportStream> streams) {
      return new EligibilityDecision(true, null, streams);
    }

    static EligibilityDecision rejected(RejectionReason reason) {
      return new EligibilityDecision(false, reason, List.of());
    }
  }
}
