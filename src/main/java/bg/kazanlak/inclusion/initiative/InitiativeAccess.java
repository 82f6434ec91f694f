package bg.kazanlak.inclusion.initiative;

import bg.kazanlak.inclusion.identity.AccessPlan;
import bg.kazanlak.inclusion.identity.FeatureAccess;
import bg.kazanlak.inclusion.identity.Groups;
import org.springframework.stereotype.Component;

/**
 * Initiative coordinators propose initiatives, as through {@code POST /api/initiatives}, correct
 * them, and confirm and report them; finance reviews the cost of the dearer ones and project
 * managers approve.
 */
@Component
class InitiativeAccess implements FeatureAccess {

  @Override
  public void contribute(AccessPlan plan) {
    plan.startedBy(InitiativeCases.PROCESS_ID, Groups.INITIATIVE_COORDINATORS)
        .workedOnBy(InitiativeCases.PROCESS_ID, Groups.FINANCE, Groups.PROJECT_MANAGERS)
        .cardShows(InitiativeVariables.INITIATIVE_NUMBER, "Инициатива №")
        .cardShows(InitiativeVariables.DATE_TEXT, "Дата")
        .cardShows(InitiativeVariables.PLANNED_COST, "Разходи (лв.)");
  }
}
