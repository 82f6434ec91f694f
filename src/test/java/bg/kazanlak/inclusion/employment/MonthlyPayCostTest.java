package bg.kazanlak.inclusion.employment;

import static bg.kazanlak.inclusion.employment.EmploymentFixture.LANDSCAPE_SERVICES;
import static bg.kazanlak.inclusion.employment.EmploymentFixture.PUBLIC_ADMINISTRATION;
import static bg.kazanlak.inclusion.employment.EmploymentFixture.SOCIAL_WORK;
import static bg.kazanlak.inclusion.employment.EmploymentFixture.date;
import static bg.kazanlak.inclusion.employment.EmploymentFixture.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bg.kazanlak.inclusion.problem.FieldProblem;
import bg.kazanlak.inclusion.problem.Refusal;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.KazanlakProgrammeFixture;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The pay and employer cost of a month. Every expected figure is computed by hand in the comment
 * beside it (rates of the employer, in %: pension 8.22, sickness-maternity 2.1, unemployment 0.6,
 * second pillar 2.8, health 4.8, guaranteed receivables 0.1, work accident by activity), each
 * contribution rounded half-up to stotinki on its own.
 *
 * <p>Working days (shipped calendar): June 2021 22, Feb 2023 20, Mar 2022 22 (3 Mar off), Apr 2022
 * 19 (22 and 25 Apr off), May 2022 19 (2, 6, 24 May off), June 2022 22, Sep 2022 20 (6, 22 Sep
 * off).
 */
class MonthlyPayCostTest {

  private static final YearMonth JUNE_2021 = YearMonth.of(2021, 6);
  private static final YearMonth MARCH_2022 = YearMonth.of(2022, 3);
  private static final YearMonth APRIL_2022 = YearMonth.of(2022, 4);
  private static final YearMonth MAY_2022 = YearMonth.of(2022, 5);
  private static final YearMonth JUNE_2022 = YearMonth.of(2022, 6);
  private static final YearMonth SEPTEMBER_2022 = YearMonth.of(2022, 9);
  private static final YearMonth FEBRUARY_2023 = YearMonth.of(2023, 2);

  private final MonthlyPayCost calculator = EmploymentFixture.calculator();

  private static PayTerms landscape(String wage) {
    return PayTerms.fullTime(money(wage), LANDSCAPE_SERVICES);
  }

  private static Timesheet worked(int days) {
    return new Timesheet(days, 0, 0, 0);
  }

  private PayCost fullMonth(PayTerms terms, YearMonth month) {
    ContractMonth whole = ContractMonth.whole(month);
    return calculator.calculate(terms, whole, worked(calculator.contractWorkingDays(whole)));
  }

  private static List<BigDecimal> each(EmployerContributions c) {
    return List.of(
        c.pension(),
        c.sicknessMaternity(),
        c.unemployment(),
        c.secondPillar(),
        c.health(),
        c.guaranteedReceivables(),
        c.workAccident());
  }

  private static List<BigDecimal> amounts(String... values) {
    return Stream.of(values).map(BigDecimal::new).toList();
  }

  /** Every amount of the result has scale 2 (stotinki), and the totals add up. */
  private static void assertWellFormed(PayCost cost) {
    List<BigDecimal> all = new ArrayList<>(each(cost.contributions()));
    all.addAll(
        List.of(
            cost.grossPay(), cost.insurableIncome(), cost.totalContributions(), cost.totalCost()));
    assertThat(all).allSatisfy(amount -> assertThat(amount.scale()).isEqualTo(2));
    assertThat(cost.totalContributions()).isEqualTo(cost.contributions().total());
    assertThat(cost.totalCost()).isEqualTo(cost.grossPay().add(cost.totalContributions()));
  }

  private static List<FieldProblem> refusal(ThrowingCallable call) {
    List<FieldProblem> problems = new ArrayList<>();
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            RequestRefusedException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Refusal.INVALID);
              problems.addAll(e.fieldProblems());
            });
    return problems;
  }

  // --- DOMAIN-NOTES worked examples (19.52 % = 18.52 + 0.1 + 0.9 landscape services) ---

  @Test
  void workedExampleGross650CostsTheEmployer776_88() {
    PayCost cost = fullMonth(landscape("650"), JUNE_2021);

    // 650 × 8.22 % = 53.43; × 2.1 % = 13.65; × 0.6 % = 3.90; × 2.8 % = 18.20; × 4.8 % = 31.20;
    // × 0.1 % = 0.65; × 0.9 % = 5.85; sum 126.88; 650 + 126.88 = 776.88
    assertThat(cost.grossPay()).isEqualTo("650.00");
    assertThat(cost.insurableIncome()).isEqualTo("650.00");
    assertThat(each(cost.contributions()))
        .isEqualTo(amounts("53.43", "13.65", "3.90", "18.20", "31.20", "0.65", "5.85"));
    assertThat(cost.totalContributions()).isEqualTo("126.88");
    assertThat(cost.totalCost()).isEqualTo("776.88");
    assertThat(cost.monthWorkingDays()).isEqualTo(22);
    assertThat(cost.contractWorkingDays()).isEqualTo(22);
    assertThat(cost.paidDays()).isEqualTo(22);
    assertWellFormed(cost);
  }

  @Test
  void workedExampleGross780CostsTheEmployer932_26() {
    PayCost cost = fullMonth(landscape("780"), FEBRUARY_2023);

    // 780 × 8.22 % = 64.116 -> 64.12; × 2.1 % = 16.38; × 0.6 % = 4.68; × 2.8 % = 21.84;
    // × 4.8 % = 37.44; × 0.1 % = 0.78; × 0.9 % = 7.02; sum 152.26; 780 + 152.26 = 932.26
    assertThat(each(cost.contributions()))
        .isEqualTo(amounts("64.12", "16.38", "4.68", "21.84", "37.44", "0.78", "7.02"));
    assertThat(cost.totalContributions()).isEqualTo("152.26");
    assertThat(cost.totalCost()).isEqualTo("932.26");
    assertWellFormed(cost);
  }

  @Test
  void theWorkAccidentRateFollowsTheEmployersActivity() {
    // 126.88 - 5.85 (0.9 %) + 4.55 (650 × 0.7 %) = 125.58
    PayCost administration =
        fullMonth(PayTerms.fullTime(money("650"), PUBLIC_ADMINISTRATION), JUNE_2021);
    assertThat(administration.contributions().workAccident()).isEqualTo("4.55");
    assertThat(administration.totalCost()).isEqualTo("775.58");
    // 126.88 - 5.85 + 3.25 (650 × 0.5 %) = 124.28
    PayCost socialWork = fullMonth(PayTerms.fullTime(money("650"), SOCIAL_WORK), JUNE_2021);
    assertThat(socialWork.contributions().workAccident()).isEqualTo("3.25");
    assertThat(socialWork.totalCost()).isEqualTo("774.28");
  }

  @Test
  void eachContributionIsRoundedOnItsOwn() {
    // at 319.50 (see the termination below) the seven contributions rounded one by one sum to
    // 62.38, while the total rate would give 319.50 × 19.52 % = 62.3664 -> 62.37
    PayCost cost =
        calculator.calculate(
            landscape("710"),
            ContractMonth.of(SEPTEMBER_2022, date("2022-03-01"), date("2022-09-14")),
            worked(9));
    assertThat(cost.totalContributions()).isEqualTo("62.38");
  }

  @Test
  void halfAStotinkaIsRoundedUp() {
    // 725 × 0.1 % = 0.725 -> 0.73 (half-even would give 0.72)
    assertThat(fullMonth(landscape("725"), SEPTEMBER_2022).contributions().guaranteedReceivables())
        .isEqualTo("0.73");
    // 1 of September's 20 days at 710.10: 710.10 / 20 = 35.505 -> 35.51
    assertThat(
            calculator
                .calculate(
                    landscape("710.10"),
                    ContractMonth.whole(SEPTEMBER_2022),
                    new Timesheet(1, 0, 0, 19))
                .grossPay())
        .isEqualTo("35.51");
  }

  // --- working days ---

  @Test
  void aFullMonthPaysTheWholeWage() {
    PayCost cost = fullMonth(landscape("710"), JUNE_2022);
    assertThat(cost.monthWorkingDays()).isEqualTo(22);
    assertThat(cost.grossPay()).isEqualTo("710.00");
  }

  @Test
  void aPublicHolidayIsNotAWorkingDay() {
    ContractMonth may = ContractMonth.whole(MAY_2022);
    assertThat(calculator.contractWorkingDays(may)).isEqualTo(19); // 22 weekdays less 2, 6, 24 May

    // all 19 working days worked: the whole wage
    assertThat(calculator.calculate(landscape("710"), may, worked(19)).grossPay())
        .isEqualTo("710.00");
    // 22 days (the weekdays) cannot have been worked
    assertThat(refusal(() -> calculator.calculate(landscape("710"), may, worked(22))))
        .containsExactly(
            new FieldProblem(
                "daysWorked",
                "Отработените дни (22) са повече от работните дни по договора през месеца (19)."));
    // 9 of 19 days: 710 × 9 / 19 = 336.3157... -> 336.32, where 9 of June's 22 days pay
    // 710 × 9 / 22 = 290.4545... -> 290.45
    assertThat(calculator.calculate(landscape("710"), may, new Timesheet(9, 0, 0, 10)).grossPay())
        .isEqualTo("336.32");
    assertThat(
            calculator
                .calculate(
                    landscape("710"), ContractMonth.whole(JUNE_2022), new Timesheet(9, 0, 0, 13))
                .grossPay())
        .isEqualTo("290.45");
  }

  @Test
  void aMidMonthStartIsPaidProRataOverTheWholeMonthsWorkingDays() {
    // contract from Monday 16 May 2022: 16-20, 23, 25-27, 30, 31 May = 11 working days (24 off)
    ContractMonth may = ContractMonth.of(MAY_2022, date("2022-05-16"), date("2023-05-15"));
    assertThat(may.firstDay()).isEqualTo(date("2022-05-16"));
    assertThat(may.lastDay()).isEqualTo(date("2022-05-31"));
    assertThat(calculator.contractWorkingDays(may)).isEqualTo(11);

    PayCost cost = calculator.calculate(landscape("710"), may, worked(11));

    // 710 × 11 / 19 = 411.0526... -> 411.05
    // 411.05 × 8.22 % = 33.78831 -> 33.79; × 2.1 % = 8.63205 -> 8.63; × 0.6 % = 2.4663 -> 2.47;
    // × 2.8 % = 11.5094 -> 11.51; × 4.8 % = 19.7304 -> 19.73; × 0.1 % = 0.41105 -> 0.41;
    // × 0.9 % = 3.69945 -> 3.70; sum 80.24; 411.05 + 80.24 = 491.29
    assertThat(cost.grossPay()).isEqualTo("411.05");
    assertThat(each(cost.contributions()))
        .isEqualTo(amounts("33.79", "8.63", "2.47", "11.51", "19.73", "0.41", "3.70"));
    assertThat(cost.totalContributions()).isEqualTo("80.24");
    assertThat(cost.totalCost()).isEqualTo("491.29");
    assertThat(cost.monthWorkingDays()).isEqualTo(19);
    assertThat(cost.contractWorkingDays()).isEqualTo(11);
    assertWellFormed(cost);

    // the whole month's 19 days cannot be accounted for in a contract of 11
    assertThat(refusal(() -> calculator.calculate(landscape("710"), may, worked(19))))
        .extracting(FieldProblem::field)
        .containsExactly("daysWorked");
  }

  @Test
  void aTerminationMidMonthIsPaidProRata() {
    // contract 2022-03-01..2023-02-28 terminated on Wednesday 14 September 2022:
    // 1, 2, 5, 7, 8, 9, 12, 13, 14 September = 9 working days (6 Sep off)
    ContractMonth september =
        ContractMonth.of(SEPTEMBER_2022, date("2022-03-01"), date("2022-09-14"));
    assertThat(calculator.contractWorkingDays(september)).isEqualTo(9);

    PayCost cost = calculator.calculate(landscape("710"), september, worked(9));

    // 710 × 9 / 20 = 319.50
    // 319.50 × 8.22 % = 26.2629 -> 26.26; × 2.1 % = 6.7095 -> 6.71; × 0.6 % = 1.917 -> 1.92;
    // × 2.8 % = 8.946 -> 8.95; × 4.8 % = 15.336 -> 15.34; × 0.1 % = 0.3195 -> 0.32;
    // × 0.9 % = 2.8755 -> 2.88; sum 62.38; 319.50 + 62.38 = 381.88
    assertThat(cost.grossPay()).isEqualTo("319.50");
    assertThat(each(cost.contributions()))
        .isEqualTo(amounts("26.26", "6.71", "1.92", "8.95", "15.34", "0.32", "2.88"));
    assertThat(cost.totalCost()).isEqualTo("381.88");
    assertWellFormed(cost);
  }

  @Test
  void paidLeaveIsPaidLikeWorkSickLeaveAndUnpaidAbsenceAreNot() {
    ContractMonth june = ContractMonth.whole(JUNE_2022); // 22 working days
    PayTerms terms = landscape("710");

    PayCost paidLeave = calculator.calculate(terms, june, new Timesheet(17, 5, 0, 0));
    assertThat(paidLeave.paidDays()).isEqualTo(22);
    assertThat(paidLeave.grossPay()).isEqualTo("710.00");

    // 710 × 17 / 22 = 548.6363... -> 548.64
    PayCost unpaid = calculator.calculate(terms, june, new Timesheet(17, 0, 0, 5));
    assertThat(unpaid.paidDays()).isEqualTo(17);
    assertThat(unpaid.grossPay()).isEqualTo("548.64");
    PayCost sick = calculator.calculate(terms, june, new Timesheet(17, 0, 5, 0));
    assertThat(sick.grossPay()).isEqualTo("548.64");

    // 12 worked + 3 paid leave + 4 sick + 3 unpaid = 22: 710 × 15 / 22 = 484.0909... -> 484.09
    assertThat(calculator.calculate(terms, june, new Timesheet(12, 3, 4, 3)).grossPay())
        .isEqualTo("484.09");
  }

  @Test
  void aMonthWithoutPaidDaysCostsNothing() {
    PayCost cost =
        calculator.calculate(
            landscape("710"), ContractMonth.whole(JUNE_2022), new Timesheet(0, 0, 22, 0));
    assertThat(cost.grossPay()).isEqualTo("0.00");
    assertThat(cost.totalCost()).isEqualTo("0.00");
    assertWellFormed(cost);
  }

  @Test
  void aContractStartingOnASaturdayHasNoWorkingDaysInThatMonth() {
    // Saturday 30 April 2022 is the contract's only day in April
    ContractMonth april = ContractMonth.of(APRIL_2022, date("2022-04-30"), date("2023-04-29"));
    assertThat(calculator.contractWorkingDays(april)).isZero();
    assertThat(calculator.calculate(landscape("710"), april, worked(0)).totalCost())
        .isEqualTo("0.00");
    assertThat(refusal(() -> calculator.calculate(landscape("710"), april, worked(1))))
        .extracting(FieldProblem::field)
        .containsExactly("daysWorked");
  }

  // --- insurable income ceiling ---

  @Test
  void theCeilingIs3000UntilMarch2022() {
    PayCost cost = fullMonth(landscape("3500"), MARCH_2022);

    // 3000 × 8.22 % = 246.60; × 2.1 % = 63.00; × 0.6 % = 18.00; × 2.8 % = 84.00;
    // × 4.8 % = 144.00; × 0.1 % = 3.00; × 0.9 % = 27.00; sum 585.60; 3500 + 585.60 = 4085.60
    assertThat(cost.grossPay()).isEqualTo("3500.00");
    assertThat(cost.insurableIncome()).isEqualTo("3000.00");
    assertThat(each(cost.contributions()))
        .isEqualTo(amounts("246.60", "63.00", "18.00", "84.00", "144.00", "3.00", "27.00"));
    assertThat(cost.totalContributions()).isEqualTo("585.60");
    assertThat(cost.totalCost()).isEqualTo("4085.60");
    assertWellFormed(cost);
  }

  @Test
  void theCeilingIs3400FromApril2022() {
    PayCost cost = fullMonth(landscape("3500"), APRIL_2022);

    // 3400 × 8.22 % = 279.48; × 2.1 % = 71.40; × 0.6 % = 20.40; × 2.8 % = 95.20;
    // × 4.8 % = 163.20; × 0.1 % = 3.40; × 0.9 % = 30.60; sum 663.68; 3500 + 663.68 = 4163.68
    assertThat(cost.insurableIncome()).isEqualTo("3400.00");
    assertThat(each(cost.contributions()))
        .isEqualTo(amounts("279.48", "71.40", "20.40", "95.20", "163.20", "3.40", "30.60"));
    assertThat(cost.totalContributions()).isEqualTo("663.68");
    assertThat(cost.totalCost()).isEqualTo("4163.68");
  }

  @Test
  void theCeilingCapsTheProRataPayNotTheMonthlyWage() {
    // 3500 × 10 / 19 = 1842.1052... -> 1842.11, below the ceiling: all of it is insurable
    PayCost cost =
        calculator.calculate(
            landscape("3500"), ContractMonth.whole(APRIL_2022), new Timesheet(10, 0, 0, 9));
    assertThat(cost.grossPay()).isEqualTo("1842.11");
    assertThat(cost.insurableIncome()).isEqualTo("1842.11");
  }

  // --- minimum wage ---

  @Test
  void aWageBelowTheMinimumOfTheMonthIsRefused() {
    // 700 >= 650 in March 2022, < 710 from April 2022
    assertThat(fullMonth(landscape("700"), MARCH_2022).grossPay()).isEqualTo("700.00");
    assertThat(refusal(() -> fullMonth(landscape("700"), APRIL_2022)))
        .containsExactly(
            new FieldProblem(
                "grossMonthlyWage",
                "Брутната месечна заплата 700.00 лв. е под минималната 710.00 лв., в сила през 2022-04."));
    // exactly the minimum is allowed
    assertThat(fullMonth(landscape("710"), APRIL_2022).grossPay()).isEqualTo("710.00");
    // 710 became too little in 2023 (780)
    assertThat(refusal(() -> fullMonth(landscape("710"), YearMonth.of(2023, 1))))
        .extracting(FieldProblem::field)
        .containsExactly("grossMonthlyWage");
  }

  @Test
  void aPartTimeMinimumIsScaledByTheWorkingTime() {
    PayTerms half = new PayTerms(money("355"), LANDSCAPE_SERVICES, money("0.5"));
    // 355 = 710 × 0.5: allowed; full attendance pays the whole (half-time) wage
    assertThat(fullMonth(half, APRIL_2022).grossPay()).isEqualTo("355.00");
    PayTerms tooLittle = new PayTerms(money("354.99"), LANDSCAPE_SERVICES, money("0.5"));
    assertThat(refusal(() -> fullMonth(tooLittle, APRIL_2022)))
        .containsExactly(
            new FieldProblem(
                "grossMonthlyWage",
                "Брутната месечна заплата 354.99 лв. е под "
                    + "минималната 355.00 лв. (710.00 лв. × 0.5 за непълно работно време), в сила през "
                    + "2022-04."));
  }

  @Test
  void wrongTermsAreRefused() {
    ContractMonth june = ContractMonth.whole(JUNE_2022);
    assertThat(
            refusal(
                () ->
                    calculator.calculate(
                        new PayTerms(money("710"), LANDSCAPE_SERVICES, money("1.5")),
                        june,
                        worked(22))))
        .extracting(FieldProblem::field)
        .containsExactly("workingTimeFraction");
    assertThat(
            refusal(
                () ->
                    calculator.calculate(
                        new PayTerms(money("710"), LANDSCAPE_SERVICES, BigDecimal.ZERO),
                        june,
                        worked(22))))
        .extracting(FieldProblem::field)
        .containsExactly("workingTimeFraction");
    assertThat(refusal(() -> calculator.calculate(landscape("0"), june, worked(22))))
        .extracting(FieldProblem::message)
        .containsExactly("Брутната месечна заплата трябва да е положителна.");
    assertThat(refusal(() -> calculator.calculate(landscape("710.001"), june, worked(22))))
        .extracting(FieldProblem::message)
        .containsExactly("Заплатата е в лева със стотинки (до два знака).");
    assertThat(
            refusal(
                () ->
                    calculator.calculate(
                        PayTerms.fullTime(money("710"), "MINING"), june, worked(22))))
        .containsExactly(
            new FieldProblem(
                "activity",
                "Няма ставка за фонд „Трудова злополука и "
                    + "професионална болест“ за дейност MINING през 2022-06."));
  }

  // --- timesheet ---

  @Test
  void aTimesheetWithMoreDaysThanTheMonthHasIsRefused() {
    // June 2022 has 22 working days
    assertThat(
            refusal(
                () ->
                    calculator.calculate(
                        landscape("710"),
                        ContractMonth.whole(JUNE_2022),
                        new Timesheet(20, 25, 0, 0))))
        .containsExactly(
            new FieldProblem(
                "paidLeaveDays",
                "Дните платен отпуск (25) са повече от работните дни по договора през месеца (22)."));
    assertThat(
            refusal(
                () ->
                    calculator.calculate(
                        landscape("710"),
                        ContractMonth.whole(JUNE_2022),
                        new Timesheet(20, 2, 1, 0))))
        .extracting(FieldProblem::field)
        .containsExactly("timesheet");
  }

  @Test
  void negativeDaysAreRefusedEachByName() {
    assertThat(
            refusal(
                () ->
                    calculator.calculate(
                        landscape("710"),
                        ContractMonth.whole(JUNE_2022),
                        new Timesheet(24, -1, 0, -1))))
        .containsExactly(
            new FieldProblem(
                "daysWorked",
                "Отработените дни (24) са повече от работните дни по договора през месеца (22)."),
            new FieldProblem(
                "paidLeaveDays", "Дните платен отпуск не могат да са отрицателно число (-1)."),
            new FieldProblem(
                "unpaidAbsenceDays",
                "Дните неплатено отсъствие не могат да са отрицателно число (-1)."));
    assertThat(
            refusal(
                () ->
                    calculator.calculate(
                        landscape("710"),
                        ContractMonth.whole(JUNE_2022),
                        new Timesheet(22, 0, -2, 0))))
        .extracting(FieldProblem::field)
        .containsExactly("sickLeaveDays");
  }

  @Test
  void aSumThatDoesNotMatchTheWorkingDaysIsRefusedWithTheNumbers() {
    ContractMonth may = ContractMonth.of(MAY_2022, date("2022-05-16"), date("2023-05-15"));
    assertThat(
            refusal(() -> calculator.calculate(landscape("710"), may, new Timesheet(8, 1, 0, 1))))
        .containsExactly(
            new FieldProblem(
                "timesheet",
                "Отработени 8 + платен отпуск 1 + болничен 0 + неплатено отсъствие 1 = 10 дни, а "
                    + "работните дни по договора през 2022-05 (от 2022-05-16 до 2022-05-31) са 11: "
                    + "сборът трябва да е точно 11."));
    // one day too many is as wrong as one too few
    assertThat(
            refusal(() -> calculator.calculate(landscape("710"), may, new Timesheet(10, 1, 0, 1))))
        .extracting(FieldProblem::field)
        .containsExactly("timesheet");
  }

  @Test
  void wrongTermsAndAWrongTimesheetAreReportedTogether() {
    assertThat(
            refusal(
                () ->
                    calculator.calculate(
                        landscape("600"), ContractMonth.whole(JUNE_2022), worked(21))))
        .extracting(FieldProblem::field)
        .containsExactly("grossMonthlyWage", "timesheet");
  }

  // --- programme period ---

  @Test
  void aMonthOutsideTheProgrammeIsRefused() {
    ContractMonth july2023 = ContractMonth.whole(YearMonth.of(2023, 7));
    assertThat(refusal(() -> calculator.calculate(landscape("780"), july2023, worked(21))))
        .containsExactly(
            new FieldProblem(
                "month",
                "Дните по договора през 2023-07 (2023-07-01 – "
                    + "2023-07-31) са извън периода на проекта 2021-01-01 – 2023-06-30."));
    ContractMonth december2020 = ContractMonth.whole(YearMonth.of(2020, 12));
    assertThat(refusal(() -> calculator.calculate(landscape("650"), december2020, worked(0))))
        .extracting(FieldProblem::field)
        .contains("month");
  }

  @Test
  void aContractNotInForceInTheMonthHasNoContractMonth() {
    assertThat(refusal(() -> ContractMonth.of(MAY_2022, date("2022-06-01"), date("2023-05-31"))))
        .containsExactly(
            new FieldProblem(
                "month", "Договорът (от 2022-06-01 до 2023-05-31) не е в сила през 2022-05."));
  }

  // --- a whole contract, month by month ---

  /**
   * Contract 2021-10-01..2022-09-30 (12 months) at gross 710 in the municipal enterprise
   * (LANDSCAPE_SERVICES, 19.52 %), every working day worked. 710 is above the minimum of 650 until
   * March 2022 and equal to the minimum of 710 from April 2022: valid in every month. Full
   * attendance pays the whole wage whatever the number of working days:
   *
   * <pre>
   * month    working days (weekdays less days off)      gross   contributions   cost
   * 2021-10  21                                         710.00  138.59          848.59
   * 2021-11  22                                         710.00  138.59          848.59
   * 2021-12  23 less 24, 27, 28 Dec = 20                710.00  138.59          848.59
   * 2022-01  21 less 3 Jan = 20                         710.00  138.59          848.59
   * 2022-02  20                                         710.00  138.59          848.59
   * 2022-03  23 less 3 Mar = 22                         710.00  138.59          848.59
   * 2022-04  21 less 22, 25 Apr = 19                    710.00  138.59          848.59
   * 2022-05  22 less 2, 6, 24 May = 19                  710.00  138.59          848.59
   * 2022-06  22                                         710.00  138.59          848.59
   * 2022-07  21                                         710.00  138.59          848.59
   * 2022-08  23                                         710.00  138.59          848.59
   * 2022-09  22 less 6, 22 Sep = 20                     710.00  138.59          848.59
   * </pre>
   *
   * Contributions on 710 (below both ceilings): 8.22 % = 58.362 -> 58.36; 2.1 % = 14.91; 0.6 % =
   * 4.26; 2.8 % = 19.88; 4.8 % = 34.08; 0.1 % = 0.71; 0.9 % = 6.39; sum 58.36 + 14.91 + 4.26 +
   * 19.88 + 34.08 + 0.71 + 6.39 = 138.59; cost 710 + 138.59 = 848.59. Whole contract: gross 12 ×
   * 710 = 8520.00; contributions 12 × 138.59 = 1663.08; cost 12 × 848.59 = 10183.08.
   */
  @Test
  void aWhole12MonthContractMonthByMonth() {
    ContractTerms terms =
        new ContractTerms(EmploymentFixture.kazanlak(), KazanlakProgrammeFixture.kazanlak());
    ContractPeriod contract = terms.period(date("2021-10-01"), date("2021-09-20"));
    assertThat(contract.end()).isEqualTo(date("2022-09-30"));

    int[] workingDays = {21, 22, 20, 20, 20, 22, 19, 19, 22, 21, 23, 20};
    assertThat(contract.months()).hasSize(12);
    List<PayCost> costs = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      YearMonth month = contract.months().get(i);
      ContractMonth days = contract.month(month);
      assertThat(calculator.contractWorkingDays(days)).as("%s", month).isEqualTo(workingDays[i]);
      costs.add(calculator.calculate(landscape("710"), days, worked(workingDays[i])));
    }

    assertThat(costs)
        .extracting(PayCost::month)
        .containsExactly(
            YearMonth.of(2021, 10),
            YearMonth.of(2021, 11),
            YearMonth.of(2021, 12),
            YearMonth.of(2022, 1),
            YearMonth.of(2022, 2),
            YearMonth.of(2022, 3),
            YearMonth.of(2022, 4),
            YearMonth.of(2022, 5),
            YearMonth.of(2022, 6),
            YearMonth.of(2022, 7),
            YearMonth.of(2022, 8),
            YearMonth.of(2022, 9));
    assertThat(costs)
        .allSatisfy(
            cost -> {
              assertThat(cost.grossPay()).isEqualTo("710.00");
              assertThat(each(cost.contributions()))
                  .isEqualTo(amounts("58.36", "14.91", "4.26", "19.88", "34.08", "0.71", "6.39"));
              assertThat(cost.totalContributions()).isEqualTo("138.59");
              assertThat(cost.totalCost()).isEqualTo("848.59");
              assertWellFormed(cost);
            });
    assertThat(costs.stream().map(PayCost::grossPay).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualTo("8520.00");
    assertThat(
            costs.stream()
                .map(PayCost::totalContributions)
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualTo("1663.08");
    assertThat(costs.stream().map(PayCost::totalCost).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualTo("10183.08");
  }

  @Test
  void theWorkingDaysOfAContractMonthComeFromTheCalendar() {
    assertThat(
            calculator.contractWorkingDays(
                new ContractMonth(MAY_2022, LocalDate.of(2022, 5, 23), LocalDate.of(2022, 5, 25))))
        .isEqualTo(2); // 24 May off
  }
}
