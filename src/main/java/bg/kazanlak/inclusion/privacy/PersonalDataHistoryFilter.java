package bg.kazanlak.inclusion.privacy;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Drops the history events of personal-data variables before they reach the history tables. With
 * history level FULL the engine would otherwise keep every submitted form value (a personal number
 * typed into the start form, an assessment's health notes) in ACT_HI_VARINST and ACT_HI_DETAIL,
 * out of reach of the registry's authorization and retention rules.
 */
public class PersonalDataHistoryFilter implements HistoryEventHandler {

  private final HistoryEventHandler delegate;
  private final Set<String> personalDataNames;

  public PersonalDataHistoryFilter(HistoryEventHandler delegate, Set<String> personalDataNames) {
    this.delegate = delegate;
    // a HashSet, not Set.copyOf: an event without a name must pass, not throw inside the engine
    this.personalDataNames = java.util.Collections.unmodifiableSet(new java.util.HashSet<>(personalDataNames));
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (!isPersonalData(event)) {
      delegate.handleEvent(event);
    }
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
}
