package db.migration;

import bg.kazanlak.inclusion.participant.NameKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Folded search keys of the names for the near-duplicate search (equality on an index instead of
 * {@code lower(...)} over the whole registry). Existing rows are filled in Java with the same
 * {@link NameKey} that new registrations use, so a key never depends on the database's collation.
 * Same statements on H2 and PostgreSQL.
 */
public class V7__participant_name_keys extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    try (Statement ddl = connection.createStatement()) {
      ddl.execute("alter table participant add column first_name_key varchar(100)");
      ddl.execute("alter table participant add column last_name_key varchar(100)");
    }
    try (Statement select = connection.createStatement();
        ResultSet rows =
            select.executeQuery(
                "select registration_number, first_name, last_name from participant");
        PreparedStatement update =
            connection.prepareStatement(
                "update participant set first_name_key = ?, last_name_key = ?"
                    + " where registration_number = ?")) {
      while (rows.next()) {
        update.setString(1, NameKey.of(rows.getString(2)));
        update.setString(2, NameKey.of(rows.getString(3)));
        update.setString(3, rows.getString(1));
        update.addBatch();
      }
      update.executeBatch();
    }
    try (Statement ddl = connection.createStatement()) {
      ddl.execute("alter table participant alter column first_name_key set not null");
      ddl.execute("alter table participant alter column last_name_key set not null");
      ddl.execute("drop index ix_participant_names");
      ddl.execute(
          "create index ix_participant_name_keys"
              + " on participant (last_name_key, first_name_key, birth_date)");
    }
  }
}
