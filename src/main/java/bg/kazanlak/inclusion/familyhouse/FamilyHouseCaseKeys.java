package bg.kazanlak.inclusion.familyhouse;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participant's Family House cases that the engine knows by another key than the registration
 * number: each service delivered ({@code family-house-service}, keyed by the service number) and
 * each referral ({@code family-house-referral}, keyed by the referral number, with its letter).
 * Numbers and dates only, for the case file.
 */
@Component
public class FamilyHouseCaseKeys {

  private final JdbcClient jdbc;

  FamilyHouseCaseKeys(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The service numbers of the services delivered to the participant. */
  @Transactional(readOnly = true)
  public List<String> serviceNumbers(String registrationNumber) {
    return jdbc.sql(
            """
        select service_number from family_house_service where registration_number = ?
        order by service_date, service_number""")
        .param(registrationNumber)
        .query(String.class)
        .list();
  }

  /** The participant's referrals: number, the day it was made and its status. */
  @Transactional(readOnly = true)
  public List<ReferralKey> referrals(String registrationNumber) {
    return jdbc.sql(
            """
        select referral_number, referred_on, status from referral where registration_number = ?
        order by referred_on, referral_number""")
        .param(registrationNumber)
        .query(
            (rs, i) ->
                new ReferralKey(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3)))
        .list();
  }

  /**
   * A referral of the case file; its letter is {@code
   * /api/family-houses/referrals/{number}/letter.pdf} once it was issued.
   */
  public record ReferralKey(String referralNumber, LocalDate referredOn, String status) {}
}
