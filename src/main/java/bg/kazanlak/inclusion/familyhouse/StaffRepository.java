package bg.kazanlak.inclusion.familyhouse;

import bg.kazanlak.inclusion.employment.PayCost;
import bg.kazanlak.inclusion.familyhouse.StaffRules.Period;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The staff tables (V13__family_house_staff.sql): the positions, with the staff member's name, and
 * the months posted, one row per position and month.
 */
@Repository
class StaffRepository {

  private final JdbcClient jdbc;

  StaffRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(String number, NewPosition p, String recordedBy, LocalDate today) {
    jdbc.sql(
            """
        insert into family_house_position (position_number, house_id, role, staff_name,
          start_date, end_date, working_time, gross_monthly_wage, status, recorded_by, recorded_on)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            number,
            p.house(),
            p.role(),
            p.staffName(),
            p.start(),
            p.end(),
            p.workingTime(),
            p.grossMonthlyWage(),
            PositionStatus.ACTIVE.name(),
            recordedBy,
            today)
        .update();
  }

  Optional<Position> find(String number) {
    return jdbc.sql("select * from family_house_position where position_number = ?")
        .param(number)
        .query(StaffRepository::position)
        .optional();
  }

  List<Position> all() {
    return jdbc.sql("select * from family_house_position order by position_number")
        .query(StaffRepository::position)
        .list();
  }

  /** Per house: the jobs filled on a day (its period includes it), the positions recorded by it. */
  record HouseJobs(String houseId, long jobsFilled, long positions) {}

  List<HouseJobs> jobsByHouse(LocalDate asOf) {
    return jdbc.sql(
            """
        select house_id,
          count(case when start_date <= :asOf and end_date >= :asOf then 1 end) as filled,
          count(case when recorded_on <= :asOf then 1 end) as recorded
        from family_house_position
        where start_date <= :asOf or recorded_on <= :asOf
        group by house_id""")
        .param("asOf", asOf)
        .query(
            (rs, n) ->
                new HouseJobs(
                    rs.getString("house_id"), rs.getLong("filled"), rs.getLong("recorded")))
        .list();
  }

  /** The periods of the positions that share a day with {@code from} .. {@code to}. */
  List<Period> periodsOverlapping(LocalDate from, LocalDate to) {
    return jdbc.sql(
            "select start_date, end_date from family_house_position"
                + " where start_date <= ? and end_date >= ?")
        .params(to, from)
        .query(
            (rs, n) ->
                new Period(
                    rs.getObject("start_date", LocalDate.class),
                    rs.getObject("end_date", LocalDate.class)))
        .list();
  }

  /** The months of the position posted so far, in order ("2022-03"). */
  List<String> postedMonths(String number) {
    return jdbc.sql(
            "select pay_month from family_house_position_month where position_number = ?"
                + " order by pay_month")
        .param(number)
        .query(String.class)
        .list();
  }

  boolean monthPosted(String number, YearMonth month) {
    return jdbc.sql(
                "select count(*) from family_house_position_month"
                    + " where position_number = ? and pay_month = ?")
            .params(number, month.toString())
            .query(Long.class)
            .single()
        > 0;
  }

  void insertMonth(
      String number,
      LocalDate firstDay,
      LocalDate lastDay,
      PayCost cost,
      String postingKey,
      LocalDate today) {
    jdbc.sql(
            """
        insert into family_house_position_month (position_number, pay_month, first_day, last_day,
          working_days, gross_pay, contributions, total_cost, posting_key, posted_on)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            number,
            cost.month().toString(),
            firstDay,
            lastDay,
            cost.contractWorkingDays(),
            cost.grossPay(),
            cost.totalContributions(),
            cost.totalCost(),
            postingKey,
            today)
        .update();
  }

  /** ACTIVE → ENDED, once. */
  boolean end(String number) {
    return jdbc.sql(
                "update family_house_position set status = ?"
                    + " where position_number = ? and status = ?")
            .params(PositionStatus.ENDED.name(), number, PositionStatus.ACTIVE.name())
            .update()
        == 1;
  }

  /** The months posted and their cost in total, per position. */
  record Posted(String positionNumber, int months, BigDecimal totalCost) {}

  List<Posted> postedTotals() {
    return jdbc.sql(
            "select position_number, count(*) months, sum(total_cost) total"
                + " from family_house_position_month group by position_number")
        .query(
            (rs, n) ->
                new Posted(
                    rs.getString("position_number"),
                    rs.getInt("months"),
                    rs.getBigDecimal("total")))
        .list();
  }

  private static Position position(ResultSet rs, int row) throws SQLException {
    return new Position(
        rs.getString("position_number"),
        rs.getString("house_id"),
        rs.getString("role"),
        rs.getString("staff_name"),
        rs.getObject("start_date", LocalDate.class),
        rs.getObject("end_date", LocalDate.class),
        rs.getBigDecimal("working_time"),
        rs.getBigDecimal("gross_monthly_wage"),
        PositionStatus.valueOf(rs.getString("status")));
  }
}
