package bg.kazanlak.inclusion.participant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the participant registry. Runs inside the caller's (engine-shared) transaction. */
@Repository
class ParticipantRepository {

  private final JdbcClient jdbc;

  ParticipantRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(
      String registrationNumber, ValidRegistration r, LocalDate today, String registeredBy) {
    jdbc.sql(
            """
        insert into participant (registration_number, personal_number, personal_number_kind,
          first_name, middle_name, last_name, first_name_key, last_name_key, birth_date, sex,
          settlement, address, phone, consent_to_services, status, registered_on, registered_by)
        values (:regNo, :number, :kind, :first, :middle, :last, :firstKey, :lastKey, :birth, :sex,
          :settlement, :address, :phone, :consent, :status, :today, :by)""")
        .param("regNo", registrationNumber)
        .param("number", r.personalNumber().value())
        .param("kind", r.personalNumber().kind().name())
        .param("first", r.firstName())
        .param("middle", r.middleName())
        .param("last", r.lastName())
        .param("firstKey", NameKey.of(r.firstName()))
        .param("lastKey", NameKey.of(r.lastName()))
        .param("birth", r.birthDate())
        .param("sex", r.sex().name())
        .param("settlement", r.settlement())
        .param("address", r.address())
        .param("phone", r.phone())
        .param("consent", r.consentToServices())
        .param("status", ParticipantStatus.REGISTERED.name())
        .param("today", today)
        .param("by", registeredBy)
        .update();
    EsfEntryData e = r.entry();
    jdbc.sql(
            """
        insert into participant_entry_data (registration_number, employment_status,
          education_level, minority, disability, other_disadvantaged, homeless_or_housing_excl,
          household_jobless, household_dependent_children, household_single_adult, entry_date)
        values (:regNo, :employment, :education, :minority, :disability, :other, :homeless,
          :jobless, :children, :singleAdult, :today)""")
        .param("regNo", registrationNumber)
        .param("employment", e.employmentStatus().name())
        .param("education", e.educationLevel().name())
        .param("minority", e.minority().name())
        .param("disability", e.disability().name())
        .param("other", e.otherDisadvantaged().name())
        .param("homeless", e.homelessOrHousingExclusion())
        .param("jobless", e.household() == null ? null : e.household().jobless())
        .param("children", e.household() == null ? null : e.household().dependentChildren())
        .param("singleAdult", e.household() == null ? null : e.household().singleAdult())
        .param("today", today)
        .update();
  }

  /**
   * The registration holding this personal number, following an annulled duplicate to its original.
   */
  Optional<String> findRegistrationByPersonalNumber(String personalNumber) {
    return jdbc.sql(
            """
        select coalesce(duplicate_of, registration_number) from participant
        where personal_number = ?""")
        .param(personalNumber)
        .query(String.class)
        .optional();
  }

  /**
   * Other registrations with the same names and birth date as this one, but another number:
   * possibly the same person. Equality on the folded name keys and the birth date, which {@code
   * ix_participant_name_keys} answers without reading the registry.
   */
  List<DuplicateCandidate> findNearDuplicatesOf(String registrationNumber) {
    return jdbc.sql(
            """
        select o.registration_number, o.personal_number, o.status
        from participant p join participant o
          on o.last_name_key = p.last_name_key and o.first_name_key = p.first_name_key
         and o.birth_date = p.birth_date
        where p.registration_number = ? and o.registration_number <> p.registration_number
          and o.personal_number <> p.personal_number and o.status <> 'DUPLICATE'
        order by o.registration_number""")
        .param(registrationNumber)
        .query(
            (rs, i) ->
                new DuplicateCandidate(
                    rs.getString(1),
                    PersonalNumber.mask(rs.getString(2)),
                    ParticipantStatus.valueOf(rs.getString(3))))
        .list();
  }

  Optional<Participant> find(String registrationNumber) {
    return jdbc.sql(
            """
        select p.*, e.employment_status, e.education_level, e.minority, e.disability,
               e.other_disadvantaged, e.homeless_or_housing_excl, e.household_jobless,
               e.household_dependent_children, e.household_single_adult
        from participant p join participant_entry_data e
          on e.registration_number = p.registration_number
        where p.registration_number = ?""")
        .param(registrationNumber)
        .query((rs, i) -> map(rs))
        .optional();
  }

  /** The entry data of a row that selects {@code participant_entry_data}'s columns. */
  static EsfEntryData entryData(ResultSet rs) throws SQLException {
    return new EsfEntryData(
        EmploymentStatus.valueOf(rs.getString("employment_status")),
        EducationLevel.valueOf(rs.getString("education_level")),
        SpecialCategoryAnswer.valueOf(rs.getString("minority")),
        SpecialCategoryAnswer.valueOf(rs.getString("disability")),
        SpecialCategoryAnswer.valueOf(rs.getString("other_disadvantaged")),
        rs.getBoolean("homeless_or_housing_excl"),
        household(rs));
  }

  private static HouseholdSituation household(ResultSet rs) throws SQLException {
    Boolean jobless = rs.getObject("household_jobless", Boolean.class);
    Boolean children = rs.getObject("household_dependent_children", Boolean.class);
    Boolean singleAdult = rs.getObject("household_single_adult", Boolean.class);
    return jobless == null || children == null || singleAdult == null
        ? null
        : new HouseholdSituation(jobless, children, singleAdult);
  }

  private Participant map(ResultSet rs) throws SQLException {
    String regNo = rs.getString("registration_number");
    EsfEntryData entry = entryData(rs);
    return new Participant(
        regNo,
        rs.getString("personal_number"),
        PersonalNumber.Kind.valueOf(rs.getString("personal_number_kind")),
        rs.getString("first_name"),
        rs.getString("middle_name"),
        rs.getString("last_name"),
        rs.getObject("birth_date", LocalDate.class),
        Sex.valueOf(rs.getString("sex")),
        rs.getString("settlement"),
        rs.getString("address"),
        rs.getString("phone"),
        ParticipantStatus.valueOf(rs.getString("status")),
        rs.getObject("registered_on", LocalDate.class),
        rs.getString("rejection_reason"),
        rs.getString("duplicate_of"),
        entry,
        streams(regNo, "candidate = true"),
        streams(regNo, "enrolled_on is not null"));
  }

  private List<SupportStream> streams(String registrationNumber, String condition) {
    return jdbc.sql(
            "select stream from participant_stream where registration_number = ? and "
                + condition
                + " order by stream")
        .param(registrationNumber)
        .query((rs, i) -> SupportStream.valueOf(rs.getString(1)))
        .list();
  }

  void updateStatus(String registrationNumber, ParticipantStatus status) {
    jdbc.sql("update participant set status = ? where registration_number = ?")
        .params(status.name(), registrationNumber)
        .update();
  }

  void markEligible(String registrationNumber, LocalDate day) {
    jdbc.sql(
            """
        update participant set status = ?, eligible = true, eligibility_decided_on = ?
        where registration_number = ?""")
        .params(ParticipantStatus.ELIGIBLE.name(), day, registrationNumber)
        .update();
  }

  void reject(String registrationNumber, String reason, LocalDate day) {
    jdbc.sql(
            """
        update participant set status = ?, eligible = false, rejection_reason = ?,
          eligibility_decided_on = ?
        where registration_number = ?""")
        .params(ParticipantStatus.REJECTED.name(), reason, day, registrationNumber)
        .update();
  }

  void markDuplicate(String registrationNumber, String original) {
    jdbc.sql("update participant set status = ?, duplicate_of = ? where registration_number = ?")
        .params(ParticipantStatus.DUPLICATE.name(), original, registrationNumber)
        .update();
  }

  void withdraw(String registrationNumber, String reason, LocalDate day) {
    jdbc.sql(
            """
        update participant set status = ?, withdrawal_reason = ?, withdrawn_on = ?
        where registration_number = ?""")
        .params(ParticipantStatus.WITHDRAWN.name(), reason, day, registrationNumber)
        .update();
  }

  void replaceCandidateStreams(String registrationNumber, List<SupportStream> streams) {
    jdbc.sql("delete from participant_stream where registration_number = ?")
        .param(registrationNumber)
        .update();
    for (SupportStream stream : streams) {
      jdbc.sql(
              "insert into participant_stream (registration_number, stream, candidate) values (?, ?, true)")
          .params(registrationNumber, stream.name())
          .update();
    }
  }

  void enrol(String registrationNumber, SupportStream stream, LocalDate day) {
    int updated =
        jdbc.sql(
                """
        update participant_stream set enrolled_on = ? where registration_number = ? and stream = ?""")
            .params(day, registrationNumber, stream.name())
            .update();
    if (updated == 0) {
      jdbc.sql(
              """
          insert into participant_stream (registration_number, stream, candidate, enrolled_on)
          values (?, ?, false, ?)""")
          .params(registrationNumber, stream.name(), day)
          .update();
    }
  }

  void insertAssessment(String registrationNumber, NeedsAssessment a, LocalDate day, String by) {
    jdbc.sql(
            """
        insert into needs_assessment (registration_number, assessed_on, assessed_by, needs_work,
          needs_health, needs_education, needs_social, needs_housing, summary, recommended_streams)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            registrationNumber,
            day,
            by,
            a.work(),
            a.health(),
            a.education(),
            a.social(),
            a.housing(),
            a.summary(),
            SupportStream.codes(a.recommendedStreams()))
        .update();
  }

  /**
   * As of the end of a day: registered by then (a registration annulled as a duplicate never
   * counts: the review has no date and corrects the registry), and eligible or rejected by a
   * decision recorded by then.
   */
  ParticipantCounts counts(LocalDate asOf) {
    return jdbc.sql(
            """
        select count(case when status <> 'DUPLICATE' then 1 end),
               count(case when eligible = true and eligibility_decided_on <= :asOf then 1 end),
               count(case when eligible = false and eligibility_decided_on <= :asOf then 1 end)
        from participant where registered_on <= :asOf""")
        .param("asOf", asOf)
        .query((rs, i) -> new ParticipantCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
        .single();
  }

  /**
   * Entry records of everyone who had entered the operation by the end of a day (enrolled in at
   * least one stream on or before it).
   */
  List<EsfEntryRecord> entryRecordsOfEntrants(LocalDate asOf) {
    return jdbc.sql(
            """
        select p.sex, p.birth_date, p.settlement, e.*
        from participant p join participant_entry_data e
          on e.registration_number = p.registration_number
        where exists (select 1 from participant_stream s
                      where s.registration_number = p.registration_number
                        and s.enrolled_on <= :asOf)""")
        .param("asOf", asOf)
        .query(
            (rs, i) ->
                new EsfEntryRecord(
                    rs.getString("registration_number"),
                    Sex.valueOf(rs.getString("sex")),
                    rs.getObject("birth_date", LocalDate.class),
                    rs.getObject("entry_date", LocalDate.class),
                    rs.getString("settlement"),
                    entryData(rs)))
        .list();
  }

  /** The streams the recorded needs assessment recommends; empty when there is none. */
  List<SupportStream> recommendedStreams(String registrationNumber) {
    return jdbc.sql(
            "select recommended_streams from needs_assessment where registration_number = ?")
        .param(registrationNumber)
        .query(String.class)
        .optional()
        .map(SupportStream::fromCodes)
        .orElse(List.of());
  }

  boolean hasRejectionNotice(String registrationNumber) {
    return jdbc.sql("select count(*) from rejection_notice where registration_number = ?")
            .param(registrationNumber)
            .query(Long.class)
            .single()
        > 0;
  }

  void insertRejectionNotice(String registrationNumber, RejectionNotice n, String by) {
    jdbc.sql(
            """
        insert into rejection_notice (registration_number, informed_on, channel, note, recorded_by)
        values (?, ?, ?, ?, ?)""")
        .params(registrationNumber, n.informedOn(), n.channel().name(), n.note(), by)
        .update();
  }

  /**
   * The registrations whose first or last name begins with each of the words (folded name keys, so
   * case and collation do not matter), or whose registration number is one of them; newest first,
   * at most {@code limit}.
   */
  List<ParticipantSummary> search(List<String> words, int limit) {
    StringBuilder where = new StringBuilder();
    java.util.Map<String, Object> params = new java.util.HashMap<>();
    for (int i = 0; i < words.size(); i++) {
      if (i > 0) {
        where.append(" and ");
      }
      where.append(
          "(first_name_key like :w%1$d escape '!' or last_name_key like :w%1$d escape '!'"
                  .formatted(i)
              + " or registration_number = :n%d)".formatted(i));
      String key = NameKey.of(words.get(i));
      params.put("w" + i, key.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
      params.put("n" + i, words.get(i).toUpperCase(java.util.Locale.ROOT));
    }
    return jdbc.sql(
            """
        select registration_number, personal_number, first_name, last_name, status,
               registered_on
        from participant where %s
        order by registered_on desc, registration_number desc
        fetch first %d rows only"""
                .formatted(where, limit))
        .params(params)
        .query(
            (rs, i) ->
                new ParticipantSummary(
                    rs.getString(1),
                    PersonalNumber.mask(rs.getString(2)),
                    rs.getString(3),
                    rs.getString(4),
                    ParticipantStatus.valueOf(rs.getString(5)),
                    rs.getObject(6, LocalDate.class)))
        .list();
  }

  /** The registration numbers of participants enrolled in a stream and still in the programme. */
  List<String> enrolledIn(SupportStream stream) {
    return jdbc.sql(
            """
        select s.registration_number from participant_stream s
        join participant p on p.registration_number = s.registration_number
        where s.stream = ? and s.enrolled_on is not null and p.status = ?
        order by s.enrolled_on, s.registration_number""")
        .params(stream.name(), ParticipantStatus.ENROLLED.name())
        .query(String.class)
        .list();
  }
}
