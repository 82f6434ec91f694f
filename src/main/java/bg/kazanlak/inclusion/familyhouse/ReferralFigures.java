package bg.kazanlak.inclusion.familyhouse;

import bg.kazanlak.inclusion.familyhouse.ReferralRepository.HouseCount;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import bg.kazanlak.inclusion.programme.ProgrammeProperties.FamilyHouse;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The referrals' figures of the Family Houses' indicators, per house (every configured house, in
 * configuration order) and in total: made (issued, whatever came of them), completed (the follow-up
 * recorded), attended, and refused for lack of consent (none recorded, or refused), as of a day: by
 * the day the referral was made (issued or refused, in the same step) and its follow-up's day.
 */
@Component
public class ReferralFigures {

  private static final Set<ReferralStatus> MADE =
      EnumSet.of(ReferralStatus.ISSUED, ReferralStatus.ATTENDED, ReferralStatus.NOT_ATTENDED);
  private static final Set<ReferralStatus> COMPLETED =
      EnumSet.of(ReferralStatus.ATTENDED, ReferralStatus.NOT_ATTENDED);
  private static final Set<ReferralStatus> ATTENDED = EnumSet.of(ReferralStatus.ATTENDED);
  private static final Set<ReferralStatus> NO_CONSENT =
      EnumSet.of(ReferralStatus.NO_CONSENT, ReferralStatus.CONSENT_REFUSED);

  private final ReferralRepository repository;
  private final ProgrammeProperties programme;

  ReferralFigures(ReferralRepository repository, ProgrammeProperties programme) {
    this.repository = repository;
    this.programme = programme;
  }

  public Figures asOf(LocalDate date) {
    List<HouseCount> counts = repository.counts(date);
    List<HouseFigures> houses =
        programme.familyHouses().stream()
            .map(FamilyHouse::id)
            .map(
                id ->
                    new HouseFigures(
                        id,
                        count(counts, id, MADE),
                        count(counts, id, COMPLETED),
                        count(counts, id, ATTENDED),
                        count(counts, id, NO_CONSENT)))
            .toList();
    return new Figures(
        houses,
        count(counts, null, MADE),
        count(counts, null, COMPLETED),
        count(counts, null, ATTENDED),
        count(counts, null, NO_CONSENT));
  }

  /** The count of the statuses for one house, or for all of them (null). */
  private static long count(List<HouseCount> counts, String houseId, Set<ReferralStatus> statuses) {
    return counts.stream()
        .filter(c -> houseId == null || c.houseId().equals(houseId))
        .filter(c -> statuses.contains(c.status()))
        .mapToLong(HouseCount::count)
        .sum();
  }

  /** The totals over every house, and each house's. */
  public record Figures(
      List<HouseFigures> houses,
      long made,
      long completed,
      long attended,
      long refusedForLackOfConsent) {}

  public record HouseFigures(
      String house, long made, long completed, long attended, long refusedForLackOfConsent) {}
}
