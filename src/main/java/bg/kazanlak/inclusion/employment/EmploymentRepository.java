package bg.kazanlak.inclusion.employment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EmploymentRepository {

  private static final String CONTRACT_COLUMNS =
      """
      contract_id, registration_number, employer_id, placement_id, position_title, working_time,
      gross_monthly_wage, start_date, end_date, status, signature_date, termination_date,
      termination_reason, recorded_on""";

  private final JdbcClient jdbc;

  EmploymentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void synchronisePlaces(String employerId, int places) {
    int updated =
        jdbc.sql("update employment_employer_places set places = ? where employer_id = ?")
            .params(places, employerId)
            .update();
    if (updated == 0) {
      jdbc.sql(
              "insert into employment_employer_places (employer_id, places, occupied) "
                  + "values (?, ?, 0)")
          .params(employerId, places)
          .update();
    }
  }

  /** Takes a place if one is free; the conditional update serialises concurrent allocations. */
  boolean takePlace(String employerId) {
    return jdbc.sql(
                "update employment_employer_places set occupied = occupied + 1 "
                    + "where employer_id = ? and occupied < places")
            .param(employerId)
            .update()
        == 1;
  }

  void givePlaceBack(String employerId) {
    jdbc.sql("update employment_employer_places set occupied = occupied - 1 where employer_id = ?")
        .param(employerId)
        .update();
  }

  /** Locks the employer's row (the waiting list is served under it). */
  void lockEmployer(String employerId) {
    jdbc.sql("update employment_employer_places set occupied = occupied where employer_id = ?")
        .param(employerId)
        .update();
  }

  Map<String, Integer> occupiedPlaces() {
    return jdbc
        .sql("select employer_id, occupied from employment_employer_places")
        .query((rs, i) -> Map.entry(rs.getString(1), rs.getInt(2)))
        .list()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  long insertPlacement(
      String registrationNumber, String employerId, String status, LocalDate since) {
    jdbc.sql(
            "insert into employment_placement (registration_number, employer_id, status, since) "
                + "values (?, ?, ?, ?)")
        .params(registrationNumber, employerId, status, since)
        .update();
    return jdbc.sql(
            "select max(id) from employment_placement where registration_number = ? "
                + "and employer_id = ?")
        .params(registrationNumber, employerId)
        .query(Long.class)
        .single();
  }

  /** The place reserved for the participant (allocated, contract not yet recorded). */
  Optional<Placement> reservedPlacement(String registrationNumber) {
    return jdbc
        .sql(
            "select id, employer_id from employment_placement where registration_number = ? "
                + "and status = 'RESERVED' order by id")
        .param(registrationNumber)
        .query((rs, i) -> new Placement(rs.getLong(1), rs.getString(2)))
        .list()
        .stream()
        .findFirst();
  }

  record Placement(long id, String employerId) {}

  void placementStatus(long placementId, String status) {
    jdbc.sql("update employment_placement set status = ? where id = ?")
        .params(status, placementId)
        .update();
  }

  void addToWaitingList(String registrationNumber, List<String> suitable, LocalDate since) {
    jdbc.sql(
            "insert into employment_waiting (registration_number, suitable_employers, since) "
                + "values (?, ?, ?)")
        .params(registrationNumber, String.join(",", suitable), since)
        .update();
  }

  /** Those waiting (first come, first served) for whom the employer is suitable, in order. */
  List<String> waitingFor(String employerId) {
    return jdbc
        .sql(
            "select registration_number, suitable_employers from employment_waiting "
                + "order by id")
        .query((rs, i) -> Map.entry(rs.getString(1), Arrays.asList(rs.getString(2).split(","))))
        .list()
        .stream()
        .filter(e -> e.getValue().contains(employerId))
        .map(Map.Entry::getKey)
        .toList();
  }

  List<String> waitingList() {
    return jdbc.sql("select registration_number from employment_waiting order by id")
        .query(String.class)
        .list();
  }

  /** False when someone else (a place freed at another employer) took the person first. */
  boolean removeFromWaitingList(String registrationNumber) {
    return jdbc.sql("delete from employment_waiting where registration_number = ?")
            .param(registrationNumber)
            .update()
        == 1;
  }

  void insertContract(Contract c, String recordedBy) {
    jdbc.sql(
            "insert into employment_contract ("
                + CONTRACT_COLUMNS
                + ", recorded_by) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            c.contractId(),
            c.registrationNumber(),
            c.employerId(),
            c.placementId(),
            c.position(),
            c.workingTimeFraction(),
            c.grossMonthlyWage(),
            c.start(),
            c.end(),
            c.status().name(),
            c.signatureDate(),
            c.terminationDate(),
            c.terminationReason() == null ? null : c.terminationReason().name(),
            c.recordedOn(),
            recordedBy)
        .update();
  }

  void signed(String contractId, LocalDate signatureDate, LocalDate start) {
    jdbc.sql(
            "update employment_contract set status = 'ACTIVE', signature_date = ?, start_date = ? "
                + "where contract_id = ?")
        .params(signatureDate, start, contractId)
        .update();
  }

  void terminated(String contractId, LocalDate date, TerminationReason reason) {
    jdbc.sql(
            "update employment_contract set status = 'TERMINATED', termination_date = ?, "
                + "termination_reason = ? where contract_id = ?")
        .params(date, reason.name(), contractId)
        .update();
  }

  void ended(String contractId) {
    jdbc.sql(
            "update employment_contract set status = 'ENDED' where contract_id = ? "
                + "and status = 'ACTIVE'")
        .param(contractId)
        .update();
  }

  Optional<Contract> contract(String contractId) {
    return jdbc.sql(
            "select " + CONTRACT_COLUMNS + " from employment_contract where contract_id = ?")
        .param(contractId)
        .query(EmploymentRepository::contract)
        .optional();
  }

  /** The participant's latest contract (contract numbers grow with time). */
  Optional<Contract> latestContract(String registrationNumber) {
    return jdbc
        .sql(
            "select "
                + CONTRACT_COLUMNS
                + " from employment_contract "
                + "where registration_number = ? order by recorded_on desc, contract_id desc")
        .param(registrationNumber)
        .query(EmploymentRepository::contract)
        .list()
        .stream()
        .findFirst();
  }

  /** Removes a contract that was never signed (its participant withdrew before signing). */
  void deletePlannedContract(String contractId) {
    jdbc.sql("delete from employment_contract where contract_id = ? and status = 'PLANNED'")
        .param(contractId)
        .update();
  }

  List<Contract> contracts(String employerId, ContractStatus status) {
    StringBuilder sql =
        new StringBuilder("select " + CONTRACT_COLUMNS + " from employment_contract where 1 = 1");
    var params = new ArrayList<Object>();
    if (employerId != null) {
      sql.append(" and employer_id = ?");
      params.add(employerId);
    }
    if (status != null) {
      sql.append(" and status = ?");
      params.add(status.name());
    }
    sql.append(" order by contract_id");
    return jdbc.sql(sql.toString()).params(params).query(EmploymentRepository::contract).list();
  }

  boolean timesheetExists(String contractId, String month) {
    return jdbc.sql(
                "select count(*) from employment_timesheet where contract_id = ? and pay_month = ?")
            .params(contractId, month)
            .query(Long.class)
            .single()
        > 0;
  }

  void insertTimesheet(
      String contractId,
      String month,
      Timesheet t,
      PayCost cost,
      String postingKey,
      LocalDate today) {
    jdbc.sql(
            """
        insert into employment_timesheet (contract_id, pay_month, days_worked, paid_leave_days,
          sick_leave_days, unpaid_absence_days, gross_pay, contributions, total_cost, posting_key,
          recorded_on) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            contractId,
            month,
            t.daysWorked(),
            t.paidLeaveDays(),
            t.sickLeaveDays(),
            t.unpaidAbsenceDays(),
            cost.grossPay(),
            cost.totalContributions(),
            cost.totalCost(),
            postingKey,
            today)
        .update();
  }

  List<String> postedMonths(String contractId) {
    return jdbc.sql(
            "select pay_month from employment_timesheet where contract_id = ? order by pay_month")
        .param(contractId)
        .query(String.class)
        .list();
  }

  BigDecimal totalCost(String contractId) {
    return jdbc.sql(
            "select coalesce(sum(total_cost), 0) from employment_timesheet "
                + "where contract_id = ?")
        .param(contractId)
        .query(BigDecimal.class)
        .single();
  }

  void recordLeaving(String contractId, String registrationNumber, LocalDate leavingDate) {
    int updated =
        jdbc.sql("update employment_exit set leaving_date = ? where contract_id = ?")
            .params(leavingDate, contractId)
            .update();
    if (updated == 0) {
      jdbc.sql(
              "insert into employment_exit (contract_id, registration_number, leaving_date) "
                  + "values (?, ?, ?)")
          .params(contractId, registrationNumber, leavingDate)
          .update();
    }
  }

  void immediateResult(String contractId, ImmediateResult result, LocalDate today) {
    jdbc.sql(
            "update employment_exit set immediate_result = ?, immediate_recorded_on = ? "
                + "where contract_id = ?")
        .params(result.name(), today, contractId)
        .update();
  }

  void longerTermResult(
      String contractId, LongerTermResult result, Boolean improved, LocalDate today) {
    jdbc.sql(
            "update employment_exit set longer_term_result = ?, improved_situation = ?, "
                + "longer_term_recorded_on = ? where contract_id = ?")
        .params(result.name(), improved, today, contractId)
        .update();
  }

  Optional<String> immediateResult(String contractId) {
    return jdbc.sql("select immediate_result from employment_exit where contract_id = ?")
        .param(contractId)
        .query(String.class)
        .optional();
  }

  Optional<String> longerTermResult(String contractId) {
    return jdbc.sql("select longer_term_result from employment_exit where contract_id = ?")
        .param(contractId)
        .query(String.class)
        .optional();
  }

  /** Per employer: persons who started work (signed contracts) and contracts running now. */
  /**
   * Active on {@code today}: signed, started and not yet past its last day. A contract signed for a
   * later start is ACTIVE in status but not yet counted; one whose end job has not run yet is no
   * longer counted.
   */
  /**
   * Per employer as of the end of a day: the distinct people with a contract signed by then, and
   * the contracts signed by then, started and not past their last day (the termination date of a
   * contract ended early, else its end date).
   */
  Map<String, EmploymentFigures.Counts> countsByEmployer(LocalDate asOf) {
    return jdbc
        .sql(
            """
        select employer_id, count(distinct registration_number),
          sum(case when start_date <= :asOf
                and coalesce(termination_date, end_date) >= :asOf then 1 else 0 end)
        from employment_contract where status <> 'PLANNED' and signature_date <= :asOf
        group by employer_id""")
        .param("asOf", asOf)
        .query(
            (rs, i) ->
                Map.entry(
                    rs.getString(1), new EmploymentFigures.Counts(rs.getLong(2), rs.getLong(3))))
        .list()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /** The distinct people with a contract signed by the end of a day. */
  long personsEmployed(LocalDate asOf) {
    return jdbc.sql(
            "select count(distinct registration_number) from employment_contract "
                + "where status <> 'PLANNED' and signature_date <= ?")
        .param(asOf)
        .query(Long.class)
        .single();
  }

  private static Contract contract(ResultSet rs, int row) throws SQLException {
    String reason = rs.getString("termination_reason");
    return new Contract(
        rs.getString("contract_id"),
        rs.getString("registration_number"),
        rs.getString("employer_id"),
        rs.getLong("placement_id"),
        rs.getString("position_title"),
        rs.getBigDecimal("working_time"),
        rs.getBigDecimal("gross_monthly_wage"),
        rs.getObject("start_date", LocalDate.class),
        rs.getObject("end_date", LocalDate.class),
        ContractStatus.valueOf(rs.getString("status")),
        rs.getObject("signature_date", LocalDate.class),
        rs.getObject("termination_date", LocalDate.class),
        reason == null ? null : TerminationReason.valueOf(reason),
        rs.getObject("recorded_on", LocalDate.class));
  }
}
