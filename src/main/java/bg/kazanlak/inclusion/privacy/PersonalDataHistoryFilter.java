package bg.kazanlak.inclusion.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionEvaluationEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionInstanceEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Drops the history events of personal-data variables before they reach the history tables. With
 * history level FULL the engine would otherwise keep every submitted form value (a personal number
 * typed into the start form, an assessment's health notes, a timesheet's sick-leave days) in
 * ACT_HI_VARINST and ACT_HI_DETAIL, out of reach of the registry's authorization and retention
 * rules. Likewise it removes the declared special-category inputs from a decision's evaluation
 * before ACT_HI_DEC_IN records them; the rest of the decision's history stays.
 */
public class PersonalDataHistoryFilter implements HistoryEventHandler {

  private final HistoryEventHandler delegate;
  private final Set<String> personalDataNames;
  private final Map<String, Set<String>> specialCategoryInputs;

  public PersonalDataHistoryFilter(HistoryEventHandler delegate, Set<String> personalDataNames) {
    this(delegate, personalDataNames, Map.of());
  }

  /**
   * @param specialCategoryInputs decision key → ids of the input clauses not to record
   */
  public PersonalDataHistoryFilter(
      HistoryEventHandler delegate,
      Set<String> personalDataNames,
      Map<String, Set<String>> specialCategoryInputs) {
    this.delegate = delegate;
    // Hash collections, not Set.copyOf/Map.copyOf: an event without a name or key must pass,
    // not throw inside the engine
    this.personalDataNames = Collections.unmodifiableSet(new HashSet<>(personalDataNames));
    Map<String, Set<String>> inputs = new HashMap<>();
    specialCategoryInputs.forEach((key, ids) -> inputs.put(key, Set.copyOf(ids)));
    this.specialCategoryInputs = Collections.unmodifiableMap(inputs);
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (isPersonalData(event)) {
      return;
    }
    if (event instanceof HistoricDecisionEvaluationEvent evaluation) {
      dropSpecialCategoryInputs(evaluation);
    }
    delegate.handleEvent(event);
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }

  boolean isPersonalData(HistoryEvent event) {
    if (event instanceof HistoricVariableUpdateEventEntity variable) {
      return personalDataNames.contains(variable.getVariableName());
    }
    if (event instanceof HistoricFormPropertyEventEntity formProperty) {
      return personalDataNames.contains(formProperty.getPropertyId());
    }
    return false;
  }

  private void dropSpecialCategoryInputs(HistoricDecisionEvaluationEvent evaluation) {
    dropSpecialCategoryInputs(evaluation.getRootHistoricDecisionInstance());
    Collection<HistoricDecisionInstanceEntity> required =
        evaluation.getRequiredHistoricDecisionInstances();
    if (required != null) {
      required.forEach(this::dropSpecialCategoryInputs);
    }
  }

  private void dropSpecialCategoryInputs(HistoricDecisionInstanceEntity decision) {
    Set<String> clauses =
        decision == null ? null : specialCategoryInputs.get(decision.getDecisionDefinitionKey());
    if (clauses == null) {
      return;
    }
    List<HistoricDecisionInputInstance> inputs;
    try {
      inputs = decision.getInputs();
    } catch (ProcessEngineException noInputs) {
      return; // a decision without input clauses (a literal expression) records none anyway
    }
    List<HistoricDecisionInputInstance> kept = new ArrayList<>(inputs.size());
    for (HistoricDecisionInputInstance input : inputs) {
      if (!clauses.contains(input.getClauseId())) {
        kept.add(input);
      }
    }
    decision.setInputs(kept);
  }
}
