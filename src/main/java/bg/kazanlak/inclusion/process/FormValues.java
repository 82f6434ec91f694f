package bg.kazanlak.inclusion.process;

import bg.kazanlak.inclusion.problem.RequestRefusedException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads what Tasklist's Camunda Forms submit. Values arrive loosely typed (dates as text or {@link
 * Date}, numbers as Integer or Double, lists as Spin JSON), so each reader converts and refuses
 * with a Bulgarian message naming the field rather than failing with a ClassCastException or an
 * IllegalArgumentException (a 500). Obtain one from {@link Forms}, which passes the programme's
 * time zone.
 */
public final class FormValues {

  private final Function<String, Object> values;
  private final ZoneId zone;

  public FormValues(VariableScope scope, ZoneId zone) {
    this(scope::getVariable, zone);
  }

  private FormValues(Function<String, Object> values, ZoneId zone) {
    this.values = values;
    this.zone = zone;
  }

  public String text(String name) {
    Object value = values.apply(name);
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

  /** A checkbox: Boolean from Tasklist, or "true"/"false" as text; null when empty. */
  public Boolean bool(String name, String message) {
    Object value = values.apply(name);
    if (value == null || value instanceof Boolean) {
      return (Boolean) value;
    }
    String text = value.toString().trim();
    if (text.isEmpty()) {
      return null;
    }
    if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
      return Boolean.valueOf(text);
    }
    throw RequestRefusedException.invalid(name, message);
  }

  public Boolean bool(String name) {
    return bool(name, "Невалидна стойност: очаква се „да“ или „не“.");
  }

  /**
   * A date: "2022-05-03" or a date-time from a datetime field, or a {@link Date}. An instant (a
   * {@link Date}, a time with an offset such as "2022-05-02T21:00:00Z") is the date it is in the
   * programme's zone; a local date-time keeps its date. Null when empty.
   */
  public LocalDate date(String name, String message) {
    Object value = values.apply(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof Date date) {
      return date.toInstant().atZone(zone).toLocalDate();
    }
    String text = value.toString().trim();
    try {
      if (text.length() <= 10) {
        return LocalDate.parse(text);
      }
      if (text.endsWith("Z") || text.matches(".*T.*[+-]\\d{2}:?\\d{2}$")) {
        return OffsetDateTime.parse(text).atZoneSameInstant(zone).toLocalDate();
      }
      return LocalDateTime.parse(text).toLocalDate();
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

  /** A whole number (a number field sends 12 or 12.0, a text field "12"); null when empty. */
  public Integer integer(String name, String message) {
    BigDecimal number = amount(name, message);
    if (number == null) {
      return null;
    }
    try {
      return number.intValueExact();
    } catch (ArithmeticException e) {
      throw RequestRefusedException.invalid(name, message);
    }
  }

  /** A whole number that must be given: 400 with the message when empty or not whole. */
  public int requiredInteger(String name, String message) {
    Integer number = integer(name, message);
    if (number == null) {
      throw RequestRefusedException.invalid(name, message);
    }
    return number;
  }

  /** One of an enumeration's constants by its exact name; null when empty, 400 when unknown. */
  public <E extends Enum<E>> E enumValue(String name, Class<E> type, String message) {
    String text = text(name);
    if (text == null) {
      return null;
    }
    return constant(type, text).orElseThrow(() -> RequestRefusedException.invalid(name, message));
  }

  /** As {@link #enumValue}, and an empty field is refused with the same message. */
  public <E extends Enum<E>> E requiredEnumValue(String name, Class<E> type, String message) {
    E value = enumValue(name, type, message);
    if (value == null) {
      throw RequestRefusedException.invalid(name, message);
    }
    return value;
  }

  /**
   * A checklist of an enumeration's constants, each once, in the order given; 400 for an unknown
   * one.
   */
  public <E extends Enum<E>> List<E> enumList(String name, Class<E> type, String message) {
    List<E> values = new ArrayList<>();
    for (String item : list(name)) {
      E value =
          constant(type, item.trim())
              .orElseThrow(() -> RequestRefusedException.invalid(name, message));
      if (!values.contains(value)) {
        values.add(value);
      }
    }
    return values;
  }

  private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String name) {
    return Arrays.stream(type.getEnumConstants())
        .filter(constant -> constant.name().equals(name))
        .findFirst();
  }

  /**
   * The rows of a dynamic list (form-js {@code dynamiclist}, submitted under its {@code path}): a
   * Spin JSON array of objects from Tasklist, or a collection of maps from the API and tests. Each
   * row reads like a form of its own; an empty list is no rows.
   */
  public List<FormValues> rows(String name) {
    Object value = values.apply(name);
    List<FormValues> rows = new ArrayList<>();
    if (value instanceof SpinJsonNode json) {
      if (!json.isArray()) {
        throw RequestRefusedException.invalid(name, "Очаква се списък от редове.");
      }
      for (SpinJsonNode element : json.elements()) {
        if (!element.isObject()) {
          throw RequestRefusedException.invalid(name, "Очаква се списък от редове.");
        }
        rows.add(new FormValues(field -> scalar(element, field), zone));
      }
    } else if (value instanceof Collection<?> collection) {
      for (Object item : collection) {
        if (!(item instanceof Map<?, ?> row)) {
          throw RequestRefusedException.invalid(name, "Очаква се списък от редове.");
        }
        rows.add(new FormValues(row::get, zone));
      }
    } else if (value != null && !value.toString().isBlank()) {
      throw RequestRefusedException.invalid(name, "Очаква се списък от редове.");
    }
    return rows;
  }

  private static Object scalar(SpinJsonNode row, String field) {
    if (!row.hasProp(field)) {
      return null;
    }
    SpinJsonNode node = row.prop(field);
    if (node.isNull()) {
      return null;
    }
    if (node.isString()) {
      return node.stringValue();
    }
    if (node.isBoolean()) {
      return node.boolValue();
    }
    if (node.isNumber()) {
      return node.numberValue();
    }
    return node; // a nested list: readable with list()
  }

  /** A checklist: Spin JSON array from Tasklist, or a Java collection from the API and tests. */
  public List<String> list(String name) {
    Object value = values.apply(name);
    List<String> items = new ArrayList<>();
    if (value instanceof SpinJsonNode json) {
      if (!json.isArray()) {
        throw RequestRefusedException.invalid(name, "Очаква се списък от стойности.");
      }
      json.elements()
          .forEach(
              element ->
                  items.add(element.isString() ? element.stringValue() : element.toString()));
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
