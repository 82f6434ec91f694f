package bg.kazanlak.inclusion.reporting;

import bg.kazanlak.inclusion.participant.EmploymentStatus;
import bg.kazanlak.inclusion.participant.EsfEntryRecord;
import bg.kazanlak.inclusion.participant.Sex;
import bg.kazanlak.inclusion.participant.SpecialCategoryAnswer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The ESF common output indicators at entry (Regulation (EU) No 1304/2013, Annex I), by sex.
 * Special categories (CO15-CO17) count only an explicit "yes": a refusal is never estimated.
 */
public final class EsfIndicators {

  private static final Map<String, Predicate<EsfEntryRecord>> AT_ENTRY = new LinkedHashMap<>();

  static {
    AT_ENTRY.put("CO01", r -> r.entry().employmentStatus().unemployed());
    AT_ENTRY.put(
        "CO02", r -> r.entry().employmentStatus() == EmploymentStatus.LONG_TERM_UNEMPLOYED);
    AT_ENTRY.put("CO03", r -> r.entry().employmentStatus().inactive());
    AT_ENTRY.put("CO04", r -> r.entry().employmentStatus() == EmploymentStatus.INACTIVE);
    AT_ENTRY.put("CO05", r -> r.entry().employmentStatus() == EmploymentStatus.EMPLOYED);
    AT_ENTRY.put("CO06", r -> r.ageAtEntry() < 25);
    AT_ENTRY.put("CO07", r -> r.ageAtEntry() > 54);
    AT_ENTRY.put(
        "CO08",
        r ->
            r.ageAtEntry() > 54
                && (r.entry().employmentStatus().unemployed()
                    || r.entry().employmentStatus() == EmploymentStatus.INACTIVE));
    // the Commission's guidance counts participants below ISCED 1 under CO09 as well
    AT_ENTRY.put("CO09", r -> r.entry().educationLevel().level() <= 2);
    AT_ENTRY.put(
        "CO10",
        r -> r.entry().educationLevel().level() >= 3 && r.entry().educationLevel().level() <= 4);
    AT_ENTRY.put("CO11", r -> r.entry().educationLevel().level() >= 5);
    AT_ENTRY.put("CO15", r -> r.entry().minority() == SpecialCategoryAnswer.YES);
    AT_ENTRY.put("CO16", r -> r.entry().disability() == SpecialCategoryAnswer.YES);
    AT_ENTRY.put("CO17", r -> r.entry().otherDisadvantaged() == SpecialCategoryAnswer.YES);
    AT_ENTRY.put("CO18", r -> r.entry().homelessOrHousingExclusion());
  }

  private EsfIndicators() {}

  /**
   * @param rural tells whether a settlement is a rural area (CO19)
   */
  public static Map<String, BySex> atEntry(List<EsfEntryRecord> records, Predicate<String> rural) {
    Map<String, BySex> result = new LinkedHashMap<>();
    AT_ENTRY.forEach((code, test) -> result.put(code, count(records, test)));
    result.put("CO19", count(records, r -> rural.test(r.settlement())));
    return result;
  }

  private static BySex count(List<EsfEntryRecord> records, Predicate<EsfEntryRecord> test) {
    long men = records.stream().filter(r -> r.sex() == Sex.MALE).filter(test).count();
    long women = records.stream().filter(r -> r.sex() == Sex.FEMALE).filter(test).count();
    return new BySex(men, women);
  }

  public record BySex(long men, long women) {}
}
