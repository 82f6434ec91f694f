package bg.kazanlak.inclusion.replay;

import static bg.kazanlak.inclusion.identity.Groups.HR_OFFICERS;

import bg.kazanlak.inclusion.employment.Contract;
import bg.kazanlak.inclusion.employment.ContractStatus;
import bg.kazanlak.inclusion.employment.Contracts;
import bg.kazanlak.inclusion.employment.EmploymentCases;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * HR terminates a few contracts early (about one every two months per unit of scale, from June 2021
 * to March 2023: a resignation or a mutual agreement), as the API does after its group check; the
 * freed place goes to the next person waiting (the feature's own behaviour).
 */
@Component
@Profile("replay")
@Order(20)
public class EmploymentWork implements DailyWork {

  private static final LocalDate FROM = LocalDate.of(2021, 6, 1);
  private static final LocalDate UNTIL = LocalDate.of(2023, 3, 31);

  private final Contracts contracts;
  private final EmploymentCases cases;
  private final ProgrammeProperties programme;
  private final ReplayFigures figures;

  public EmploymentWork(
      Contracts contracts,
      EmploymentCases cases,
      ProgrammeProperties programme,
      ReplayFigures figures) {
    this.contracts = contracts;
    this.cases = cases;
    this.programme = programme;
    this.figures = figures;
  }

  @Override
  public void on(SimulatedDay day) {
    LocalDate today = day.date();
    Random random = day.random();
    if (today.isBefore(FROM)
        || today.isAfter(UNTIL)
        || random.nextDouble() >= 0.025 * day.scale()) {
      return;
    }
    List<ProgrammeProperties.Employer> employers = programme.employers();
    ProgrammeProperties.Employer employer = employers.get(random.nextInt(employers.size()));
    List<Contract> active =
        contracts.contracts(employer.id(), ContractStatus.ACTIVE).stream()
            .filter(c -> c.start().isBefore(today.minusDays(20)))
            .filter(c -> c.end().isAfter(today.plusDays(20)))
            .toList();
    if (active.isEmpty()) {
      return;
    }
    Contract contract = active.get(random.nextInt(active.size()));
    String reason = random.nextBoolean() ? "RESIGNATION" : "MUTUAL_AGREEMENT";
    List<String> hr = day.staff().of(HR_OFFICERS);
    String user = hr.get(random.nextInt(hr.size()));
    try {
      day.staff().as(user, () -> cases.terminate(contract.contractId(), today, reason));
      figures.count("contracts.terminatedEarly");
    } catch (RequestRefusedException refused) {
      figures.count("contracts.terminationRefused");
    }
  }
}
