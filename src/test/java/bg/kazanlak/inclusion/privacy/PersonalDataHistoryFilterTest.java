package bg.kazanlak.inclusion.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionEvaluationEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionInputInstanceEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionInstanceEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.junit.jupiter.api.Test;

class PersonalDataHistoryFilterTest {

  /** Records what reaches the database history. */
  static final class RecordingHandler implements HistoryEventHandler {
    final List<HistoryEvent> handled = new ArrayList<>();
    int batches;

    @Override
    public void handleEvent(HistoryEvent event) {
      handled.add(event);
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      batches++;
      handled.addAll(events);
    }
  }

  private final RecordingHandler database = new RecordingHandler();
  private final PersonalDataHistoryFilter filter =
      new PersonalDataHistoryFilter(database, Set.of("personalNumber", "healthNotes"));

  private static HistoricVariableUpdateEventEntity variable(String name) {
    HistoricVariableUpdateEventEntity event = new HistoricVariableUpdateEventEntity();
    event.setVariableName(name);
    return event;
  }

  private static HistoricFormPropertyEventEntity formProperty(String id) {
    HistoricFormPropertyEventEntity event = new HistoricFormPropertyEventEntity();
    event.setPropertyId(id);
    event.setPropertyValue("value of " + id);
    return event;
  }

  @Test
  void personalDataVariableUpdatesAreDropped() {
    filter.handleEvent(variable("personalNumber"));
    filter.handleEvent(variable("healthNotes"));
    assertThat(database.handled).isEmpty();
  }

  @Test
  void otherVariableUpdatesPass() {
    HistoricVariableUpdateEventEntity approved = variable("approved");
    filter.handleEvent(approved);
    assertThat(database.handled).containsExactly(approved);
  }

  @Test
  void namesAreMatchedExactly() {
    HistoricVariableUpdateEventEntity lower = variable("personalnumber");
    HistoricVariableUpdateEventEntity prefixed = variable("personalNumberMasked");
    filter.handleEvent(lower);
    filter.handleEvent(prefixed);
    assertThat(database.handled).containsExactly(lower, prefixed);
  }

  @Test
  void personalDataFormPropertiesAreDroppedOthersPass() {
    HistoricFormPropertyEventEntity decision = formProperty("decision");
    filter.handleEvent(formProperty("personalNumber"));
    filter.handleEvent(decision);
    assertThat(database.handled).containsExactly(decision);
  }

  @Test
  void eventsWithoutAVariableNameAlwaysPass() {
    HistoricProcessInstanceEventEntity process = new HistoricProcessInstanceEventEntity();
    HistoricTaskInstanceEventEntity task = new HistoricTaskInstanceEventEntity();
    task.setName("personalNumber"); // a task's name is not a variable
    filter.handleEvent(process);
    filter.handleEvent(task);
    assertThat(database.handled).containsExactly(process, task);
    assertThat(filter.isPersonalData(process)).isFalse();
    assertThat(filter.isPersonalData(task)).isFalse();
  }

  @Test
  void aBatchIsFilteredEventByEventKeepingTheOrder() {
    HistoricProcessInstanceEventEntity process = new HistoricProcessInstanceEventEntity();
    HistoricVariableUpdateEventEntity approved = variable("approved");
    HistoricFormPropertyEventEntity decision = formProperty("decision");
    filter.handleEvents(
        List.of(
            process, variable("personalNumber"), approved, formProperty("healthNotes"), decision));
    assertThat(database.handled).containsExactly(process, approved, decision);
  }

  @Test
  void isPersonalDataNamesTheDroppedKinds() {
    assertThat(filter.isPersonalData(variable("personalNumber"))).isTrue();
    assertThat(filter.isPersonalData(formProperty("healthNotes"))).isTrue();
    assertThat(filter.isPersonalData(variable("approved"))).isFalse();
  }

  @Test
  void theFilterKeepsItsOwnCopyOfTheNames() {
    Set<String> names = new HashSet<>(Set.of("personalNumber"));
    PersonalDataHistoryFilter own = new PersonalDataHistoryFilter(database, names);
    names.add("approved");
    names.remove("personalNumber");
    assertThat(own.isPersonalData(variable("personalNumber"))).isTrue();
    assertThat(own.isPersonalData(variable("approved"))).isFalse();
  }

  // --- decision history -------------------------------------------------------------------------

  private final PersonalDataHistoryFilter decisionFilter =
      new PersonalDataHistoryFilter(
          database,
          Set.of("personalNumber"),
          Map.of("participant-eligibility", Set.of("Input_Disadvantaged")));

  private static HistoricDecisionInstanceEntity decision(String key, String... clauseIds) {
    HistoricDecisionInstanceEntity decision = new HistoricDecisionInstanceEntity();
    decision.setDecisionDefinitionKey(key);
    decision.setInputs(new ArrayList<>());
    for (String clauseId : clauseIds) {
      HistoricDecisionInputInstanceEntity input = new HistoricDecisionInputInstanceEntity();
      input.setClauseId(clauseId);
      input.setTextValue("value of " + clauseId);
      decision.addInput(input);
    }
    return decision;
  }

  private static HistoricDecisionEvaluationEvent evaluation(
      HistoricDecisionInstanceEntity root, HistoricDecisionInstanceEntity... required) {
    HistoricDecisionEvaluationEvent event = new HistoricDecisionEvaluationEvent();
    event.setRootHistoricDecisionInstance(root);
    event.setRequiredHistoricDecisionInstances(List.of(required));
    return event;
  }

  private static List<String> clauses(HistoricDecisionInstanceEntity decision) {
    return decision.getInputs().stream().map(HistoricDecisionInputInstance::getClauseId).toList();
  }

  @Test
  void aDeclaredDecisionInputIsNotRecordedTheRestOfTheDecisionIs() {
    HistoricDecisionInstanceEntity eligibility =
        decision("participant-eligibility", "Input_Age", "Input_Disadvantaged", "Input_Rural");
    HistoricDecisionEvaluationEvent event = evaluation(eligibility);

    decisionFilter.handleEvent(event);

    assertThat(database.handled).containsExactly(event);
    assertThat(clauses(eligibility)).containsExactly("Input_Age", "Input_Rural");
  }

  @Test
  void requiredDecisionsAreFilteredByTheirOwnKey() {
    HistoricDecisionInstanceEntity root = decision("candidate-streams", "Input_Disadvantaged");
    HistoricDecisionInstanceEntity required =
        decision("participant-eligibility", "Input_Disadvantaged", "Input_Age");

    decisionFilter.handleEvent(evaluation(root, required));

    // the same clause id in another decision is not declared there
    assertThat(clauses(root)).containsExactly("Input_Disadvantaged");
    assertThat(clauses(required)).containsExactly("Input_Age");
  }

  @Test
  void decisionsWithoutDeclarationsOrInputsPassUnchanged() {
    HistoricDecisionInstanceEntity route =
        decision("expense-approval-route", "Input_OverThreshold");
    HistoricDecisionInstanceEntity literal = new HistoricDecisionInstanceEntity(); // inputs not set
    literal.setDecisionDefinitionKey("participant-eligibility");
    HistoricDecisionEvaluationEvent withoutRequired = new HistoricDecisionEvaluationEvent();
    withoutRequired.setRootHistoricDecisionInstance(literal);

    decisionFilter.handleEvents(List.of(evaluation(route), withoutRequired));

    assertThat(database.handled).hasSize(2);
    assertThat(clauses(route)).containsExactly("Input_OverThreshold");
  }

  @Test
  void theDecisionFilterStillDropsPersonalDataVariables() {
    decisionFilter.handleEvent(variable("personalNumber"));
    assertThat(database.handled).isEmpty();
  }
}
