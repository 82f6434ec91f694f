package bg.kazanlak.inclusion.familyhouse;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The referral table (V12__referral.sql). Every change of status is one conditional UPDATE, so a
 * second node or a replayed form cannot move a referral twice.
 */
@Repository
class ReferralRepository {

  private final JdbcClient jdbc;

  ReferralRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(String number, NewReferral r, String referredBy, LocalDate today) {
    jdbc.sql(
            """
        insert into referral (referral_number, registration_number, house_id, destination,
          organisation, reason, status, referred_by, referred_on)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            number,
            r.registrationNumber(),
            r.houseId(),
            r.destination().name(),
            r.organisation(),
            r.reason(),
            ReferralStatus.REQUESTED.name(),
            referredBy,
            today)
        .update();
  }

  /** A REQUESTED referral issued with the data its consent covers, its follow-up's day set. */
  boolean issue(
      String number, List<ConsentDataItem> items, LocalDate consentSignedOn, LocalDate followUpOn) {
    return jdbc.sql(
                """
            update referral set status = ?, data_items = ?, consent_signed_on = ?, follow_up_on = ?
            where referral_number = ? and status = ?""")
            .params(
                ReferralStatus.ISSUED.name(),
                ConsentRepository.codes(items),
                consentSignedOn,
                followUpOn,
                number,
                ReferralStatus.REQUESTED.name())
            .update()
        == 1;
  }

  /** A REQUESTED referral ended unissued, with the reason. */
  boolean end(String number, ReferralStatus status, String reason, LocalDate consentSignedOn) {
    return jdbc.sql(
                """
            update referral set status = ?, status_reason = ?, consent_signed_on = ?
            where referral_number = ? and status = ?""")
            .params(status.name(), reason, consentSignedOn, number, ReferralStatus.REQUESTED.name())
            .update()
        == 1;
  }

  /** The follow-up of an ISSUED referral. */
  boolean followUp(String number, ReferralStatus status, String note, String by, LocalDate today) {
    return jdbc.sql(
                """
            update referral set status = ?, follow_up_note = ?, followed_up_by = ?,
              followed_up_on = ?
            where referral_number = ? and status = ?""")
            .params(status.name(), note, by, today, number, ReferralStatus.ISSUED.name())
            .update()
        == 1;
  }

  Optional<Referral> find(String number) {
    return jdbc.sql("select * from referral where referral_number = ?")
        .param(number)
        .query(ReferralRepository::referral)
        .optional();
  }

  Optional<String> referrer(String number) {
    return jdbc.sql("select referred_by from referral where referral_number = ?")
        .param(number)
        .query(String.class)
        .optional();
  }

  /**
   * Referrals made by the end of a day, per house and their status then: one followed up after the
   * day was still ISSUED on it.
   */
  List<HouseCount> counts(LocalDate asOf) {
    return jdbc.sql(
            """
        select house_id, status_then, count(*) from (
          select house_id,
            case when followed_up_on > :asOf then 'ISSUED' else status end as status_then
          from referral where referred_on <= :asOf) r
        group by house_id, status_then""")
        .param("asOf", asOf)
        .query(
            (rs, i) ->
                new HouseCount(
                    rs.getString(1), ReferralStatus.valueOf(rs.getString(2)), rs.getLong(3)))
        .list();
  }

  record HouseCount(String houseId, ReferralStatus status, long count) {}

  private static Referral referral(ResultSet rs, int row) throws SQLException {
    return new Referral(
        rs.getString("referral_number"),
        rs.getString("registration_number"),
        rs.getString("house_id"),
        ReferralDestination.valueOf(rs.getString("destination")),
        rs.getString("organisation"),
        rs.getString("reason"),
        ReferralStatus.valueOf(rs.getString("status")),
        rs.getString("status_reason"),
        ConsentRepository.items(rs.getString("data_items")),
        rs.getObject("consent_signed_on", LocalDate.class),
        rs.getString("referred_by"),
        rs.getObject("referred_on", LocalDate.class),
        rs.getObject("follow_up_on", LocalDate.class),
        rs.getString("followed_up_by"),
        rs.getObject("followed_up_on", LocalDate.class),
        rs.getString("follow_up_note"));
  }
}
