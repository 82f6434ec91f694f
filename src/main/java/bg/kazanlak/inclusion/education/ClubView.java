package bg.kazanlak.inclusion.education;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** What the clubs' processes show: the people to pick from (attendance, leaving). */
@Component
class ClubView {

  private final ObjectMapper json;

  ClubView(ObjectMapper json) {
    this.json = json;
  }

  /**
   * The enrolments as a form-js list of options ({@code valuesKey}): a JSON variable, which
   * Tasklist hands to the form as an array of {label, value}; the value is the enrolment id.
   */
  void showOptions(DelegateExecution execution, String name, List<Enrolment> enrolments) {
    ArrayNode options = json.createArrayNode();
    for (Enrolment e : enrolments) {
      options.addObject().put("label", label(e)).put("value", String.valueOf(e.id()));
    }
    execution.setVariable(name, SpinValues.jsonValue(options.toString()).create());
  }

  private static String label(Enrolment e) {
    if (e.child() != null) {
      return e.child().firstName()
          + " "
          + e.child().lastName()
          + " (дете; родител/настойник "
          + e.guardian()
          + ")";
    }
    return (e.displayName() != null ? e.displayName() : "участник")
        + " ("
        + e.registrationNumber()
        + ")";
  }
}
