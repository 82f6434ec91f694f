package bg.kazanlak.inclusion.participant;

import bg.kazanlak.inclusion.privacy.DataSubjects;
import bg.kazanlak.inclusion.privacy.PersonalDataHolder;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The registry's part of data protection: the register of data subjects (legal hold, anonymised
 * marker) and the registry's personal data — identity, contact, the needs assessment's texts, the
 * notes of a rejection and a withdrawal.
 *
 * <p>Anonymising keeps what the indicators and ISUN count: sex, settlement, the ESF entry answers,
 * streams, statuses and every date. The birth date becomes the entry date minus the age at entry,
 * so the age (and age band) at entry stays exactly what it was while the real day of birth is gone.
 * The registration number stays: it is the key every feature's rows use, and not personal.
 */
@Component
class ParticipantPersonalData implements DataSubjects, PersonalDataHolder {

  /** What an anonymised participant's names read (the columns are required). */
  static final String ANONYMISED_NAME = "(анонимизиран)";

  private final JdbcClient jdbc;

  ParticipantPersonalData(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean exists(String registrationNumber) {
    return jdbc.sql("select count(*) from participant where registration_number = ?")
            .param(registrationNumber)
            .query(Long.class)
            .single()
        > 0;
  }

  @Override
  public List<String> dueForAnonymisation() {
    return jdbc.sql(
            """
            select registration_number from participant
            where anonymised_at is null and legal_hold_reason is null
            order by registration_number""")
        .query(String.class)
        .list();
  }

  @Override
  public int heldCount() {
    return jdbc.sql(
            """
            select count(*) from participant
            where anonymised_at is null and legal_hold_reason is not null""")
        .query(Integer.class)
        .single();
  }

  @Override
  public boolean markAnonymised(String registrationNumber, LocalDateTime at) {
    return jdbc.sql(
                """
                update participant set anonymised_at = ?
                where registration_number = ? and anonymised_at is null
                  and legal_hold_reason is null""")
            .params(at, registrationNumber)
            .update()
        == 1;
  }

  @Override
  public String section() {
    return "participant";
  }

  @Override
  public Object export(String registrationNumber) {
    Map<String, Object> section = new LinkedHashMap<>();
    jdbc.sql("select * from participant where registration_number = ?")
        .param(registrationNumber)
        .query(
            rs -> {
              for (String column :
                  List.of(
                      "registration_number",
                      "personal_number",
                      "personal_number_kind",
                      "first_name",
                      "middle_name",
                      "last_name",
                      "birth_date",
                      "sex",
                      "settlement",
                      "address",
                      "phone",
                      "consent_to_services",
                      "status",
                      "eligible",
                      "registered_on",
                      "registered_by",
                      "rejection_reason",
                      "duplicate_of",
                      "withdrawal_reason",
                      "withdrawn_on",
                      "legal_hold_reason",
                      "legal_hold_by",
                      "legal_hold_at",
                      "anonymised_at")) {
                section.put(column, rs.getObject(column));
              }
            });
    section.put("entryData", row("select * from participant_entry_data", registrationNumber));
    section.put(
        "streams",
        jdbc.sql(
                """
                select stream, candidate, enrolled_on from participant_stream
                where registration_number = ? order by stream""")
            .param(registrationNumber)
            .query()
            .listOfRows());
    section.put("needsAssessment", row("select * from needs_assessment", registrationNumber));
    section.put("rejectionNotice", row("select * from rejection_notice", registrationNumber));
    return section;
  }

  private Map<String, Object> row(String select, String registrationNumber) {
    return jdbc
        .sql(select + " where registration_number = ?")
        .param(registrationNumber)
        .query()
        .listOfRows()
        .stream()
        .findFirst()
        .orElse(null);
  }

  @Override
  public void anonymise(String registrationNumber) {
    LocalDate surrogateBirth = surrogateBirthDate(registrationNumber);
    jdbc.sql(
            """
            update participant set personal_number = null, first_name = ?, middle_name = null,
              last_name = ?, first_name_key = ?, last_name_key = ?, birth_date = ?,
              address = null, phone = null, withdrawal_reason = null
            where registration_number = ?""")
        .params(
            ANONYMISED_NAME,
            ANONYMISED_NAME,
            NameKey.of(ANONYMISED_NAME),
            NameKey.of(ANONYMISED_NAME),
            surrogateBirth,
            registrationNumber)
        .update();
    jdbc.sql(
            """
            update needs_assessment set needs_work = null, needs_health = null,
              needs_education = null, needs_social = null, needs_housing = null, summary = null
            where registration_number = ?""")
        .param(registrationNumber)
        .update();
    jdbc.sql("update rejection_notice set note = null where registration_number = ?")
        .param(registrationNumber)
        .update();
  }

  /** Entry date minus the whole years of age at entry: the same age at entry, no real birthday. */
  private LocalDate surrogateBirthDate(String registrationNumber) {
    Map<String, Object> dates =
        jdbc.sql(
                """
                select p.birth_date, p.registered_on, e.entry_date
                from participant p left join participant_entry_data e
                  on e.registration_number = p.registration_number
                where p.registration_number = ?""")
            .param(registrationNumber)
            .query()
            .singleRow();
    LocalDate birth = localDate(dates.get("birth_date"));
    LocalDate entry = localDate(dates.get("entry_date"));
    LocalDate reference = entry != null ? entry : localDate(dates.get("registered_on"));
    int age = Period.between(birth, reference).getYears();
    return reference.minusYears(age);
  }

  private static LocalDate localDate(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    return LocalDate.parse(value.toString());
  }
}
