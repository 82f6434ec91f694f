package bg.kazanlak.inclusion;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V15 back-fills the dates the indicators are read by on a database that already holds data, on H2
 * and on PostgreSQL: the eligibility decisions dated on the registration day, and the part of each
 * payment that settled a commitment of the same source, so that the ledger's journal adds up to the
 * balance rows' committed and spent.
 */
class AsOfDatesMigrationTest {

  private static final String LINE = "sesg-assets";

  @Test
  void backfillsOnH2() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:as-of-dates;DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    migrateAndCheck(h2);
  }

  @Test
  void backfillsOnPostgreSql() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      migrateAndCheck(postgres.getPostgresDatabase());
    }
  }

  private static void migrateAndCheck(DataSource db) {
    flyway(db).target("14").load().migrate();
    JdbcClient jdbc = JdbcClient.create(db);
    participant(jdbc, "P-2022-00001", "7501010010", "ELIGIBLE", true);
    participant(jdbc, "P-2022-00002", "7501010021", "REJECTED", false);
    participant(jdbc, "P-2022-00003", "7501010032", "REGISTERED", null);
    jdbc.sql(
            "insert into budget_line_balance (line_id, programme_code, contracted, committed,"
                + " spent) values (?, 'SESG', 10000.00, 50.00, 880.00)")
        .param(LINE)
        .update();
    // an expense committed and paid, an initiative committed, paid less and the rest released,
    // pay cost without a commitment, an expense committed and not yet paid
    entry(jdbc, "expense:E-1:commitment", "COMMITMENT", "100.00", "expense:E-1");
    entry(jdbc, "expense:E-1:expenditure", "EXPENDITURE", "100.00", "expense:E-1");
    entry(jdbc, "initiative:I-1:commitment", "COMMITMENT", "350.00", "initiative:I-1");
    entry(jdbc, "initiative:I-1:expenditure", "EXPENDITURE", "280.00", "initiative:I-1");
    entry(jdbc, "initiative:I-1:release", "RELEASE", "70.00", "initiative:I-1");
    entry(jdbc, "contract:C-1:2022-06", "EXPENDITURE", "500.00", "contract:C-1");
    entry(jdbc, "expense:E-2:commitment", "COMMITMENT", "50.00", "expense:E-2");

    flyway(db).load().migrate();

    assertThat(
            jdbc.sql(
                    "select registration_number, eligibility_decided_on from participant"
                        + " order by registration_number")
                .query((rs, i) -> rs.getString(1) + " " + rs.getObject(2, LocalDate.class))
                .list())
        .containsExactly("P-2022-00001 2022-06-01", "P-2022-00002 2022-06-01", "P-2022-00003 null");
    assertThat(settled(jdbc, "expense:E-1:expenditure")).isEqualByComparingTo("100.00");
    assertThat(settled(jdbc, "initiative:I-1:expenditure")).isEqualByComparingTo("280.00");
    assertThat(settled(jdbc, "contract:C-1:2022-06")).isNull();
    assertThat(settled(jdbc, "expense:E-1:commitment")).isNull();
    // the journal, read as the indicators read it, adds up to the balance row
    assertThat(
            jdbc.sql(
                    """
                select sum(case when kind = 'COMMITMENT' then amount
                                when kind = 'RELEASE' then -amount
                                when kind = 'EXPENDITURE' then -coalesce(settled, 0)
                                else 0 end)
                from ledger_entry where line_id = ?""")
                .param(LINE)
                .query(BigDecimal.class)
                .single())
        .isEqualByComparingTo("50.00");
  }

  private static BigDecimal settled(JdbcClient jdbc, String key) {
    return jdbc.sql("select settled from ledger_entry where posting_key = ?")
        .param(key)
        .query((rs, i) -> Optional.ofNullable(rs.getBigDecimal(1)))
        .single()
        .orElse(null);
  }

  private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DataSource db) {
    return Flyway.configure()
        .dataSource(db)
        .table("domain_schema_history")
        .locations("classpath:db/migration");
  }

  private static void participant(
      JdbcClient jdbc, String regNo, String number, String status, Boolean eligible) {
    jdbc.sql(
            """
        insert into participant (registration_number, personal_number, personal_number_kind,
          first_name, last_name, first_name_key, last_name_key, birth_date, sex, settlement,
          consent_to_services, status, eligible, registered_on)
        values (?, ?, 'EGN', 'Петя', 'Иванова', 'петя', 'иванова', ?, 'FEMALE', 'Казанлък', true,
          ?, ?, ?)""")
        .params(regNo, number, LocalDate.of(1975, 1, 1), status, eligible, LocalDate.of(2022, 6, 1))
        .update();
  }

  private static void entry(
      JdbcClient jdbc, String key, String kind, String amount, String source) {
    jdbc.sql(
            """
        insert into ledger_entry (posting_key, line_id, kind, amount, booked_on, source)
        values (?, ?, ?, ?, ?, ?)""")
        .params(key, LINE, kind, new BigDecimal(amount), LocalDate.of(2022, 6, 3), source)
        .update();
  }
}
