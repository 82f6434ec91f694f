package bg.kazanlak.inclusion.programme;

import bg.kazanlak.inclusion.programme.ProgrammeProperties.BudgetLine;
import bg.kazanlak.inclusion.programme.ProgrammeProperties.ContractTerms;
import bg.kazanlak.inclusion.programme.ProgrammeProperties.Employer;
import bg.kazanlak.inclusion.programme.ProgrammeProperties.FundingProgramme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Cross-field checks that bean validation cannot express. A programme whose budget lines do not sum
 * to its funding, or whose places do not match its targets, must not start: every figure reported
 * to the managing authority derives from these numbers.
 */
@Component
public class ProgrammeConfigurationCheck implements InitializingBean {

  private static final String PREFIX = "inclusion.programme.";

  private final ProgrammeProperties programme;

  public ProgrammeConfigurationCheck(ProgrammeProperties programme) {
    this.programme = programme;
  }

  @Override
  public void afterPropertiesSet() {
    List<String> problems = problems(programme);
    if (!problems.isEmpty()) {
      throw new InvalidProgrammeConfigurationException(
          "The programme configuration does not add up: " + String.join("; ", problems));
    }
  }

  /** Every inconsistency of the configuration, each naming the property and its wrong value. */
  public static List<String> problems(ProgrammeProperties p) {
    List<String> problems = new ArrayList<>();
    if (!p.end().isAfter(p.start())) {
      problems.add(PREFIX + "end " + p.end() + " is not after " + PREFIX + "start " + p.start());
    }
    BigDecimal fundingTotal = BigDecimal.ZERO;
    for (int i = 0; i < p.funding().size(); i++) {
      FundingProgramme funding = p.funding().get(i);
      fundingTotal = fundingTotal.add(funding.contracted());
      BigDecimal lines =
          funding.lines().stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
      if (lines.compareTo(funding.contracted()) != 0) {
        problems.add(
            "the lines of %sfunding[%d] (%s) sum to %s, not to its contracted %s"
                .formatted(
                    PREFIX,
                    i,
                    funding.code(),
                    lines.toPlainString(),
                    funding.contracted().toPlainString()));
      }
      for (int j = 0; j < funding.lines().size(); j++) {
        if (funding.lines().get(j).amount().signum() < 0) {
          problems.add(
              "%sfunding[%d].lines[%d].amount %s is negative"
                  .formatted(PREFIX, i, j, funding.lines().get(j).amount().toPlainString()));
        }
      }
    }
    if (fundingTotal.compareTo(p.contracted()) != 0) {
      problems.add(
          "%scontracted %s differs from the sum of the funding programmes %s"
              .formatted(PREFIX, p.contracted().toPlainString(), fundingTotal.toPlainString()));
    }
    int places = p.employers().stream().mapToInt(ProgrammeProperties.Employer::places).sum();
    if (places != p.targets().personsEmployed()) {
      problems.add(
          "the employers' places sum to %d, not to %stargets.persons-employed %d"
              .formatted(places, PREFIX, p.targets().personsEmployed()));
    }
    if (p.familyHouses().size() != p.targets().familyHouses()) {
      problems.add(
          "%d family houses are configured, %stargets.family-houses is %d"
              .formatted(p.familyHouses().size(), PREFIX, p.targets().familyHouses()));
    }
    if (p.housingUnits().size() != p.targets().housingUnits()) {
      problems.add(
          "%d housing units are configured, %stargets.housing-units is %d"
              .formatted(p.housingUnits().size(), PREFIX, p.targets().housingUnits()));
    }
    for (int i = 0; i < p.familyHouses().size(); i++) {
      var house = p.familyHouses().get(i);
      if (p.settlement(house.settlement()).isEmpty()) {
        problems.add(
            "%sfamily-houses[%d].settlement '%s' is not a configured settlement"
                .formatted(PREFIX, i, house.settlement()));
      }
      for (String served : house.serves()) {
        if (p.settlement(served).isEmpty()) {
          problems.add(
              "%sfamily-houses[%d].serves names '%s', which is not a configured settlement"
                  .formatted(PREFIX, i, served));
        }
      }
    }
    for (int i = 0; i < p.employers().size(); i++) {
      contractParticulars(p.employers().get(i), i, problems);
    }
    duplicates(p.employers(), ProgrammeProperties.Employer::id, "employers", problems);
    duplicates(p.familyHouses(), ProgrammeProperties.FamilyHouse::id, "family-houses", problems);
    duplicates(p.housingUnits(), ProgrammeProperties.HousingUnit::id, "housing-units", problems);
    duplicates(p.funding(), FundingProgramme::code, "funding", problems);
    duplicates(
        p.funding().stream().flatMap(f -> f.lines().stream()).toList(),
        BudgetLine::id,
        "funding[].lines",
        problems);
    duplicates(p.settlements(), ProgrammeProperties.Settlement::name, "settlements", problems);
    return problems;
  }

  /**
   * What a contract must state about its employer (Labour Code art. 66), or it cannot be drawn up.
   */
  private static void contractParticulars(Employer e, int i, List<String> problems) {
    String at = "%semployers[%d] (%s)".formatted(PREFIX, i, e.id());
    if (blank(e.eik())) {
      problems.add(at + " has no eik (ЕИК), which its employment contracts must state");
    } else if (!e.eik().matches("\\d{9}|\\d{13}")) {
      problems.add("%s.eik '%s' is not 9 or 13 digits".formatted(at, e.eik()));
    }
    if (blank(e.seat())) {
      problems.add(at + " has no seat (седалище и адрес на управление)");
    }
    if (blank(e.representative())) {
      problems.add(at + " has no representative (представляващ)");
    }
    ContractTerms terms = e.contract();
    if (terms == null) {
      problems.add(
          at
              + " has no contract terms (workplace, annual-leave-days, notice-days, "
              + "pay-frequency)");
      return;
    }
    if (blank(terms.workplace())) {
      problems.add(at + " has no contract.workplace (място на работа)");
    }
    if (terms.annualLeaveDays() < 20) {
      problems.add(
          "%s.contract.annual-leave-days %d is below the 20 days of Labour Code art. 155(4)"
              .formatted(at, terms.annualLeaveDays()));
    }
    if (terms.noticeDays() < 30 || terms.noticeDays() > 90) {
      problems.add(
          "%s.contract.notice-days %d is not between 30 and 90 (Labour Code art. 326(2))"
              .formatted(at, terms.noticeDays()));
    }
    if (terms.payFrequency() == null) {
      problems.add(at + " has no contract.pay-frequency");
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static <T> void duplicates(
      List<T> items, Function<T, String> id, String property, List<String> problems) {
    Set<String> seen = new HashSet<>();
    for (T item : items) {
      if (!seen.add(id.apply(item))) {
        problems.add("%s%s repeats the id '%s'".formatted(PREFIX, property, id.apply(item)));
      }
    }
  }
}
