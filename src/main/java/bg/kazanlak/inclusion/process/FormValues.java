package bg.kazanlak.inclusion.process;

import bg.kazanlak.inclusion.problem.RequestRefusedException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads what Tasklist's Camunda Forms submit. Values arrive loosely typed (dates as text, numbers
 * as Integer or Double, lists as Spin JSON), so each reader converts and refuses with a Bulgarian
 * message naming the field rather than failing with a ClassCastException.
 */
public final class FormValues {

  private final VariableScope scope;

  public FormValues(VariableScope scope) {
    this.scope = scope;
  }

  public String text(String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    String text = value.toString().trim();
    return text.isEmpty() ? null : text;
  }

  public String requiredText(String name, String message) {
    String text = text(name);
    if (text == null) {
      throw RequestRefusedException.invalid(name, message);
    }
    return text;
  }

  public Boolean bool(String name) {
    Object value = scope.getVariable(name);
    if (value == null || value instanceof Boolean) {
      return (Boolean) value;
    }
    return Boolean.valueOf(value.toString().trim());
  }

  public LocalDate date(String name, String message) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof java.util.Date date) {
      return date.toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate();
    }
    String text = value.toString().trim();
    try {
      // a datetime field may send "2022-05-03T00:00" or a plain date
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw RequestRefusedException.invalid(name, message);
    }
  }

  /** A money amount typed in a form (number or text, "12,50" or "12.50"); null when empty. */
  public BigDecimal amount(String name, String message) {
    String text = text(name);
    if (text == null) {
      return null;
    }
    try {
      return new BigDecimal(text.replace(',', '.').replace(" ", ""));
    } catch (NumberFormatException e) {
      throw RequestRefusedException.invalid(name, message);
    }
  }

  /** A checklist: Spin JSON array from Tasklist, or a Java collection from the API and tests. */
  public List<String> list(String name) {
    Object value = scope.getVariable(name);
    List<String> items = new ArrayList<>();
    if (value instanceof SpinJsonNode json && json.isArray()) {
      json.elements().forEach(element -> items.add(element.stringValue()));
    } else if (value instanceof Collection<?> collection) {
      collection.forEach(item -> items.add(String.valueOf(item)));
    } else if (value instanceof String text && !text.isBlank()) {
      for (String item : text.split(",")) {
        items.add(item.trim());
      }
    }
    return items;
  }
}
