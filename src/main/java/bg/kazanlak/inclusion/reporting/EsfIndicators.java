package bg.kazanlak.inclusion.reporting;

import bg.kazanlak.inclusion.employment.ImmediateResult;
import bg.kazanlak.inclusion.employment.LongerTermResult;
import bg.kazanlak.inclusion.participant.EmploymentStatus;
import bg.kazanlak.inclusion.participant.EsfEntryData;
import bg.kazanlak.inclusion.participant.EsfEntryRecord;
import bg.kazanlak.inclusion.participant.Sex;
import bg.kazanlak.inclusion.participant.SpecialCategoryAnswer;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The ESF common indicators (Regulation (EU) No 1304/2013, Annex I) by sex: the outputs at entry
 * (CO01-CO19), the immediate results on leaving (CR01-CR05) and the longer-term results 6 months
 * after (CR06-CR09). The rules of Annex I, as plain functions:
 *
 * <ul>
 *   <li>only records complete on the non-sensitive fields count in an indicator; the others count
 *       only in the grand total ({@link Records});
 *   <li>a special category counts only an explicit "yes": a refusal is never estimated, neither as
 *       yes nor as no, and is reported as a refusal;
 *   <li>an immediate result is the last status observed within 4 weeks (28 days) after leaving;
 *   <li>a longer-term result is a status observed no earlier than 6 months after leaving.
 * </ul>
 *
 * The windows are the regulation's, not the programme's: they are not configuration.
 */
public final class EsfIndicators {

  /** Annex I's "within four weeks": 28 days after the day of leaving. */
  static final int IMMEDIATE_WINDOW_DAYS = 28;

  /** Annex I's "six months after leaving". */
  static final int LONGER_TERM_MONTHS = 6;

  /** The funds ISUN keys indicators by: the same CR codes mean other things for the YEI. */
  public enum Fund {
    ESF,
    YEI
  }

  public record IndicatorKey(Fund fund, String code) {}

  public record BySex(long men, long women) {

    static final BySex NONE = new BySex(0, 0);

    BySex plus(Sex sex) {
      return sex == Sex.MALE ? new BySex(men + 1, women) : new BySex(men, women + 1);
    }

    public long total() {
      return men + women;
    }
  }

  /** A status and the day it was observed (recorded). */
  public record Observed<S>(S status, LocalDate on) {}

  /**
   * The leaving of the operation and what was observed after it.
   *
   * @param immediate every status observed after leaving (the 4-week rule picks one)
   * @param longerTerm the follow-up's status; {@code null} while none is recorded
   * @param improvedSituation CR07's answer for people employed at entry
   */
  public record Leaving(
      LocalDate date,
      List<Observed<ImmediateResult>> immediate,
      Observed<LongerTermResult> longerTerm,
      Boolean improvedSituation) {}

  /** One participant who entered the operation; {@code leaving} is null while they take part. */
  public record EsfParticipant(EsfEntryRecord entry, Leaving leaving) {}

  /**
   * The participants' records: the grand total (every participant), the complete ones that the
   * indicators count, the incomplete ones, those who left, and the refused special-category answers
   * per category (counted in no indicator).
   */
  public record Records(
      BySex total, BySex complete, BySex incomplete, long leavers, Map<String, Long> refused) {}

  public record Result(Map<IndicatorKey, BySex> indicators, Records records) {

    /** One fund's indicators by code, in Annex I's order. */
    public Map<String, BySex> of(Fund fund) {
      Map<String, BySex> codes = new LinkedHashMap<>();
      indicators.forEach(
          (key, value) -> {
            if (key.fund() == fund) {
              codes.put(key.code(), value);
            }
          });
      return codes;
    }
  }

  private static final Set<ImmediateResult> ENGAGED =
      EnumSet.of(
          ImmediateResult.JOB_SEARCHING,
          ImmediateResult.IN_EDUCATION_OR_TRAINING,
          ImmediateResult.GAINED_QUALIFICATION,
          ImmediateResult.EMPLOYED);

  private static final Set<LongerTermResult> IN_EMPLOYMENT =
      EnumSet.of(LongerTermResult.EMPLOYED, LongerTermResult.SELF_EMPLOYED);

  private EsfIndicators() {}

  public static Result of(List<EsfParticipant> participants, Predicate<String> rural) {
    List<EsfParticipant> complete =
        participants.stream().filter(p -> p.entry().entry().complete()).toList();
    Map<IndicatorKey, BySex> indicators = new LinkedHashMap<>();
    rules(rural)
        .forEach(
            (code, test) ->
                indicators.put(new IndicatorKey(Fund.ESF, code), count(complete, test)));
    return new Result(indicators, records(participants, complete));
  }

  /** The last status observed within 28 days after leaving, if any. */
  public static Optional<ImmediateResult> immediateResult(Leaving leaving) {
    if (leaving == null) {
      return Optional.empty();
    }
    LocalDate windowEnd = leaving.date().plusDays(IMMEDIATE_WINDOW_DAYS);
    return leaving.immediate().stream()
        .filter(o -> !o.on().isBefore(leaving.date()) && !o.on().isAfter(windowEnd))
        .max(Comparator.comparing(Observed::on))
        .map(Observed::status);
  }

  /** The follow-up's status if it was observed no earlier than 6 months after leaving. */
  public static Optional<LongerTermResult> longerTermResult(Leaving leaving) {
    if (leaving == null || leaving.longerTerm() == null) {
      return Optional.empty();
    }
    boolean sixMonthsOn =
        !leaving.longerTerm().on().isBefore(leaving.date().plusMonths(LONGER_TERM_MONTHS));
    return sixMonthsOn ? Optional.of(leaving.longerTerm().status()) : Optional.empty();
  }

  private static Map<String, Predicate<EsfParticipant>> rules(Predicate<String> rural) {
    Map<String, Predicate<EsfParticipant>> rules = new LinkedHashMap<>();
    rules.put("CO01", atEntry(r -> r.entry().employmentStatus().unemployed()));
    rules.put(
        "CO02",
        atEntry(r -> r.entry().employmentStatus() == EmploymentStatus.LONG_TERM_UNEMPLOYED));
    rules.put("CO03", atEntry(r -> r.entry().employmentStatus().inactive()));
    rules.put("CO04", atEntry(r -> r.entry().employmentStatus() == EmploymentStatus.INACTIVE));
    rules.put("CO05", atEntry(EsfIndicators::employedAtEntry));
    rules.put("CO06", atEntry(r -> r.ageAtEntry() < 25));
    rules.put("CO07", atEntry(EsfIndicators::above54));
    rules.put(
        "CO08",
        atEntry(
            r ->
                above54(r)
                    && (r.entry().employmentStatus().unemployed()
                        || r.entry().employmentStatus() == EmploymentStatus.INACTIVE)));
    // the Commission's guidance counts participants below ISCED 1 under CO09 as well
    rules.put("CO09", atEntry(r -> r.entry().educationLevel().level() <= 2));
    rules.put(
        "CO10",
        atEntry(
            r ->
                r.entry().educationLevel().level() >= 3
                    && r.entry().educationLevel().level() <= 4));
    rules.put("CO11", atEntry(r -> r.entry().educationLevel().level() >= 5));
    rules.put("CO12", atEntry(r -> r.entry().household().joblessHousehold()));
    rules.put("CO13", atEntry(r -> r.entry().household().joblessWithDependentChildren()));
    rules.put("CO14", atEntry(r -> r.entry().household().singleAdultWithDependentChildren()));
    rules.put("CO15", atEntry(r -> r.entry().minority() == SpecialCategoryAnswer.YES));
    rules.put("CO16", atEntry(r -> r.entry().disability() == SpecialCategoryAnswer.YES));
    rules.put("CO17", atEntry(r -> r.entry().otherDisadvantaged() == SpecialCategoryAnswer.YES));
    rules.put("CO18", atEntry(r -> r.entry().homelessOrHousingExclusion()));
    rules.put("CO19", atEntry(r -> rural.test(r.settlement())));
    rules.put(
        "CR01",
        p ->
            p.entry().entry().employmentStatus().inactive()
                && immediateIs(p, ImmediateResult.JOB_SEARCHING));
    rules.put("CR02", p -> immediateIs(p, ImmediateResult.IN_EDUCATION_OR_TRAINING));
    rules.put("CR03", p -> immediateIs(p, ImmediateResult.GAINED_QUALIFICATION));
    rules.put("CR04", p -> immediateIs(p, ImmediateResult.EMPLOYED));
    rules.put(
        "CR05",
        p ->
            p.entry().entry().disadvantaged()
                && immediateResult(p.leaving()).filter(ENGAGED::contains).isPresent());
    rules.put("CR06", EsfIndicators::employedSixMonthsOn);
    rules.put(
        "CR07",
        p ->
            employedAtEntry(p.entry())
                && p.leaving() != null
                && longerTermResult(p.leaving()).isPresent()
                && Boolean.TRUE.equals(p.leaving().improvedSituation()));
    rules.put("CR08", p -> above54(p.entry()) && employedSixMonthsOn(p));
    rules.put("CR09", p -> p.entry().entry().disadvantaged() && employedSixMonthsOn(p));
    return rules;
  }

  private static Predicate<EsfParticipant> atEntry(Predicate<EsfEntryRecord> test) {
    return p -> test.test(p.entry());
  }

  private static boolean employedAtEntry(EsfEntryRecord r) {
    return r.entry().employmentStatus() == EmploymentStatus.EMPLOYED;
  }

  private static boolean above54(EsfEntryRecord r) {
    return r.ageAtEntry() > 54;
  }

  private static boolean immediateIs(EsfParticipant p, ImmediateResult status) {
    return immediateResult(p.leaving()).filter(status::equals).isPresent();
  }

  private static boolean employedSixMonthsOn(EsfParticipant p) {
    return longerTermResult(p.leaving()).filter(IN_EMPLOYMENT::contains).isPresent();
  }

  private static BySex count(List<EsfParticipant> participants, Predicate<EsfParticipant> test) {
    BySex result = BySex.NONE;
    for (EsfParticipant p : participants) {
      if (test.test(p)) {
        result = result.plus(p.entry().sex());
      }
    }
    return result;
  }

  private static Records records(List<EsfParticipant> all, List<EsfParticipant> complete) {
    BySex total = count(all, p -> true);
    BySex completeBySex = count(complete, p -> true);
    Map<String, Long> refused = new LinkedHashMap<>();
    refused.put("minority", refusals(all, r -> r.minority()));
    refused.put("disability", refusals(all, r -> r.disability()));
    refused.put("otherDisadvantaged", refusals(all, r -> r.otherDisadvantaged()));
    return new Records(
        total,
        completeBySex,
        new BySex(total.men() - completeBySex.men(), total.women() - completeBySex.women()),
        all.stream().filter(p -> p.leaving() != null).count(),
        refused);
  }

  private static long refusals(
      List<EsfParticipant> all, Function<EsfEntryData, SpecialCategoryAnswer> answer) {
    return all.stream()
        .filter(p -> answer.apply(p.entry().entry()) == SpecialCategoryAnswer.REFUSED)
        .count();
  }
}
