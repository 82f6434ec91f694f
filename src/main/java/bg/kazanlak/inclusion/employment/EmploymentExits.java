package bg.kazanlak.inclusion.employment;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participants who left the operation through the end of their contract, with the ESF results
 * recorded after leaving: what the result indicators (CR01-CR09) and ISUN's leaving columns read.
 */
@Service
@Transactional(readOnly = true)
public class EmploymentExits {

  private final JdbcClient jdbc;

  public EmploymentExits(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * One leaving, as known on a date: a result recorded after that date is not yet known.
   *
   * @param terminationReason why the contract ended early; {@code null} when it ran to its end
   * @param immediateRecordedOn the day the immediate result was recorded (the status observed)
   * @param improvedSituation CR07's answer, for people employed at entry; {@code null} otherwise
   */
  public record Exit(
      String registrationNumber,
      String employerId,
      LocalDate leavingDate,
      TerminationReason terminationReason,
      ImmediateResult immediateResult,
      LocalDate immediateRecordedOn,
      LongerTermResult longerTermResult,
      Boolean improvedSituation,
      LocalDate longerTermRecordedOn) {

    public boolean leftEarly() {
      return terminationReason != null;
    }
  }

  /** Every leaving on or before {@code asOf}, with the results recorded by then. */
  public List<Exit> asOf(LocalDate asOf) {
    return jdbc.sql(
            """
        select x.registration_number, c.employer_id, x.leaving_date, c.termination_reason,
               case when x.immediate_recorded_on <= :asOf then x.immediate_result end
                 as immediate_result,
               case when x.immediate_recorded_on <= :asOf then x.immediate_recorded_on end
                 as immediate_recorded_on,
               case when x.longer_term_recorded_on <= :asOf then x.longer_term_result end
                 as longer_term_result,
               case when x.longer_term_recorded_on <= :asOf then x.improved_situation end
                 as improved_situation,
               case when x.longer_term_recorded_on <= :asOf then x.longer_term_recorded_on end
                 as longer_term_recorded_on
        from employment_exit x join employment_contract c on c.contract_id = x.contract_id
        where x.leaving_date <= :asOf
        order by x.registration_number, x.leaving_date""")
        .param("asOf", asOf)
        .query(
            (rs, i) ->
                new Exit(
                    rs.getString("registration_number"),
                    rs.getString("employer_id"),
                    rs.getObject("leaving_date", LocalDate.class),
                    TerminationReason.of(rs.getString("termination_reason")).orElse(null),
                    ImmediateResult.of(rs.getString("immediate_result")).orElse(null),
                    rs.getObject("immediate_recorded_on", LocalDate.class),
                    LongerTermResult.of(rs.getString("longer_term_result")).orElse(null),
                    rs.getObject("improved_situation", Boolean.class),
                    rs.getObject("longer_term_recorded_on", LocalDate.class)))
        .list();
  }
}
