package bg.kazanlak.inclusion.process.model;

import static bg.kazanlak.inclusion.process.model.Models.*;
import static bg.kazanlak.inclusion.process.model.SampleModel.*;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rule 9 of ARCHITECTURE.md's process conventions: timers and task due dates use the programme
 * clock through the {@code dueDates} bean, or a fixed ISO 8601 value.
 */
@DisplayName("Timers and due dates (bpmn/)")
class TimerConventionsTest {

  static final List<Check> CHECKS =
      List.of(
          (model, file, forms, dmn, v) -> checkTimers(model, v),
          (model, file, forms, dmn, v) -> checkDueDates(model, v));

  @ParameterizedTest(name = "{0}")
  @MethodSource("bg.kazanlak.inclusion.process.model.Models#bpmnModels")
  @DisplayName("Timers and due dates: every model")
  void everyModelFollowsTheConventions(String relativePath) {
    Path file = MODELS.resolve(relativePath);
    assertNoViolations(file, violations(file, FORMS, DECISIONS, CHECKS));
  }

  static final Pattern DUE_DATES_EXPRESSION =
      Pattern.compile(
          "\\$\\{\\s*dueDates\\.([A-Za-z_][A-Za-z0-9_]*)\\s*\\(.*\\)\\s*}", Pattern.DOTALL);

  static final Pattern DURATION = Pattern.compile(ISO_DURATION);

  static final Pattern CYCLE =
      Pattern.compile("R\\d*/(?:(?<start>[^/P][^/]*)/)?(?<duration>P[^/]+)(?:/(?<end>[^/]+))?");

  enum Temporal {
    DATE,
    DURATION,
    CYCLE
  }

  /**
   * Rule 9: timers (and task due dates) use the programme clock via the dueDates bean, or a fixed
   * ISO value.
   */
  static void checkTimers(BpmnModelInstance model, Violations v) {
    for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
      BaseElement owner = owner(timer);
      if (timer.getTimeDate() == null
          && timer.getTimeDuration() == null
          && timer.getTimeCycle() == null) {
        v.add(owner, "has a timer without timeDate, timeDuration or timeCycle");
      }
      if (timer.getTimeDate() != null) {
        checkTemporal(owner, "timer timeDate", text(timer.getTimeDate()), Temporal.DATE, v);
      }
      if (timer.getTimeDuration() != null) {
        checkTemporal(
            owner, "timer timeDuration", text(timer.getTimeDuration()), Temporal.DURATION, v);
      }
      if (timer.getTimeCycle() != null) {
        checkTemporal(owner, "timer timeCycle", text(timer.getTimeCycle()), Temporal.CYCLE, v);
      }
    }
  }

  /** Rule 9 for user tasks: due and follow-up dates on the programme clock too. */
  static void checkDueDates(BpmnModelInstance model, Violations v) {
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      checkTemporal(task, "camunda:dueDate", task.getCamundaDueDate(), Temporal.DATE, v);
      checkTemporal(task, "camunda:followUpDate", task.getCamundaFollowUpDate(), Temporal.DATE, v);
    }
  }

  static void checkTemporal(
      BaseElement element, String what, String value, Temporal kind, Violations v) {
    if (value == null) {
      return;
    }
    String text = value.trim();
    if (text.isEmpty()) {
      v.add(element, what + " is empty");
      return;
    }
    if (text.contains("${") || text.contains("#{")) {
      Matcher matcher = DUE_DATES_EXPRESSION.matcher(text);
      if (!matcher.matches()) {
        v.add(
            element,
            what
                + " \""
                + text
                + "\" does not use the programme clock: an expression must be ${dueDates.…(…)}");
        return;
      }
      BeanDeclaration dueDates = Beans.INDEX.get("dueDates");
      Class<?> type = dueDates == null ? null : dueDates.load();
      if (type == null) {
        v.add(
            element, what + " \"" + text + "\" refers to the bean dueDates, which does not exist");
      } else if (Arrays.stream(type.getMethods())
          .noneMatch(m -> m.getName().equals(matcher.group(1)))) {
        v.add(
            element,
            what
                + " \""
                + text
                + "\": "
                + type.getSimpleName()
                + " has no method "
                + matcher.group(1));
      }
      return;
    }
    boolean valid =
        switch (kind) {
          case DATE -> isIsoDate(text);
          case DURATION -> DURATION.matcher(text).matches();
          case CYCLE -> isIsoCycle(text);
        };
    if (!valid) {
      v.add(
          element,
          what
              + " \""
              + text
              + "\" is neither ${dueDates.…} nor a fixed ISO 8601 "
              + kind.name().toLowerCase());
    }
  }

  static boolean isIsoDate(String text) {
    for (DateTimeFormatter format :
        List.of(DateTimeFormatter.ISO_DATE_TIME, DateTimeFormatter.ISO_DATE)) {
      try {
        format.parse(text);
        return true;
      } catch (DateTimeParseException notThisOne) {
        // try the next
      }
    }
    return false;
  }

  static boolean isIsoCycle(String text) {
    Matcher matcher = CYCLE.matcher(text);
    return matcher.matches()
        && DURATION.matcher(matcher.group("duration")).matches()
        && (matcher.group("start") == null || isIsoDate(matcher.group("start")))
        && (matcher.group("end") == null || isIsoDate(matcher.group("end")));
  }

  @Nested
  @DisplayName("the checks report a broken model")
  class TheChecksReportABrokenModel extends BrokenSampleChecks {

    @Override
    List<Check> checks() {
      return CHECKS;
    }

    @Override
    Stream<Arguments> brokenCopies() {
      return brokenModels();
    }
  }

  /** Rule, how to break the valid sample, a fragment the violation must contain. */
  static Stream<Arguments> brokenModels() {
    return Stream.of(
        broken(
            "timer on another clock",
            replace(
                ">${dueDates.workingDays(5)}</bpmn:timeDate>",
                ">${dateTime().plusDays(5).toDate()}</bpmn:timeDate>"),
            "boundaryEvent Event_Overdue: timer timeDate \"${dateTime().plusDays(5).toDate()}\" does not use the programme clock"),
        broken(
            "timer on a dueDates method that does not exist",
            replace(
                ">${dueDates.workingDays(5)}</bpmn:timeDate>",
                ">${dueDates.nextFortnight()}</bpmn:timeDate>"),
            "DueDates has no method nextFortnight"),
        broken(
            "timer with a cron cycle",
            replace(
                "<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">${dueDates.workingDays(5)}</bpmn:timeDate>",
                "<bpmn:timeCycle xsi:type=\"bpmn:tFormalExpression\">0 0 9 * * ?</bpmn:timeCycle>"),
            "timer timeCycle \"0 0 9 * * ?\" is neither ${dueDates.…} nor a fixed ISO 8601 cycle"),
        broken(
            "timer with a malformed fixed date",
            replace(">${dueDates.workingDays(5)}</bpmn:timeDate>", ">30.06.2023</bpmn:timeDate>"),
            "timer timeDate \"30.06.2023\" is neither ${dueDates.…} nor a fixed ISO 8601 date"),
        broken(
            "due date on another clock",
            replace(
                "camunda:dueDate=\"${dueDates.workingDays(5)}\"", "camunda:dueDate=\"${now()}\""),
            "userTask Task_Review \"Преглед\": camunda:dueDate \"${now()}\" does not use the programme clock"));
  }
}
