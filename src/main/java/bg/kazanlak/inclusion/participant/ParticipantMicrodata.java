package bg.kazanlak.inclusion.participant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's participant-level data for ISUN's micro-data file (one row per participant who
 * entered the operation): the only public read of names and personal numbers in bulk. The caller
 * decides what of them it shows (the personal number is masked for those not allowed to see it).
 */
@Service
@Transactional(readOnly = true)
public class ParticipantMicrodata {

  private final JdbcClient jdbc;

  public ParticipantMicrodata(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * One participant who entered the operation: the day of the first enrolment in a stream and that
   * stream; withdrawal known as of the day asked.
   *
   * @param firstStream the stream of the first enrolment (on the same day: the first in {@link
   *     SupportStream}'s order)
   * @param withdrawnOn {@code null} when not withdrawn by the day asked
   */
  public record Entrant(
      String registrationNumber,
      String personalNumber,
      PersonalNumber.Kind personalNumberKind,
      String firstName,
      String middleName,
      String lastName,
      LocalDate birthDate,
      Sex sex,
      String settlement,
      String phone,
      EsfEntryData entry,
      LocalDate joined,
      SupportStream firstStream,
      LocalDate withdrawnOn) {

    /** Whole years of age on the day of joining. */
    public int ageAtJoining() {
      return java.time.Period.between(birthDate, joined).getYears();
    }

    /** Personal data stay out of log lines and messages. */
    @Override
    public String toString() {
      return "Entrant[" + registrationNumber + ", personal data withheld]";
    }
  }

  /**
   * Everyone whose first enrolment in a stream falls within {@code [from, to]}, ordered by that day
   * and registration number; a withdrawal after {@code to} is not yet known.
   */
  public List<Entrant> enteredBetween(LocalDate from, LocalDate to) {
    Map<String, List<Row>> byParticipant = new LinkedHashMap<>();
    jdbc.sql(
            """
        select p.registration_number, p.personal_number, p.personal_number_kind, p.first_name,
               p.middle_name, p.last_name, p.birth_date, p.sex, p.settlement, p.phone,
               p.withdrawn_on, e.*, s.stream, s.enrolled_on
        from participant p
          join participant_entry_data e on e.registration_number = p.registration_number
          join participant_stream s on s.registration_number = p.registration_number
        where s.enrolled_on is not null
          and p.registration_number in (
            select registration_number from participant_stream
            where enrolled_on is not null
            group by registration_number
            having min(enrolled_on) between :from and :to)
        order by p.registration_number""")
        .param("from", from)
        .param("to", to)
        .query(
            (rs, i) -> {
              LocalDate withdrawn = rs.getObject("withdrawn_on", LocalDate.class);
              Entrant partial =
                  new Entrant(
                      rs.getString("registration_number"),
                      rs.getString("personal_number"),
                      PersonalNumber.Kind.valueOf(rs.getString("personal_number_kind")),
                      rs.getString("first_name"),
                      rs.getString("middle_name"),
                      rs.getString("last_name"),
                      rs.getObject("birth_date", LocalDate.class),
                      Sex.valueOf(rs.getString("sex")),
                      rs.getString("settlement"),
                      rs.getString("phone"),
                      ParticipantRepository.entryData(rs),
                      null,
                      null,
                      withdrawn != null && !withdrawn.isAfter(to) ? withdrawn : null);
              return new Row(
                  partial,
                  SupportStream.valueOf(rs.getString("stream")),
                  rs.getObject("enrolled_on", LocalDate.class));
            })
        .list()
        .forEach(
            row ->
                byParticipant
                    .computeIfAbsent(row.entrant().registrationNumber(), k -> new ArrayList<>())
                    .add(row));
    return byParticipant.values().stream()
        .map(ParticipantMicrodata::entrant)
        .sorted(Comparator.comparing(Entrant::joined).thenComparing(Entrant::registrationNumber))
        .toList();
  }

  private static Entrant entrant(List<Row> rows) {
    Row first =
        rows.stream()
            .min(Comparator.comparing(Row::enrolledOn).thenComparing(Row::stream))
            .orElseThrow();
    Entrant e = first.entrant();
    return new Entrant(
        e.registrationNumber(),
        e.personalNumber(),
        e.personalNumberKind(),
        e.firstName(),
        e.middleName(),
        e.lastName(),
        e.birthDate(),
        e.sex(),
        e.settlement(),
        e.phone(),
        e.entry(),
        first.enrolledOn(),
        first.stream(),
        e.withdrawnOn());
  }

  private record Row(Entrant entrant, SupportStream stream, LocalDate enrolledOn) {}
}
