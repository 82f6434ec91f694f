package bg.kazanlak.inclusion.familyhouse;

import bg.kazanlak.inclusion.privacy.PersonalDataHolder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The Family Houses' personal data about a participant: the free texts of the attachment and its
 * moves, the services' notes, the referrals' reasons and follow-up notes, and the consents to share
 * data. Anonymising erases the texts; houses, roles, kinds, dates, durations, destinations and the
 * consents' answers stay (the services delivered and the referrals are counted).
 */
@Component
class FamilyHousePersonalData implements PersonalDataHolder {

  private final JdbcClient jdbc;

  FamilyHousePersonalData(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String section() {
    return "familyHouses";
  }

  @Override
  public Object export(String registrationNumber) {
    Map<String, Object> section = new LinkedHashMap<>();
    section.put(
        "attachment", rows("select * from family_house_attachment", "", registrationNumber));
    section.put(
        "moves",
        rows("select * from family_house_attachment_move", " order by id", registrationNumber));
    section.put(
        "services",
        rows(
            "select * from family_house_service",
            " order by service_date, service_number",
            registrationNumber));
    section.put(
        "consents",
        rows("select * from data_sharing_consent_history", " order by id", registrationNumber));
    section.put(
        "referrals",
        rows("select * from referral", " order by referral_number", registrationNumber));
    boolean empty = section.values().stream().allMatch(rows -> ((List<?>) rows).isEmpty());
    return empty ? null : section;
  }

  private List<Map<String, Object>> rows(String select, String order, String registrationNumber) {
    return jdbc.sql(select + " where registration_number = ?" + order)
        .param(registrationNumber)
        .query()
        .listOfRows();
  }

  @Override
  public void anonymise(String registrationNumber) {
    jdbc.sql("update family_house_attachment set reason = null where registration_number = ?")
        .param(registrationNumber)
        .update();
    jdbc.sql("update family_house_attachment_move set reason = null where registration_number = ?")
        .param(registrationNumber)
        .update();
    jdbc.sql("update family_house_service set note = null where registration_number = ?")
        .param(registrationNumber)
        .update();
    jdbc.sql(
            """
            update referral set reason = ?, status_reason = null, follow_up_note = null
            where registration_number = ?""")
        .params(ERASED, registrationNumber)
        .update();
  }
}
