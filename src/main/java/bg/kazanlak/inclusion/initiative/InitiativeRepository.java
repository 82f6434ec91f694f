package bg.kazanlak.inclusion.initiative;

import bg.kazanlak.inclusion.initiative.Initiative.Family;
import bg.kazanlak.inclusion.initiative.InitiativeRules.FamilyClash;
import bg.kazanlak.inclusion.initiative.InitiativeRules.HeldReport;
import bg.kazanlak.inclusion.initiative.NewInitiative.NewFamily;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The initiative tables (V10__initiative.sql). Every change of status is one conditional UPDATE, so
 * two nodes cannot both move the same initiative out of the same status. The families' minority
 * answers are written here and read back only as counts.
 */
@Repository
class InitiativeRepository {

  /** The statuses in which an initiative still holds its families' dates. */
  private static final List<String> LIVE =
      List.of(
          InitiativeStatus.PROPOSED.name(),
          InitiativeStatus.RETURNED.name(),
          InitiativeStatus.APPROVED.name(),
          InitiativeStatus.HELD.name());

  private final JdbcClient jdbc;

  InitiativeRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(String number, NewInitiative p, String proposedBy, LocalDate today) {
    jdbc.sql(
            """
        insert into initiative (initiative_number, kind, title, activity, initiative_date,
          settlement, place, crew_size, residents_expected, materials, planned_cost, line_id,
          status, proposed_by, proposed_on)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            number,
            p.kind().name(),
            p.title(),
            p.activity() == null ? null : p.activity().name(),
            p.date(),
            p.settlement(),
            p.place(),
            p.crewSize(),
            p.residentsExpected(),
            p.materials(),
            p.plannedCost(),
            p.budgetLine(),
            InitiativeStatus.PROPOSED.name(),
            proposedBy,
            today)
        .update();
    insertFamilies(number, p.families());
  }

  /** The proposer's correction of a RETURNED proposal, back to PROPOSED with its new families. */
  boolean correct(String number, NewInitiative p) {
    boolean corrected =
        jdbc.sql(
                    """
        update initiative set title = ?, activity = ?, initiative_date = ?, settlement = ?,
          place = ?, crew_size = ?, residents_expected = ?, materials = ?, planned_cost = ?,
          line_id = ?, status = ?, status_reason = null
        where initiative_number = ? and status = ?""")
                .params(
                    p.title(),
                    p.activity() == null ? null : p.activity().name(),
                    p.date(),
                    p.settlement(),
                    p.place(),
                    p.crewSize(),
                    p.residentsExpected(),
                    p.materials(),
                    p.plannedCost(),
                    p.budgetLine(),
                    InitiativeStatus.PROPOSED.name(),
                    number,
                    InitiativeStatus.RETURNED.name())
                .update()
            == 1;
    if (corrected) {
      jdbc.sql("delete from initiative_family_member where initiative_number = ?")
          .param(number)
          .update();
      jdbc.sql("delete from initiative_family where initiative_number = ?").param(number).update();
      insertFamilies(number, p.families());
    }
    return corrected;
  }

  private void insertFamilies(String number, List<NewFamily> families) {
    for (int i = 0; i < families.size(); i++) {
      NewFamily family = families.get(i);
      jdbc.sql(
              """
          insert into initiative_family (initiative_number, family_no, family_key, minority)
          values (?, ?, ?, ?)""")
          .params(number, i + 1, familyKey(family.registrationNumbers()), family.minority())
          .update();
      for (String person : family.registrationNumbers()) {
        jdbc.sql(
                """
            insert into initiative_family_member (initiative_number, registration_number, family_no)
            values (?, ?, ?)""")
            .params(number, person, i + 1)
            .update();
      }
    }
  }

  /** A family is its people: the same people make the same family in every initiative. */
  private static String familyKey(List<String> people) {
    return String.join(",", people.stream().sorted().toList());
  }

  /** Moves the initiative from one status to another; false when it is not in {@code from}. */
  boolean transition(
      String number, InitiativeStatus from, InitiativeStatus to, String statusReason) {
    return jdbc.sql(
                """
        update initiative set status = ?, status_reason = ?
        where initiative_number = ? and status = ?""")
            .params(to.name(), statusReason, number, from.name())
            .update()
        == 1;
  }

  boolean approve(String number, LocalDate today, String justification) {
    return jdbc.sql(
                """
        update initiative set status = ?, approved_on = ?, justification = ?, status_reason = null
        where initiative_number = ? and status = ?""")
            .params(
                InitiativeStatus.APPROVED.name(),
                today,
                justification,
                number,
                InitiativeStatus.PROPOSED.name())
            .update()
        == 1;
  }

  boolean reschedule(String number, LocalDate day) {
    return jdbc.sql(
                """
        update initiative set initiative_date = ? where initiative_number = ? and status = ?""")
            .params(day, number, InitiativeStatus.APPROVED.name())
            .update()
        == 1;
  }

  boolean held(String number, HeldReport report, LocalDate heldOn) {
    boolean held =
        jdbc.sql(
                    """
        update initiative set status = ?, held_on = ?, actual_cost = ?, residents_attended = ?,
          crew_attended = ?, work_done = ?
        where initiative_number = ? and status = ?""")
                .params(
                    InitiativeStatus.HELD.name(),
                    heldOn,
                    report.actualCost(),
                    report.residentsAttended(),
                    report.crewAttended(),
                    report.workDone(),
                    number,
                    InitiativeStatus.APPROVED.name())
                .update()
            == 1;
    if (held) {
      for (int i = 0; i < report.familiesAttended().size(); i++) {
        jdbc.sql(
                """
            update initiative_family set attended = ?
            where initiative_number = ? and family_no = ?""")
            .params(report.familiesAttended().get(i), number, i + 1)
            .update();
      }
    }
    return held;
  }

  void event(
      String number,
      String event,
      ApprovalLevel level,
      String by,
      LocalDate today,
      LocalDate initiativeDate,
      String note) {
    jdbc.sql(
            """
        insert into initiative_event (initiative_number, event, level, by_user, on_day,
          initiative_date, note)
        values (?, ?, ?, ?, ?, ?, ?)""")
        .params(number, event, level == null ? null : level.name(), by, today, initiativeDate, note)
        .update();
  }

  /**
   * The last submission or approval of the proposal: after a (re)submission finance or the manager
   * decides first; after finance's approval, the manager.
   */
  Optional<InitiativeEvent> lastSubmissionOrApproval(String number) {
    return jdbc.sql(
            """
        select event, level, by_user, on_day, initiative_date, note from initiative_event
        where initiative_number = ? and event in ('PROPOSED', 'CORRECTED', 'APPROVED')
        order by id desc fetch first 1 rows only""")
        .param(number)
        .query(InitiativeRepository::event)
        .optional();
  }

  List<InitiativeEvent> events(String number) {
    return jdbc.sql(
            """
        select event, level, by_user, on_day, initiative_date, note from initiative_event
        where initiative_number = ? order by id""")
        .param(number)
        .query(InitiativeRepository::event)
        .list();
  }

  private static InitiativeEvent event(ResultSet rs, int row) throws SQLException {
    String level = rs.getString("level");
    return new InitiativeEvent(
        rs.getString("event"),
        level == null ? null : ApprovalLevel.valueOf(level),
        rs.getString("by_user"),
        rs.getObject("on_day", LocalDate.class),
        rs.getObject("initiative_date", LocalDate.class),
        rs.getString("note"));
  }

  Optional<Initiative> find(String number) {
    return one("select * from initiative where initiative_number = ?", number);
  }

  /** The initiative, its row locked until the transaction ends: one decision at a time. */
  Optional<Initiative> lock(String number) {
    return one("select * from initiative where initiative_number = ? for update", number);
  }

  private Optional<Initiative> one(String sql, String number) {
    return jdbc.sql(sql)
        .param(number)
        .query((rs, i) -> initiative(rs, List.of()))
        .optional()
        .map(row -> row.withFamilies(families(number)));
  }

  List<Initiative> all() {
    return jdbc.sql("select * from initiative order by initiative_number")
        .query((rs, i) -> initiative(rs, List.of()))
        .list();
  }

  String proposer(String number) {
    return jdbc.sql("select proposed_by from initiative where initiative_number = ?")
        .param(number)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  private List<Family> families(String number) {
    Map<Integer, List<String>> members = new TreeMap<>();
    jdbc.sql(
            """
        select family_no, registration_number from initiative_family_member
        where initiative_number = ? order by family_no, registration_number""")
        .param(number)
        .query(
            rs -> {
              members
                  .computeIfAbsent(rs.getInt("family_no"), n -> new ArrayList<>())
                  .add(rs.getString("registration_number"));
            });
    return jdbc.sql(
            """
        select family_no, attended from initiative_family where initiative_number = ?
        order by family_no""")
        .param(number)
        .query(
            (rs, i) ->
                new Family(
                    rs.getInt("family_no"),
                    List.copyOf(members.getOrDefault(rs.getInt("family_no"), List.of())),
                    (Integer) rs.getObject("attended")))
        .list();
  }

  /**
   * The people's other family-bonding events, not rejected, withdrawn or cancelled, on a day from
   * {@code from} to {@code to} (the index on the person keeps this a lookup as the events grow).
   */
  List<FamilyClash> clashes(List<String> people, LocalDate from, LocalDate to, String except) {
    if (people.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
        select m.registration_number, i.initiative_number, i.initiative_date
        from initiative_family_member m
        join initiative i on i.initiative_number = m.initiative_number
        where m.registration_number in (:people) and i.status in (:live)
          and i.initiative_date between :from and :to and i.initiative_number <> :except
        order by i.initiative_date, m.registration_number""")
        .param("people", people)
        .param("live", LIVE)
        .param("from", from)
        .param("to", to)
        .param("except", except == null ? "" : except)
        .query(
            (rs, i) ->
                new FamilyClash(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
        .list();
  }

  long count(InitiativeKind kind, InitiativeStatus... statuses) {
    return jdbc.sql("select count(*) from initiative where kind = :kind and status in (:statuses)")
        .param("kind", kind.name())
        .param("statuses", Arrays.stream(statuses).map(Enum::name).toList())
        .query(Long.class)
        .single();
  }

  /**
   * Per kind as of the end of a day: approved by then and not cancelled by then (whatever came of
   * it later), and held by then (the day it took place, as its report says).
   */
  Map<InitiativeKind, long[]> approvedAndHeld(LocalDate asOf) {
    return jdbc
        .sql(
            """
        select i.kind,
          count(case when i.approved_on <= :asOf and not exists (
                  select 1 from initiative_event e
                  where e.initiative_number = i.initiative_number
                    and e.event = 'CANCELLED' and e.on_day <= :asOf) then 1 end),
          count(case when i.status = 'HELD' and i.held_on <= :asOf then 1 end)
        from initiative i where i.status in ('APPROVED', 'HELD', 'CANCELLED')
        group by i.kind""")
        .param("asOf", asOf)
        .query(
            (rs, i) ->
                Map.entry(
                    InitiativeKind.valueOf(rs.getString(1)),
                    new long[] {rs.getLong(2), rs.getLong(3)}))
        .list()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /**
   * Distinct families (by their people) of family-bonding events held by the end of a day, all and
   * minority ones.
   */
  long[] familiesReached(LocalDate asOf) {
    return jdbc.sql(
            """
        select count(distinct f.family_key),
               count(distinct case when f.minority then f.family_key end)
        from initiative_family f
        join initiative i on i.initiative_number = f.initiative_number
        where i.status = 'HELD' and i.held_on <= ? and f.attended > 0""")
        .param(asOf)
        .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)})
        .single();
  }

  private static Initiative initiative(ResultSet rs, List<Family> families) throws SQLException {
    String activity = rs.getString("activity");
    return new Initiative(
        rs.getString("initiative_number"),
        InitiativeKind.valueOf(rs.getString("kind")),
        rs.getString("title"),
        activity == null ? null : Activity.valueOf(activity),
        rs.getObject("initiative_date", LocalDate.class),
        rs.getString("settlement"),
        rs.getString("place"),
        (Integer) rs.getObject("crew_size"),
        (Integer) rs.getObject("residents_expected"),
        rs.getString("materials"),
        rs.getBigDecimal("planned_cost"),
        rs.getString("line_id"),
        InitiativeStatus.valueOf(rs.getString("status")),
        rs.getString("proposed_by"),
        rs.getObject("proposed_on", LocalDate.class),
        rs.getObject("approved_on", LocalDate.class),
        rs.getString("justification"),
        rs.getString("status_reason"),
        rs.getObject("held_on", LocalDate.class),
        rs.getBigDecimal("actual_cost"),
        (Integer) rs.getObject("residents_attended"),
        (Integer) rs.getObject("crew_attended"),
        rs.getString("work_done"),
        families);
  }

  /** One step in an initiative's history. */
  record InitiativeEvent(
      String event,
      ApprovalLevel level,
      String by,
      LocalDate onDay,
      LocalDate initiativeDate,
      String note) {}
}
