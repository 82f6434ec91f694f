package bg.kazanlak.inclusion.replay;

import static bg.kazanlak.inclusion.identity.Groups.FINANCE;
import static bg.kazanlak.inclusion.identity.Groups.INITIATIVE_COORDINATORS;

import bg.kazanlak.inclusion.budget.ExpenseCases;
import bg.kazanlak.inclusion.budget.NewExpense;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Initiative coordinators (and now and then a finance officer, whom four eyes then keep from
 * approving it) request expenses for management, publicity, consumables and, rarely, an asset above
 * the threshold that the project manager approves too: about one every eight working days per unit
 * of scale, from February 2021 until two weeks before the end. The lines that other features book
 * on (employment, staff, activities) are left to them.
 */
@Component
@Profile("replay")
@Order(30)
public class ExpenseWork implements DailyWork {

  private record Kind(String line, int from, int to, String supplier, String purpose) {}

  private static final List<Kind> KINDS =
      List.of(
          new Kind("hrd-management", 60, 900, "Куриерска фирма ООД", "Куриерски и пощенски услуги"),
          new Kind("hrd-management", 100, 1200, "Офис Консулт ЕООД", "Канцеларски материали"),
          new Kind("hrd-publicity", 150, 900, "Печатница „Роза“ ООД", "Информационни материали"),
          new Kind("sesg-management", 80, 700, "Счетоводна къща ООД", "Счетоводни услуги"),
          new Kind("sesg-consumables", 100, 800, "Книжарница „Искра“ ЕООД", "Консумативи"),
          new Kind("sesg-assets", 5100, 5600, "Техномаркет България ЕАД", "Мултимедийна техника"));

  private final ExpenseCases expenses;
  private final ProgrammeProperties programme;
  private final ReplayFigures figures;
  private int documents;

  public ExpenseWork(ExpenseCases expenses, ProgrammeProperties programme, ReplayFigures figures) {
    this.expenses = expenses;
    this.programme = programme;
    this.figures = figures;
  }

  @Override
  public void on(SimulatedDay day) {
    LocalDate today = day.date();
    Random random = day.random();
    if (today.isBefore(programme.start().plusMonths(1))
        || today.isAfter(programme.end().minusDays(14))
        || random.nextDouble() >= 0.12 * day.scale()) {
      return;
    }
    double k = random.nextDouble();
    Kind kind = KINDS.get(k < 0.03 ? 5 : random.nextInt(KINDS.size() - 1));
    BigDecimal amount =
        BigDecimal.valueOf(kind.from() * 100L + random.nextInt((kind.to() - kind.from()) * 100))
            .movePointLeft(2)
            .setScale(2, RoundingMode.UNNECESSARY);
    boolean byFinance = random.nextDouble() < 0.15;
    List<String> users = day.staff().of(byFinance ? FINANCE : INITIATIVE_COORDINATORS);
    String user = users.get(random.nextInt(users.size()));
    NewExpense expense =
        new NewExpense(
            kind.line(),
            amount,
            kind.supplier(),
            kind.purpose(),
            today.minusDays(2),
            "Фактура " + (1000 + ++documents) + "/" + today.minusDays(2),
            null);
    try {
      day.staff().as(user, () -> expenses.request(expense, user));
      figures.count("expenses.requested");
    } catch (RequestRefusedException refused) {
      figures.count("expenses.refused");
    }
  }
}
