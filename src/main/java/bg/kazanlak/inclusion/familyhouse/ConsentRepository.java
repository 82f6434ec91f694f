package bg.kazanlak.inclusion.familyhouse;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The consent tables (V12__referral.sql): the current answer per person and purpose, and every
 * answer ever recorded.
 */
@Repository
class ConsentRepository {

  private static final String COLUMNS =
      "registration_number, purpose, given, data_items, signed_on, recorded_by, recorded_on";

  private final JdbcClient jdbc;

  ConsentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Replaces the current answer for the person and purpose, and adds it to the history. */
  void record(Consent consent) {
    Object[] values = {
      consent.registrationNumber(),
      consent.purpose().name(),
      consent.given(),
      codes(consent.dataItems()),
      consent.signedOn(),
      consent.recordedBy(),
      consent.recordedOn()
    };
    int replaced =
        jdbc.sql(
                """
            update data_sharing_consent set given = ?, data_items = ?, signed_on = ?,
              recorded_by = ?, recorded_on = ?
            where registration_number = ? and purpose = ?""")
            .params(values[2], values[3], values[4], values[5], values[6], values[0], values[1])
            .update();
    if (replaced == 0) {
      jdbc.sql("insert into data_sharing_consent (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?)")
          .params(values)
          .update();
    }
    jdbc.sql(
            "insert into data_sharing_consent_history ("
                + COLUMNS
                + ") values (?, ?, ?, ?, ?, ?, ?)")
        .params(values)
        .update();
  }

  Optional<Consent> current(String registrationNumber, ReferralDestination purpose) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from data_sharing_consent where registration_number = ? and purpose = ?")
        .params(registrationNumber, purpose.name())
        .query(ConsentRepository::consent)
        .optional();
  }

  /** Every answer recorded for the person and purpose, oldest first. */
  List<Consent> history(String registrationNumber, ReferralDestination purpose) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from data_sharing_consent_history where registration_number = ? and purpose = ?"
                + " order by id")
        .params(registrationNumber, purpose.name())
        .query(ConsentRepository::consent)
        .list();
  }

  static String codes(List<ConsentDataItem> items) {
    return items.stream().map(Enum::name).collect(Collectors.joining(","));
  }

  static List<ConsentDataItem> items(String codes) {
    return codes == null || codes.isBlank()
        ? List.of()
        : Arrays.stream(codes.split(",")).map(ConsentDataItem::valueOf).toList();
  }

  private static Consent consent(ResultSet rs, int row) throws SQLException {
    return new Consent(
        rs.getString("registration_number"),
        ReferralDestination.valueOf(rs.getString("purpose")),
        rs.getBoolean("given"),
        items(rs.getString("data_items")),
        rs.getObject("signed_on", LocalDate.class),
        rs.getString("recorded_by"),
        rs.getObject("recorded_on", LocalDate.class));
  }
}
