package bg.kazanlak.inclusion.education;

import bg.kazanlak.inclusion.privacy.PersonalDataHolder;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The clubs' data about a participant: the person's own enrolments and those of the unregistered
 * children the person enrolled as guardian (the children's names and birth dates). Anonymising the
 * guardian replaces the children's names with a placeholder (the columns are required for an
 * unregistered child); clubs, dates, attendance and the birth date, which the clubs' figures read
 * by age, stay.
 */
@Component
class EducationPersonalData implements PersonalDataHolder {

  private final JdbcClient jdbc;

  EducationPersonalData(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String section() {
    return "clubs";
  }

  @Override
  public Object export(String registrationNumber) {
    List<Map<String, Object>> enrolments =
        jdbc.sql(
                """
                select * from club_enrolment
                where registration_number = :person or guardian = :person order by id""")
            .param("person", registrationNumber)
            .query()
            .listOfRows();
    return enrolments.isEmpty() ? null : Map.of("enrolments", enrolments);
  }

  @Override
  public void anonymise(String registrationNumber) {
    jdbc.sql(
            """
            update club_enrolment set child_first_name = :erased, child_last_name = :erased
            where guardian = :person and registration_number is null""")
        .param("person", registrationNumber)
        .param("erased", ERASED)
        .update();
  }
}
