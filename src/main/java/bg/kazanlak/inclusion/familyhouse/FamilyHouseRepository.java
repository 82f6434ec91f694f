package bg.kazanlak.inclusion.familyhouse;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The Family House tables (V11__family_house.sql): attachments and their moves, services. A move is
 * one conditional UPDATE of the attachment ({@code where house_id = ?}), so two moves of the same
 * participant from the same house cannot both succeed. Notes are written here and never read back
 * into the engine.
 */
@Repository
class FamilyHouseRepository {

  private final JdbcClient jdbc;

  FamilyHouseRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<String> houseOf(String registrationNumber) {
    return jdbc.sql("select house_id from family_house_attachment where registration_number = ?")
        .param(registrationNumber)
        .query(String.class)
        .optional();
  }

  /**
   * Attaches a participant not attached yet (the caller checked), recording it as the first move.
   */
  void attach(String registrationNumber, String house, LocalDate on) {
    jdbc.sql(
            """
        insert into family_house_attachment (registration_number, house_id, attached_on)
        values (?, ?, ?)""")
        .params(registrationNumber, house, on)
        .update();
    move(registrationNumber, null, house, on, null, null);
  }

  /** Moves a participant from {@code from} to {@code to}; false when no longer at {@code from}. */
  boolean transfer(
      String registrationNumber, String from, String to, LocalDate on, String by, String reason) {
    boolean moved =
        jdbc.sql(
                    """
        update family_house_attachment
        set house_id = ?, attached_on = ?, attached_by = ?, reason = ?
        where registration_number = ? and house_id = ?""")
                .params(to, on, by, reason, registrationNumber, from)
                .update()
            == 1;
    if (moved) {
      move(registrationNumber, from, to, on, by, reason);
    }
    return moved;
  }

  private void move(
      String registrationNumber, String from, String to, LocalDate on, String by, String reason) {
    jdbc.sql(
            """
        insert into family_house_attachment_move
          (registration_number, from_house, to_house, moved_on, moved_by, reason)
        values (?, ?, ?, ?, ?, ?)""")
        .params(registrationNumber, from, to, on, by, reason)
        .update();
  }

  List<Move> moves(String registrationNumber) {
    return jdbc.sql(
            """
        select from_house, to_house, moved_on, moved_by, reason
        from family_house_attachment_move where registration_number = ? order by id""")
        .param(registrationNumber)
        .query(
            (rs, n) ->
                new Move(
                    rs.getString("from_house"),
                    rs.getString("to_house"),
                    rs.getObject("moved_on", LocalDate.class),
                    rs.getString("moved_by"),
                    rs.getString("reason")))
        .list();
  }

  void insertService(String number, NewService s, String by, LocalDateTime at) {
    jdbc.sql(
            """
        insert into family_house_service (service_number, house_id, registration_number,
          for_family, role, kind, service_date, duration_minutes, note, recorded_by, recorded_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            number,
            s.house(),
            s.registrationNumber(),
            s.forFamily(),
            s.role(),
            s.kind().name(),
            s.date(),
            s.durationMinutes(),
            s.note(),
            by,
            at)
        .update();
  }

  Optional<RecordedService> service(String number) {
    return jdbc.sql(
            """
        select service_number, house_id, registration_number, for_family, role, kind,
          service_date, duration_minutes, recorded_by
        from family_house_service where service_number = ?""")
        .param(number)
        .query(
            (rs, n) ->
                new RecordedService(
                    rs.getString("service_number"),
                    rs.getString("house_id"),
                    rs.getString("registration_number"),
                    rs.getBoolean("for_family"),
                    rs.getString("role"),
                    ServiceKind.valueOf(rs.getString("kind")),
                    rs.getObject("service_date", LocalDate.class),
                    rs.getInt("duration_minutes"),
                    rs.getString("recorded_by")))
        .optional();
  }

  /** Per house and role and kind: the services delivered. */
  /** Per house, role and kind: the services delivered on or before a day. */
  List<Count> servicesByRoleAndKind(LocalDate asOf) {
    return jdbc.sql(
            """
        select house_id, role, kind, count(*) as services from family_house_service
        where service_date <= ? group by house_id, role, kind""")
        .param(asOf)
        .query(
            (rs, n) ->
                new Count(
                    rs.getString("house_id"),
                    rs.getString("role"),
                    rs.getString("kind"),
                    rs.getLong("services")))
        .list();
  }

  /** Per house: the distinct participants served (alone or with their family) by a day. */
  List<HouseCount> peopleReached(LocalDate asOf) {
    return jdbc.sql(
            """
        select house_id, count(distinct registration_number) as n from family_house_service
        where service_date <= ? group by house_id""")
        .param(asOf)
        .query((rs, n) -> new HouseCount(rs.getString("house_id"), rs.getLong("n")))
        .list();
  }

  /**
   * Per house: the participants attached to it at the end of a day, from the moves' history (each
   * person's last attachment or move on or before the day).
   */
  List<HouseCount> attached(LocalDate asOf) {
    return jdbc.sql(
            """
        select m.to_house as house_id, count(*) as n from family_house_attachment_move m
        where m.moved_on <= :asOf and not exists (
          select 1 from family_house_attachment_move later
          where later.registration_number = m.registration_number and later.moved_on <= :asOf
            and (later.moved_on > m.moved_on
                 or (later.moved_on = m.moved_on and later.id > m.id)))
        group by m.to_house""")
        .param("asOf", asOf)
        .query((rs, n) -> new HouseCount(rs.getString("house_id"), rs.getLong("n")))
        .list();
  }

  /** One attachment or move: {@code from} null is the first attachment, by onboarding. */
  record Move(String from, String to, LocalDate on, String by, String reason) {}

  record Count(String house, String role, String kind, long services) {}

  record HouseCount(String house, long count) {}
}
