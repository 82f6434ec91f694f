package bg.kazanlak.inclusion;

import bg.kazanlak.inclusion.budget.BudgetLedger;
import bg.kazanlak.inclusion.employment.Placements;
import bg.kazanlak.inclusion.identity.IdentityInitializer;
import bg.kazanlak.inclusion.programme.ProgrammeClockShift;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * What must happen, in this order, once the engine has deployed the models and before the web
 * server accepts requests: the programme clock, the budget lines, the employers' places, then
 * groups, access and administrator, then any startup data (the demo profile's users and cases). On
 * PostgreSQL it runs under the {@link StartupLock}, one node at a time.
 */
@Component
public class StartupSequence implements SmartInitializingSingleton {

  private final ProgrammeClockShift clockShift;
  private final BudgetLedger ledger;
  private final Placements employment;
  private final IdentityInitializer identity;
  private final ObjectProvider<StartupDataLoader> startupData;
  private final StartupLock lock;

  public StartupSequence(
      ProgrammeClockShift clockShift,
      BudgetLedger ledger,
      Placements employment,
      IdentityInitializer identity,
      ObjectProvider<StartupDataLoader> startupData,
      StartupLock lock) {
    this.clockShift = clockShift;
    this.ledger = ledger;
    this.employment = employment;
    this.identity = identity;
    this.startupData = startupData;
    this.lock = lock;
  }

  @Override
  public void afterSingletonsInstantiated() {
    // held since the engine's build (StartupLock): the next node starts when this one is done
    try {
      clockShift.apply();
      ledger.synchroniseLines();
      employment.synchronisePlaces();
      identity.initialise();
      startupData.orderedStream().forEach(StartupDataLoader::load);
    } finally {
      lock.release();
    }
  }
}
