package bg.kazanlak.inclusion.housing;

import bg.kazanlak.inclusion.privacy.PersonalDataHolder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Housing's personal data about a participant: the tenancies the person lived in and, for a
 * household's head, the integration plan's free texts (the household assessment, goals' outcome
 * notes, the changes' descriptions, decisions' comments, reviews' and case conferences' notes).
 * Anonymising erases the texts when the head is anonymised; units, dates, statuses, goal kinds and
 * counts stay (households with a plan are counted).
 */
@Component
class HousingPersonalData implements PersonalDataHolder {

  private static final String PLANS_OF_HEAD = "select id from housing_plan where head = :person";

  private final JdbcClient jdbc;

  HousingPersonalData(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String section() {
    return "housing";
  }

  @Override
  public Object export(String registrationNumber) {
    List<Map<String, Object>> tenancies =
        jdbc.sql(
                """
                select t.* from housing_tenancy t
                where t.head = :person or exists (select 1 from housing_member m
                  where m.tenancy_id = t.id and m.registration_number = :person)
                order by t.id""")
            .param("person", registrationNumber)
            .query()
            .listOfRows();
    List<Map<String, Object>> plans =
        jdbc.sql("select * from housing_plan where head = :person order by id")
            .param("person", registrationNumber)
            .query()
            .listOfRows();
    if (tenancies.isEmpty() && plans.isEmpty()) {
      return null;
    }
    Map<String, Object> section = new LinkedHashMap<>();
    section.put("tenancies", tenancies);
    section.put("plans", plans);
    section.put(
        "assessments",
        ofPlans("select * from housing_assessment where plan_id", registrationNumber));
    section.put("goals", ofPlans("select * from housing_goal where plan_id", registrationNumber));
    section.put(
        "caseConferences",
        ofPlans("select * from housing_case_conference where plan_id", registrationNumber));
    return section;
  }

  private List<Map<String, Object>> ofPlans(String select, String registrationNumber) {
    return jdbc.sql(select + " in (" + PLANS_OF_HEAD + ")")
        .param("person", registrationNumber)
        .query()
        .listOfRows();
  }

  @Override
  public void anonymise(String registrationNumber) {
    jdbc.sql("update housing_tenancy set move_out_note = null where head = :person")
        .param("person", registrationNumber)
        .update();
    for (String update :
        List.of(
            "update housing_assessment set work = null, health = null, education = null,"
                + " social = null, summary = null where plan_id",
            "update housing_goal set outcome_note = null where plan_id",
            "update housing_plan_decision set comment = null where plan_id",
            "update housing_case_conference set note = null where plan_id")) {
      jdbc.sql(update + " in (" + PLANS_OF_HEAD + ")").param("person", registrationNumber).update();
    }
    jdbc.sql(
            "update housing_goal_change set description = :erased where plan_id in ("
                + PLANS_OF_HEAD
                + ")")
        .param("person", registrationNumber)
        .param("erased", ERASED)
        .update();
    jdbc.sql(
            """
            update housing_review_goal set note = null where review_id in (
              select id from housing_review where plan_id in (
                select id from housing_plan where head = :person))""")
        .param("person", registrationNumber)
        .update();
  }
}
