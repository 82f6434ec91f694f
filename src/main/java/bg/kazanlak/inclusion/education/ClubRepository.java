package bg.kazanlak.inclusion.education;

import bg.kazanlak.inclusion.education.NewEnrolment.Child;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** SQL of clubs and workshops. Runs inside the caller's (engine-shared) transaction. */
@Repository
class ClubRepository {

  /** A club's row with the number of people enrolled now (not yet left). */
  private static final String CLUB_SELECT =
      """
      select c.*, (select count(*) from club_enrolment e
                   where e.club_id = c.id and e.left_on is null) as enrolled
      from club c""";

  private final JdbcClient jdbc;

  ClubRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insertClub(String id, NewClub c, LocalDate today, String by) {
    jdbc.sql(
            """
        insert into club (id, name, kind, leader, venue_kind, venue, schedule, capacity,
          created_on, created_by)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            id,
            c.name(),
            c.kind().name(),
            c.leader(),
            c.venueKind().name(),
            c.venue(),
            c.schedule(),
            c.capacity(),
            today,
            by)
        .update();
  }

  /**
   * Locks the club's row until the transaction ends: enrolments in one club queue up behind each
   * other, so two of them cannot both take its last place (on any node of a cluster).
   */
  boolean lockClub(String id) {
    return jdbc.sql("select id from club where id = ? for update")
        .param(id)
        .query(String.class)
        .optional()
        .isPresent();
  }

  Optional<ClubRow> findClub(String id) {
    return jdbc.sql(CLUB_SELECT + " where c.id = ?")
        .param(id)
        .query((rs, i) -> club(rs))
        .optional();
  }

  List<ClubRow> clubs() {
    return jdbc.sql(CLUB_SELECT + " order by c.id").query((rs, i) -> club(rs)).list();
  }

  private static ClubRow club(ResultSet rs) throws SQLException {
    return new ClubRow(
        rs.getString("id"),
        rs.getString("name"),
        ClubKind.valueOf(rs.getString("kind")),
        rs.getString("leader"),
        VenueKind.valueOf(rs.getString("venue_kind")),
        rs.getString("venue"),
        rs.getString("schedule"),
        rs.getInt("capacity"),
        rs.getObject("created_on", LocalDate.class),
        rs.getInt("enrolled"));
  }

  /** The club's current enrolment of this participant, if any. */
  Optional<Long> findActiveEnrolment(String clubId, String registrationNumber) {
    return jdbc.sql(
            """
        select id from club_enrolment
        where club_id = ? and registration_number = ? and left_on is null""")
        .params(clubId, registrationNumber)
        .query(Long.class)
        .optional();
  }

  /** The club's current enrolment of a child with these names and birth date, if any. */
  Optional<Long> findActiveEnrolment(String clubId, Child child) {
    return jdbc.sql(
            """
        select id from club_enrolment
        where club_id = ? and lower(child_first_name) = lower(?)
          and lower(child_last_name) = lower(?) and child_birth_date = ? and left_on is null""")
        .params(clubId, child.firstName(), child.lastName(), child.birthDate())
        .query(Long.class)
        .optional();
  }

  long insertEnrolment(String clubId, NewEnrolment e, LocalDate enrolledOn, String by) {
    Child child = e.child();
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
        insert into club_enrolment (club_id, registration_number, child_first_name,
          child_last_name, child_birth_date, guardian, guardian_consent, consent_date,
          enrolled_on, enrolled_by)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            clubId,
            e.registrationNumber(),
            child == null ? null : child.firstName(),
            child == null ? null : child.lastName(),
            child == null ? null : child.birthDate(),
            e.guardian(),
            e.guardian() == null ? null : e.guardianConsent(),
            e.guardian() == null ? null : e.consentDate(),
            enrolledOn,
            by)
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  Optional<Enrolment> findEnrolment(long id) {
    return jdbc.sql("select * from club_enrolment where id = ?")
        .param(id)
        .query((rs, i) -> enrolment(rs))
        .optional();
  }

  List<Enrolment> enrolments(Collection<Long> ids) {
    return jdbc.sql("select * from club_enrolment where id in (:ids)")
        .param("ids", ids)
        .query((rs, i) -> enrolment(rs))
        .list();
  }

  List<Enrolment> enrolmentsOf(String clubId) {
    return jdbc.sql("select * from club_enrolment where club_id = ? order by id")
        .param(clubId)
        .query((rs, i) -> enrolment(rs))
        .list();
  }

  /** Participants carry no name here (the registry has it); a child's name is its own. */
  private static Enrolment enrolment(ResultSet rs) throws SQLException {
    String firstName = rs.getString("child_first_name");
    Child child =
        firstName == null
            ? null
            : new Child(
                firstName,
                rs.getString("child_last_name"),
                rs.getObject("child_birth_date", LocalDate.class));
    return new Enrolment(
        rs.getLong("id"),
        rs.getString("club_id"),
        rs.getString("registration_number"),
        child == null ? null : child.firstName() + " " + child.lastName(),
        child,
        rs.getString("guardian"),
        rs.getObject("guardian_consent", Boolean.class),
        rs.getObject("consent_date", LocalDate.class),
        rs.getObject("enrolled_on", LocalDate.class),
        rs.getObject("left_on", LocalDate.class));
  }

  void leave(long enrolmentId, LocalDate day) {
    jdbc.sql("update club_enrolment set left_on = ? where id = ?")
        .params(day, enrolmentId)
        .update();
  }

  long insertSession(String clubId, NewSession s, String by) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("insert into club_session (club_id, held_on, topic, recorded_by) values (?, ?, ?, ?)")
        .params(clubId, s.date(), s.topic().trim(), by)
        .update(key, "id");
    long sessionId = key.getKeyAs(Number.class).longValue();
    for (NewSession.Attendance a : s.attendance()) {
      jdbc.sql("insert into club_attendance (session_id, enrolment_id, present) values (?, ?, ?)")
          .params(sessionId, a.enrolmentId(), a.present())
          .update();
    }
    return sessionId;
  }

  long countSessions(String clubId) {
    return jdbc.sql("select count(*) from club_session where club_id = ?")
        .param(clubId)
        .query(Long.class)
        .single();
  }

  void insertPurchase(
      String expenseNumber, String clubId, NewPurchase p, LocalDate today, String by) {
    jdbc.sql(
            """
        insert into club_purchase (expense_number, club_id, kind, amount, supplier, description,
          invoice_date, document_ref, status, requested_on, requested_by)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            expenseNumber,
            clubId,
            p.kind().name(),
            p.amount(),
            p.supplier().trim(),
            p.description().trim(),
            p.invoiceDate(),
            p.documentRef().trim(),
            PurchaseStatus.REQUESTED.name(),
            today,
            by)
        .update();
  }

  Optional<PurchaseRow> findPurchase(String expenseNumber) {
    return jdbc.sql("select club_id, kind, description from club_purchase where expense_number = ?")
        .param(expenseNumber)
        .query(
            (rs, i) ->
                new PurchaseRow(
                    expenseNumber,
                    rs.getString("club_id"),
                    PurchaseKind.valueOf(rs.getString("kind")),
                    rs.getString("description")))
        .optional();
  }

  /** The club's purchases; where each expense stands is the budget's to say. */
  List<ClubPurchase> purchasesOf(String clubId) {
    return jdbc.sql(
            "select * from club_purchase where club_id = ? order by requested_on, expense_number")
        .param(clubId)
        .query(
            (rs, i) ->
                new ClubPurchase(
                    rs.getString("expense_number"),
                    PurchaseKind.valueOf(rs.getString("kind")),
                    rs.getBigDecimal("amount"),
                    rs.getString("supplier"),
                    rs.getString("description"),
                    rs.getObject("invoice_date", LocalDate.class),
                    rs.getString("document_ref"),
                    PurchaseStatus.valueOf(rs.getString("status")),
                    rs.getObject("requested_on", LocalDate.class),
                    rs.getObject("paid_on", LocalDate.class),
                    null))
        .list();
  }

  /** Marks the purchase paid; a repeated payment keeps the first date. */
  void markPaid(String expenseNumber, LocalDate paidOn) {
    jdbc.sql(
            "update club_purchase set status = ?, paid_on = ? where expense_number = ? and status <> ?")
        .params(PurchaseStatus.PAID.name(), paidOn, expenseNumber, PurchaseStatus.PAID.name())
        .update();
  }

  boolean assetRecorded(String expenseNumber) {
    return jdbc.sql("select count(*) from club_asset where expense_number = ?")
            .param(expenseNumber)
            .query(Long.class)
            .single()
        > 0;
  }

  void insertAsset(
      String expenseNumber,
      String clubId,
      String description,
      BigDecimal value,
      LocalDate acquiredOn) {
    jdbc.sql(
            """
        insert into club_asset (expense_number, club_id, description, asset_value, acquired_on)
        values (?, ?, ?, ?, ?)""")
        .params(expenseNumber, clubId, description, value, acquiredOn)
        .update();
  }

  List<ClubAsset> assetsOf(String clubId) {
    return jdbc.sql(
            "select * from club_asset where club_id = ? order by acquired_on, expense_number")
        .param(clubId)
        .query(
            (rs, i) ->
                new ClubAsset(
                    rs.getString("expense_number"),
                    rs.getString("description"),
                    rs.getBigDecimal("asset_value"),
                    rs.getObject("acquired_on", LocalDate.class)))
        .list();
  }

  record ClubRow(
      String id,
      String name,
      ClubKind kind,
      String leader,
      VenueKind venueKind,
      String venue,
      String schedule,
      int capacity,
      LocalDate createdOn,
      int enrolled) {}

  record PurchaseRow(String expenseNumber, String clubId, PurchaseKind kind, String description) {}

  /**
   * As of the end of a day: clubs created by then, enrolments begun by then and not left by then
   * (one who left on the day is no longer enrolled at its end), sessions held and assets acquired.
   */
  EducationFigures figures(LocalDate asOf) {
    return jdbc.sql(
            """
        select (select count(*) from club where kind = 'CLUB' and created_on <= :asOf),
               (select count(*) from club where kind = 'WORKSHOP' and created_on <= :asOf),
               (select count(*) from club_enrolment where enrolled_on <= :asOf
                  and (left_on is null or left_on > :asOf)),
               (select count(*) from club_enrolment where enrolled_on <= :asOf
                  and (left_on is null or left_on > :asOf) and registration_number is null),
               (select count(*) from club_session where held_on <= :asOf),
               (select count(*) from club_asset where acquired_on <= :asOf)""")
        .param("asOf", asOf)
        .query(
            (rs, i) ->
                new EducationFigures(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getLong(3),
                    rs.getLong(4),
                    rs.getLong(5),
                    rs.getLong(6)))
        .single();
  }
}
