package bg.kazanlak.inclusion.programme;

import bg.kazanlak.inclusion.programme.ProgrammeProperties.BudgetLine;
import bg.kazanlak.inclusion.programme.ProgrammeProperties.ContractTerms;
import bg.kazanlak.inclusion.programme.ProgrammeProperties.Employer;
import bg.kazanlak.inclusion.programme.ProgrammeProperties.FamilyHouse;
import bg.kazanlak.inclusion.programme.ProgrammeProperties.FundingProgramme;
import bg.kazanlak.inclusion.programme.ProgrammeProperties.HousingUnit;
import bg.kazanlak.inclusion.programme.ProgrammeProperties.PayFrequency;
import bg.kazanlak.inclusion.programme.ProgrammeProperties.Settlement;
import bg.kazanlak.inclusion.programme.ProgrammeProperties.SettlementKind;
import bg.kazanlak.inclusion.programme.ProgrammeProperties.Targets;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A correct, Kazanlak-like programme configuration for unit tests, built in code (no Spring), with
 * a mutable builder so that a test can break exactly one figure.
 */
public final class KazanlakProgrammeFixture {

  public static final LocalDate START = LocalDate.of(2021, 1, 1);
  public static final LocalDate END = LocalDate.of(2023, 6, 30);

  private KazanlakProgrammeFixture() {}

  /** The consistent default. */
  public static ProgrammeProperties kazanlak() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * An employer with complete contract particulars (20 days' leave, 30 days' notice, monthly pay).
   */
  public static Employer employer(String id, String name, int places, String activity) {
    return new Employer(
        id,
        name,
        places,
        activity,
        "000817984",
        "гр. Казанлък 6100",
        "кмета на общината",
        new ContractTerms("гр. Казанлък", 20, 30, PayFrequency.MONTHLY));
  }

  public static BigDecimal money(String amount) {
    return new BigDecimal(amount);
  }

  /** Every list is a mutable copy: replace an element or a field and build. */
  public static final class Builder {
    public String title = "Социално-икономическа интеграция и подобрен достъп до образование";
    public String beneficiary = "Община Казанлък";
    public LocalDate start = START;
    public LocalDate end = END;
    public BigDecimal contracted = money("1555364.20");
    public List<Employer> employers =
        new ArrayList<>(
            List.of(
                employer(
                    "municipal-administration",
                    "Общинска администрация Казанлък",
                    6,
                    "PUBLIC_ADMINISTRATION"),
                employer(
                    "municipal-enterprise", "ОП „Комунални дейности“", 80, "LANDSCAPE_SERVICES"),
                employer("future-for-children", "СНЦ „Бъдеще за децата“", 6, "SOCIAL_WORK")));
    public List<FamilyHouse> familyHouses =
        new ArrayList<>(
            List.of(
                house("kazanlak", "Казанлък", "Казанлък", "Бузовград", "Шипка"),
                house("kran", "Крън", "Крън", "Дунавци", "Ясеново"),
                house(
                    "gorno-cherkovishte", "Горно Черковище", "Горно Черковище", "Енина", "Овощник"),
                house("razhena", "Ръжена", "Ръжена", "Голямо Дряново")));
    public List<HousingUnit> housingUnits =
        new ArrayList<>(
            IntStream.rangeClosed(1, 10)
                .mapToObj(
                    i ->
                        new HousingUnit("unit-%02d".formatted(i), "гр. Казанлък, жилище № " + i, 2))
                .toList());
    public List<BudgetLine> hrdLines =
        new ArrayList<>(
            List.of(
                new BudgetLine("hrd-employment", "Заетост", money("860000.00")),
                new BudgetLine("hrd-staff", "Персонал", money("216000.00")),
                new BudgetLine("hrd-activities", "Инициативи", money("60000.00")),
                new BudgetLine("hrd-management", "Управление", money("50000.00")),
                new BudgetLine("hrd-publicity", "Публичност", money("12848.43"))));
    public List<BudgetLine> sesgLines =
        new ArrayList<>(
            List.of(
                new BudgetLine("sesg-staff", "Персонал", money("210000.00")),
                new BudgetLine("sesg-consumables", "Консумативи", money("40000.00")),
                new BudgetLine("sesg-materials", "Материали", money("45000.00")),
                new BudgetLine("sesg-assets", "Активи", money("45000.00")),
                new BudgetLine("sesg-management", "Управление", money("16515.77"))));
    public String hrdCode = "HRD";
    public BigDecimal hrdContracted = money("1198848.43");
    public String sesgCode = "SESG";
    public BigDecimal sesgContracted = money("356515.77");
    public int personsEmployed = 92;
    public int targetFamilyHouses = 4;
    public int targetHousingUnits = 10;
    public List<Settlement> settlements =
        new ArrayList<>(
            List.of(
                new Settlement("Казанлък", SettlementKind.TOWN),
                new Settlement("Крън", SettlementKind.TOWN),
                new Settlement("Шипка", SettlementKind.TOWN),
                new Settlement("Бузовград", SettlementKind.VILLAGE),
                new Settlement("Горно Черковище", SettlementKind.VILLAGE),
                new Settlement("Голямо Дряново", SettlementKind.VILLAGE),
                new Settlement("Дунавци", SettlementKind.VILLAGE),
                new Settlement("Енина", SettlementKind.VILLAGE),
                new Settlement("Овощник", SettlementKind.VILLAGE),
                new Settlement("Ръжена", SettlementKind.VILLAGE),
                new Settlement("Ясеново", SettlementKind.VILLAGE)));

    private Builder() {}

    public static FamilyHouse house(String id, String settlement, String... serves) {
      return new FamilyHouse(
          id,
          "Къща на семейството – " + settlement,
          settlement,
          List.of("SOCIAL_WORKER", "PSYCHOLOGIST"),
          List.of(serves));
    }

    public ProgrammeProperties build() {
      return new ProgrammeProperties(
          title,
          beneficiary,
          start,
          end,
          contracted,
          List.copyOf(employers),
          List.copyOf(familyHouses),
          List.copyOf(housingUnits),
          List.of(
              new FundingProgramme(hrdCode, "ОП РЧР", hrdContracted, List.copyOf(hrdLines)),
              new FundingProgramme(sesgCode, "ОП НОИР", sesgContracted, List.copyOf(sesgLines))),
          new Targets(personsEmployed, targetFamilyHouses, targetHousingUnits, 50, 15),
          List.copyOf(settlements));
    }
  }
}
