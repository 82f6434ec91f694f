package bg.kazanlak.inclusion.participant;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V7 fills the name keys of a registry that already holds people, with the same folding as new
 * registrations, and the near-duplicate search then finds them whatever their case: on H2 and on a
 * PostgreSQL whose LC_CTYPE is C, where {@code lower()} leaves Cyrillic as it is.
 */
class NameKeysMigrationTest {

  @Test
  void backfillsAndFindsNearDuplicatesOnH2() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:name-keys;DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    migrateAndSearch(h2);
  }

  @Test
  void backfillsAndFindsNearDuplicatesOnPostgreSqlWithCtypeC() throws Exception {
    try (EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setLocaleConfig("locale", "C")
            .setLocaleConfig("encoding", "UTF8")
            .start()) {
      DataSource db = postgres.getPostgresDatabase();
      JdbcClient jdbc = JdbcClient.create(db);
      assertThat(
              jdbc.sql("select datctype from pg_database where datname = current_database()")
                  .query(String.class)
                  .single())
          .isEqualTo("C");
      // why the keys are folded in Java: here the database folds no Cyrillic
      assertThat(jdbc.sql("select lower('ИВАНОВА')").query(String.class).single())
          .isEqualTo("ИВАНОВА");
      migrateAndSearch(db);
    }
  }

  private static void migrateAndSearch(DataSource db) {
    flyway(db).target("6").load().migrate();
    JdbcClient jdbc = JdbcClient.create(db);
    insertBeforeV7(jdbc, "P-2022-00001", "7501010010", "ПЕТЯ", "ИВАНОВА");
    insertBeforeV7(jdbc, "P-2022-00002", "7501010021", "Петя", "Иванова");
    insertBeforeV7(jdbc, "P-2022-00003", "7501010032", "Петя", "Петрова");

    flyway(db).load().migrate();

    assertThat(
            jdbc.sql(
                    "select first_name_key || ' ' || last_name_key from participant"
                        + " where registration_number = 'P-2022-00001'")
                .query(String.class)
                .single())
        .isEqualTo("петя иванова");
    ParticipantRepository repository = new ParticipantRepository(jdbc);
    assertThat(repository.findNearDuplicatesOf("P-2022-00002"))
        .extracting(DuplicateCandidate::registrationNumber)
        .containsExactly("P-2022-00001");
    assertThat(repository.findNearDuplicatesOf("P-2022-00001"))
        .extracting(DuplicateCandidate::registrationNumber)
        .containsExactly("P-2022-00002");
    assertThat(repository.findNearDuplicatesOf("P-2022-00003")).isEmpty();
  }

  private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DataSource db) {
    return Flyway.configure()
        .dataSource(db)
        .table("domain_schema_history")
        .locations("classpath:db/migration");
  }

  private static void insertBeforeV7(
      JdbcClient jdbc, String regNo, String number, String first, String last) {
    jdbc.sql(
            """
        insert into participant (registration_number, personal_number, personal_number_kind,
          first_name, last_name, birth_date, sex, settlement, consent_to_services, status,
          registered_on)
        values (?, ?, 'EGN', ?, ?, ?, 'FEMALE', 'Казанлък', true, 'REGISTERED', ?)""")
        .params(regNo, number, first, last, LocalDate.of(1975, 1, 1), LocalDate.of(2022, 6, 1))
        .update();
  }
}
