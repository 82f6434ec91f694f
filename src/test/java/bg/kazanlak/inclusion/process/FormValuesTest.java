package bg.kazanlak.inclusion.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import bg.kazanlak.inclusion.problem.Refusal;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

/** Every reader of {@link FormValues}: what Tasklist sends, what the API sends, and garbage. */
class FormValuesTest {

  private static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");

  enum Colour {
    RED,
    GREEN
  }

  private final Map<String, Object> variables = new HashMap<>();
  private final FormValues form = new FormValues(scope(variables), SOFIA);

  @Test
  void textIsTrimmedAndEmptyIsNull() {
    variables.put("a", "  Иван ");
    variables.put("blank", "   ");
    variables.put("number", 12);

    assertThat(form.text("a")).isEqualTo("Иван");
    assertThat(form.text("blank")).isNull();
    assertThat(form.text("missing")).isNull();
    assertThat(form.text("number")).isEqualTo("12");
  }

  @Test
  void requiredTextRefusesEmptyNamingTheField() {
    variables.put("a", " x ");
    variables.put("blank", "");

    assertThat(form.requiredText("a", "Въведете.")).isEqualTo("x");
    assertRefused(() -> form.requiredText("blank", "Въведете."), "blank", "Въведете.");
    assertRefused(() -> form.requiredText("missing", "Въведете."), "missing", "Въведете.");
  }

  @Test
  void boolTakesBooleansAndTheirTextAndRefusesGarbage() {
    variables.put("yes", true);
    variables.put("no", "false");
    variables.put("upper", "TRUE");
    variables.put("empty", " ");
    variables.put("garbage", "може би");

    assertThat(form.bool("yes")).isTrue();
    assertThat(form.bool("no")).isFalse();
    assertThat(form.bool("upper")).isTrue();
    assertThat(form.bool("empty")).isNull();
    assertThat(form.bool("missing")).isNull();
    assertRefused(() -> form.bool("garbage"), "garbage", "да");
    assertRefused(
        () -> form.bool("garbage", "Отбележете съгласие."), "garbage", "Отбележете съгласие.");
  }

  @Test
  void dateIsTheDayInTheProgrammesZone() {
    variables.put("plain", "2022-05-03");
    variables.put("local", "2022-05-03T00:00");
    // midnight in Sofia is still the previous day in UTC
    variables.put("utc", "2022-05-02T21:30:00Z");
    variables.put("offset", "2022-05-02T23:30:00+02:00");
    variables.put(
        "javaDate", Date.from(ZonedDateTime.of(2022, 5, 3, 0, 30, 0, 0, SOFIA).toInstant()));
    variables.put("empty", "");
    variables.put("garbage", "3 май");
    variables.put("impossible", "2022-02-30");

    assertThat(form.date("plain", "Невалидна дата.")).isEqualTo(LocalDate.of(2022, 5, 3));
    assertThat(form.date("local", "Невалидна дата.")).isEqualTo(LocalDate.of(2022, 5, 3));
    assertThat(form.date("utc", "Невалидна дата.")).isEqualTo(LocalDate.of(2022, 5, 3));
    assertThat(form.date("offset", "Невалидна дата.")).isEqualTo(LocalDate.of(2022, 5, 3));
    assertThat(form.date("javaDate", "Невалидна дата.")).isEqualTo(LocalDate.of(2022, 5, 3));
    assertThat(form.date("empty", "Невалидна дата.")).isNull();
    assertThat(form.date("missing", "Невалидна дата.")).isNull();
    assertRefused(() -> form.date("garbage", "Невалидна дата."), "garbage", "Невалидна дата.");
    assertRefused(
        () -> form.date("impossible", "Невалидна дата."), "impossible", "Невалидна дата.");
  }

  @Test
  void aJavaDateDoesNotDependOnTheServersZone() {
    Date sofiaMidnight = Date.from(ZonedDateTime.of(2022, 5, 3, 0, 0, 0, 0, SOFIA).toInstant());
    variables.put("d", sofiaMidnight);

    assertThat(new FormValues(scope(variables), SOFIA).date("d", "x"))
        .isEqualTo(LocalDate.of(2022, 5, 3));
    assertThat(new FormValues(scope(variables), ZoneId.of("UTC")).date("d", "x"))
        .isEqualTo(LocalDate.of(2022, 5, 2));
  }

  @Test
  void amountTakesNumbersAndBothDecimalSeparators() {
    variables.put("int", 12);
    variables.put("double", 12.5);
    variables.put("comma", "1 234,56");
    variables.put("empty", " ");
    variables.put("garbage", "дванайсет");

    assertThat(form.amount("int", "x")).isEqualByComparingTo("12");
    assertThat(form.amount("double", "x")).isEqualByComparingTo("12.5");
    assertThat(form.amount("comma", "x")).isEqualTo(new BigDecimal("1234.56"));
    assertThat(form.amount("empty", "x")).isNull();
    assertRefused(() -> form.amount("garbage", "Невалидна сума."), "garbage", "Невалидна сума.");
  }

  @Test
  void enumValueRefusesUnknownNamesWith400() {
    variables.put("colour", " GREEN ");
    variables.put("lower", "green");
    variables.put("unknown", "BLUE");
    variables.put("empty", "");

    assertThat(form.enumValue("colour", Colour.class, "Изберете цвят.")).isEqualTo(Colour.GREEN);
    assertThat(form.enumValue("empty", Colour.class, "Изберете цвят.")).isNull();
    assertThat(form.enumValue("missing", Colour.class, "Изберете цвят.")).isNull();
    assertRefused(
        () -> form.enumValue("unknown", Colour.class, "Изберете цвят."),
        "unknown",
        "Изберете цвят.");
    assertRefused(
        () -> form.enumValue("lower", Colour.class, "Изберете цвят."), "lower", "Изберете цвят.");
    assertThat(form.requiredEnumValue("colour", Colour.class, "Изберете цвят."))
        .isEqualTo(Colour.GREEN);
    assertRefused(
        () -> form.requiredEnumValue("empty", Colour.class, "Изберете цвят."),
        "empty",
        "Изберете цвят.");
  }

  @Test
  void listTakesSpinJsonCollectionsAndCommaSeparatedText() {
    variables.put("json", Spin.JSON("[\"A\", \"B\", 3]"));
    variables.put("collection", List.of("A", "B"));
    variables.put("text", "A, B");
    variables.put("blank", " ");
    variables.put("object", Spin.JSON("{\"a\": 1}"));

    assertThat(form.list("json")).containsExactly("A", "B", "3");
    assertThat(form.list("collection")).containsExactly("A", "B");
    assertThat(form.list("text")).containsExactly("A", "B");
    assertThat(form.list("blank")).isEmpty();
    assertThat(form.list("missing")).isEmpty();
    assertRefused(() -> form.list("object"), "object", "списък");
  }

  @Test
  void amountOfAMissingFieldIsNullAndADotIsTheDecimalSeparatorToo() {
    variables.put("dot", "12.50");
    variables.put("negative", "-3,5");
    variables.put("twoSeparators", "1,234.56");

    assertThat(form.amount("missing", "x")).isNull();
    assertThat(form.amount("dot", "x")).isEqualTo(new BigDecimal("12.50"));
    assertThat(form.amount("negative", "x")).isEqualTo(new BigDecimal("-3.5"));
    assertRefused(
        () -> form.amount("twoSeparators", "Невалидна сума."), "twoSeparators", "Невалидна сума.");
  }

  @Test
  void integerTakesWholeNumbersAsIntegerDoubleOrTextAndRefusesFractions() {
    variables.put("int", 12);
    variables.put("double", 12.0);
    variables.put("text", " 12 ");
    variables.put("fraction", 12.5);
    variables.put("fractionText", "12,5");
    variables.put("tooBig", "3000000000");
    variables.put("empty", "");
    variables.put("garbage", "дванайсет");

    assertThat(form.integer("int", "Цяло число.")).isEqualTo(12);
    assertThat(form.integer("double", "Цяло число.")).isEqualTo(12);
    assertThat(form.integer("text", "Цяло число.")).isEqualTo(12);
    assertThat(form.integer("empty", "Цяло число.")).isNull();
    assertThat(form.integer("missing", "Цяло число.")).isNull();
    assertRefused(() -> form.integer("fraction", "Цяло число."), "fraction", "Цяло число.");
    assertRefused(() -> form.integer("fractionText", "Цяло число."), "fractionText", "Цяло число.");
    assertRefused(() -> form.integer("tooBig", "Цяло число."), "tooBig", "Цяло число.");
    assertRefused(() -> form.integer("garbage", "Цяло число."), "garbage", "Цяло число.");
  }

  @Test
  void requiredIntegerRefusesAnEmptyOrMissingValueWithItsMessage() {
    variables.put("given", "7");
    variables.put("empty", "");

    assertThat(form.requiredInteger("given", "Изберете кой напуска.")).isEqualTo(7);
    assertRefused(
        () -> form.requiredInteger("empty", "Изберете кой напуска."),
        "empty",
        "Изберете кой напуска.");
    assertRefused(
        () -> form.requiredInteger("missing", "Изберете кой напуска."),
        "missing",
        "Изберете кой напуска.");
  }

  @Test
  void requiredEnumValueRefusesAMissingOrUnknownValueWithItsMessage() {
    variables.put("unknown", "BLUE");
    variables.put("blank", "  ");

    assertRefused(
        () -> form.requiredEnumValue("missing", Colour.class, "Изберете цвят."),
        "missing",
        "Изберете цвят.");
    assertRefused(
        () -> form.requiredEnumValue("blank", Colour.class, "Изберете цвят."),
        "blank",
        "Изберете цвят.");
    assertRefused(
        () -> form.requiredEnumValue("unknown", Colour.class, "Изберете цвят."),
        "unknown",
        "Изберете цвят.");
  }

  @Test
  void enumListKeepsTheOrderGivenDropsRepeatsAndRefusesAnUnknownConstant() {
    variables.put("json", Spin.JSON("[\"GREEN\", \"RED\", \"GREEN\"]"));
    variables.put("collection", List.of("RED", " GREEN "));
    variables.put("text", "GREEN, RED");
    variables.put("unknown", List.of("RED", "BLUE"));
    variables.put("lower", Spin.JSON("[\"red\"]"));

    assertThat(form.enumList("json", Colour.class, "Изберете."))
        .containsExactly(Colour.GREEN, Colour.RED);
    assertThat(form.enumList("collection", Colour.class, "Изберете."))
        .containsExactly(Colour.RED, Colour.GREEN);
    assertThat(form.enumList("text", Colour.class, "Изберете."))
        .containsExactly(Colour.GREEN, Colour.RED);
    assertThat(form.enumList("missing", Colour.class, "Изберете.")).isEmpty();
    assertRefused(
        () -> form.enumList("unknown", Colour.class, "Изберете."), "unknown", "Изберете.");
    assertRefused(() -> form.enumList("lower", Colour.class, "Изберете."), "lower", "Изберете.");
  }

  @Test
  void boolKeepsAFalseBoolean() {
    variables.put("no", false);
    variables.put("padded", " false ");

    assertThat(form.bool("no")).isFalse();
    assertThat(form.bool("padded")).isFalse();
  }

  @Test
  void sofiaIsTwoHoursAheadOfUtcInWinterAndThreeInSummer() {
    // winter (EET, +02:00): 22:30 UTC on 14 January is already the 15th in Sofia
    variables.put("winterLate", "2022-01-14T22:30:00Z");
    variables.put("winterEarly", "2022-01-14T21:59:00Z");
    // summer (EEST, +03:00): 21:30 UTC on 14 July is already the 15th, 20:59 still the 14th
    variables.put("summerLate", "2022-07-14T21:30:00Z");
    variables.put("summerEarly", "2022-07-14T20:59:00Z");
    // an offset other than Sofia's is converted to Sofia's day
    variables.put("otherOffset", "2022-07-14T23:30:00+01:00");
    // a local date-time has no zone: its own date, whatever the hour
    variables.put("localLate", "2022-07-14T23:59:59");
    variables.put(
        "winterJavaDate", Date.from(ZonedDateTime.of(2022, 1, 15, 0, 15, 0, 0, SOFIA).toInstant()));

    assertThat(form.date("winterLate", "x")).isEqualTo(LocalDate.of(2022, 1, 15));
    assertThat(form.date("winterEarly", "x")).isEqualTo(LocalDate.of(2022, 1, 14));
    assertThat(form.date("summerLate", "x")).isEqualTo(LocalDate.of(2022, 7, 15));
    assertThat(form.date("summerEarly", "x")).isEqualTo(LocalDate.of(2022, 7, 14));
    assertThat(form.date("otherOffset", "x")).isEqualTo(LocalDate.of(2022, 7, 15));
    assertThat(form.date("localLate", "x")).isEqualTo(LocalDate.of(2022, 7, 14));
    assertThat(form.date("winterJavaDate", "x")).isEqualTo(LocalDate.of(2022, 1, 15));
  }

  private static void assertRefused(Runnable reading, String field, String message) {
    assertThatThrownBy(reading::run)
        .isInstanceOfSatisfying(
            RequestRefusedException.class,
            refused -> {
              assertThat(refused.kind()).isEqualTo(Refusal.INVALID);
              assertThat(refused.fieldProblems())
                  .singleElement()
                  .satisfies(
                      problem -> {
                        assertThat(problem.field()).isEqualTo(field);
                        assertThat(problem.message()).contains(message);
                      });
            });
  }

  private static VariableScope scope(Map<String, Object> variables) {
    VariableScope scope = mock(VariableScope.class);
    when(scope.getVariable(anyString()))
        .thenAnswer(call -> variables.get(call.<String>getArgument(0)));
    return scope;
  }
}
