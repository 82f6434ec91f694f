package bg.kazanlak.inclusion.benchmark;

import bg.kazanlak.inclusion.benchmark.RegistrationBenchmark.Person;
import bg.kazanlak.inclusion.participant.NameKey;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;

/**
 * The benchmark's SQL seed: people already registered, written straight into the registry tables
 * ({@code participant}, {@code participant_entry_data}) of the benchmark's own H2 file database
 * while the application is stopped, and the participant number series moved past them. It makes no
 * process instances: the registry is what the registration's checks read (the personal number, the
 * near-duplicate name keys, the number series). The people come from the same index as the load
 * client's ({@link Person}), from {@code first-index}, so they never collide with its phases.
 *
 * <p>Arguments: {@code <jdbc-url> <count> <first-index>}.
 */
public final class RegistrySeed {

  private RegistrySeed() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    int count = Integer.parseInt(args[1]);
    int first = Integer.parseInt(args[2]);
    long start = System.nanoTime();
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      c.setAutoCommit(false);
      long number;
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery("select last_value from number_sequence where name = 'participant'")) {
        rs.next();
        number = rs.getLong(1);
      }
      try (PreparedStatement p =
              c.prepareStatement(
                  """
                  insert into participant (registration_number, personal_number,
                    personal_number_kind, first_name, last_name, first_name_key, last_name_key,
                    birth_date, sex, settlement, consent_to_services, status, eligible,
                    registered_on, registered_by, eligibility_decided_on)
                  values (?, ?, 'EGN', ?, ?, ?, ?, ?, ?, 'Казанлък', true, 'ELIGIBLE', true,
                    date '2022-05-31', 'officer', date '2022-05-31')""");
          PreparedStatement e =
              c.prepareStatement(
                  """
                  insert into participant_entry_data (registration_number, employment_status,
                    education_level, minority, disability, other_disadvantaged,
                    homeless_or_housing_excl, household_jobless, household_dependent_children,
                    household_single_adult, entry_date)
                  values (?, 'LONG_TERM_UNEMPLOYED', 'ISCED_2', 'REFUSED', 'NO', 'REFUSED',
                    false, true, false, false, date '2022-05-31')""")) {
        for (int i = 0; i < count; i++) {
          Person person = Person.of(first + i);
          String regNo = String.format(Locale.ROOT, "P-2022-%05d", ++number);
          p.setString(1, regNo);
          p.setString(2, person.personalNumber());
          p.setString(3, person.firstName());
          p.setString(4, person.lastName());
          p.setString(5, NameKey.of(person.firstName()));
          p.setString(6, NameKey.of(person.lastName()));
          p.setDate(7, Date.valueOf(person.birthDate()));
          p.setString(8, (person.personalNumber().charAt(8) - '0') % 2 == 0 ? "MALE" : "FEMALE");
          p.addBatch();
          e.setString(1, regNo);
          e.addBatch();
          if (i % 5_000 == 4_999 || i == count - 1) {
            p.executeBatch();
            e.executeBatch();
          }
        }
      }
      try (PreparedStatement u =
          c.prepareStatement(
              "update number_sequence set last_value = ? where name = 'participant'")) {
        u.setLong(1, number);
        u.executeUpdate();
      }
      c.commit();
    }
    System.out.printf(
        Locale.ROOT,
        "seeded %d people into the registry in %.1f s%n",
        count,
        (System.nanoTime() - start) / 1e9);
  }
}
