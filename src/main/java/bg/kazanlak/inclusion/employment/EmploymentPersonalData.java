package bg.kazanlak.inclusion.employment;

import bg.kazanlak.inclusion.privacy.PersonalDataHolder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Employment's data about a participant: placements, contracts, timesheets (sick leave among them)
 * and the exit's results. None is a name, number or free text — the employee's identity lives in
 * the registry, and the contract document is generated from it on request — and all of it is what
 * the ledger and the employment indicators count, so anonymising leaves it as it is. The export
 * lists each contract's document by name and date, not its content.
 */
@Component
class EmploymentPersonalData implements PersonalDataHolder {

  private final JdbcClient jdbc;

  EmploymentPersonalData(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String section() {
    return "employment";
  }

  @Override
  public Object export(String registrationNumber) {
    List<Map<String, Object>> contracts =
        rows("select * from employment_contract", " order by contract_id", registrationNumber);
    List<Map<String, Object>> placements =
        rows("select * from employment_placement", " order by id", registrationNumber);
    if (contracts.isEmpty() && placements.isEmpty()) {
      return null;
    }
    Map<String, Object> section = new LinkedHashMap<>();
    section.put("placements", placements);
    section.put("contracts", contracts);
    section.put(
        "timesheets",
        jdbc.sql(
                """
                select t.contract_id, t.pay_month, t.days_worked, t.paid_leave_days,
                  t.sick_leave_days, t.unpaid_absence_days, t.gross_pay, t.recorded_on
                from employment_timesheet t join employment_contract c
                  on c.contract_id = t.contract_id
                where c.registration_number = ? order by t.contract_id, t.pay_month""")
            .param(registrationNumber)
            .query()
            .listOfRows());
    section.put("exits", rows("select * from employment_exit", "", registrationNumber));
    section.put(
        "documents",
        contracts.stream()
            .map(
                c ->
                    Map.of(
                        "name", "Трудов договор " + c.get("contract_id"),
                        "date", String.valueOf(c.get("recorded_on")),
                        "path",
                            "/api/employment/contracts/" + c.get("contract_id") + "/document.pdf"))
            .toList());
    return section;
  }

  private List<Map<String, Object>> rows(String select, String order, String registrationNumber) {
    return jdbc.sql(select + " where registration_number = ?" + order)
        .param(registrationNumber)
        .query()
        .listOfRows();
  }

  @Override
  public void anonymise(String registrationNumber) {
    // nothing identifying in employment's tables; contracts and timesheets are the ledger's
  }
}
