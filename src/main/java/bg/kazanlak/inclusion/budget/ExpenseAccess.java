package bg.kazanlak.inclusion.budget;

import bg.kazanlak.inclusion.identity.AccessPlan;
import bg.kazanlak.inclusion.identity.FeatureAccess;
import bg.kazanlak.inclusion.identity.Groups;
import org.springframework.stereotype.Component;

/**
 * Finance and initiative coordinators request expenses, as through {@code POST /api/expenses}. Club
 * purchases by social workers start the process as the application, after the clubs API's own group
 * check, so social workers neither start nor read expense cases in the engine.
 */
@Component
class ExpenseAccess implements FeatureAccess {

  @Override
  public void contribute(AccessPlan plan) {
    plan.startedBy(ExpenseCases.PROCESS_ID, Groups.FINANCE, Groups.INITIATIVE_COORDINATORS)
        .cardShows(ExpenseVariables.EXPENSE_NUMBER, "Разход №")
        .cardShows(ExpenseVariables.AMOUNT, "Сума (лв.)")
        .cardShows(ExpenseVariables.SUPPLIER, "Доставчик");
  }
}
