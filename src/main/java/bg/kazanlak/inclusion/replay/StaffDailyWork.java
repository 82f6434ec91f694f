package bg.kazanlak.inclusion.replay;

import static bg.kazanlak.inclusion.identity.Groups.HR_OFFICERS;

import bg.kazanlak.inclusion.familyhouse.StaffFigures;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * HR fills the Family Houses' staff jobs early in the programme («Щатна позиция в Къща на
 * семейството» start form): from {@link #FIRST_RECORDING} one position a working day until the
 * configured number of jobs (15) is recorded, each starting on the first day of the next month and
 * ending on the programme's last day. Per house a full-time social worker and half-time
 * specialists, at wages the staff line can pay for the whole period (four full-time at 900.00, the
 * rest half-time at 400.00 — above the minimum wage × working time in every month).
 */
@Component
@Profile("replay")
public class StaffDailyWork implements DailyWork {

  static final String PROCESS = "family-house-position";

  /** Recording starts here: the houses open in September 2021. */
  static final LocalDate FIRST_RECORDING = LocalDate.of(2021, 8, 2);

  private static final String[] HALF_TIME_ROLES = {"PSYCHOLOGIST", "PEDAGOGUE", "ROMA_MEDIATOR"};
  private static final String[] NAMES = {
    "Милена Петрова", "Сабри Юсеинов", "Ваня Колева", "Иван Дечев", "Росица Тончева",
    "Хасан Мехмедов", "Галя Стоева", "Тодор Минчев", "Десислава Русева", "Мирослав Генчев",
    "Нели Христова", "Ахмед Ахмедов", "Пенка Динева", "Стефан Вълков", "Зорница Илиева"
  };

  private final StaffFigures figures;
  private final ProgrammeProperties programme;
  private final StartForms startForms;

  public StaffDailyWork(
      StaffFigures figures, ProgrammeProperties programme, StartForms startForms) {
    this.figures = figures;
    this.programme = programme;
    this.startForms = startForms;
  }

  @Override
  public void on(SimulatedDay day) {
    List<String> hr = day.staff().of(HR_OFFICERS);
    int target = programme.targets().staffJobs();
    if (hr.isEmpty() || day.date().isBefore(FIRST_RECORDING)) {
      return;
    }
    long recorded = figures.asOf(day.date()).positions();
    if (recorded >= target) {
      return;
    }
    List<ProgrammeProperties.FamilyHouse> houses = programme.familyHouses();
    int n = (int) recorded;
    ProgrammeProperties.FamilyHouse house = houses.get(n % houses.size());
    int round = n / houses.size();
    boolean fullTime = round == 0;
    String role =
        fullTime ? "SOCIAL_WORKER" : HALF_TIME_ROLES[(round - 1) % HALF_TIME_ROLES.length];
    if (!house.roles().contains(role)) {
      role = house.roles().get(round % house.roles().size());
    }
    LocalDate start = day.date().withDayOfMonth(1).plusMonths(1);
    Map<String, Object> form = new HashMap<>();
    form.put("house", house.id());
    form.put("role", role);
    form.put("staffName", NAMES[n % NAMES.length]);
    form.put("startDate", start.toString());
    form.put("endDate", programme.end().toString());
    form.put("workingTime", fullTime ? "1" : "0.5");
    form.put("grossMonthlyWage", fullTime ? "900.00" : "400.00");
    String user = hr.get(day.random().nextInt(hr.size()));
    startForms.submit(day, user, PROCESS, form);
  }
}
