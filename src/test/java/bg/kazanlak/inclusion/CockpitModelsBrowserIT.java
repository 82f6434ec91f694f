package bg.kazanlak.inclusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Every model as the project manager first sees it: Cockpit's process definition page on a
 * 1,400-px-wide window, the diagram at fit-to-screen. Saves {@code
 * target/screenshots/cockpit-<process>.png} for each model in {@code bpmn/} and checks that the
 * whole pool is drawn, with its lanes, at a readable zoom. Skipped without Debian's chromium.
 */
@TestPropertySource(
    properties = "spring.datasource.url=jdbc:h2:mem:browser-cockpit-models;DB_CLOSE_DELAY=-1")
@EnabledIf(value = BrowserTest.INSTALLED, disabledReason = BrowserTest.NOT_INSTALLED)
class CockpitModelsBrowserIT extends BrowserTest {

  /**
   * Below this zoom a task name (12 px) is smaller than 7 px on screen: not readable at a glance.
   */
  private static final double READABLE_ZOOM = 0.6;

  @Autowired RepositoryService repository;

  @Test
  void everyModelReadsAtCockpitsFitToScreen() throws IOException {
    List<String> keys = modelKeys();
    assertThat(keys).isNotEmpty();
    String cockpit = "http://127.0.0.1:" + port + "/camunda/app/cockpit/default/";
    chromium.logIn(cockpit, "manager");
    List<String> unreadable = new ArrayList<>();
    for (String key : keys) {
      ProcessDefinition definition =
          repository
              .createProcessDefinitionQuery()
              .processDefinitionKey(key)
              .latestVersion()
              .singleResult();
      assertThat(definition).as("deployed process %s", key).isNotNull();
      chromium.browser.get(cockpit + "#/process-definition/" + definition.getId() + "/runtime");
      chromium.wait.until(visibilityOfElementLocated(By.cssSelector(".djs-container svg")));
      chromium.wait.until(
          ignored ->
              !chromium
                  .browser
                  .findElements(By.cssSelector("[data-element-id^='Lane_']"))
                  .isEmpty());
      // Cockpit fits the viewport once the diagram is drawn: wait until the zoom holds still
      awaitSteadyViewport();
      Map<?, ?> view =
          (Map<?, ?>)
              ((JavascriptExecutor) chromium.browser)
                  .executeScript(
                      """
          const viewport = document.querySelector('.djs-container svg .viewport');
          const matrix = viewport.transform.baseVal.consolidate().matrix;
          const pool = document.querySelector("[data-element-id^='Participant_']").getBoundingClientRect();
          const container = document.querySelector('.djs-container').getBoundingClientRect();
          return {zoom: matrix.a, poolWidth: pool.width, poolHeight: pool.height,
                  containerWidth: container.width, containerHeight: container.height};""");
      chromium.screenshot("cockpit-" + key);
      double zoom = ((Number) view.get("zoom")).doubleValue();
      System.out.printf(
          "%s: zoom %.2f, pool %.0f x %.0f px on screen, diagram panel %.0f x %.0f px%n",
          key,
          zoom,
          number(view, "poolWidth"),
          number(view, "poolHeight"),
          number(view, "containerWidth"),
          number(view, "containerHeight"));
      if (zoom < READABLE_ZOOM) {
        unreadable.add(key + " (zoom " + String.format("%.2f", zoom) + ")");
      }
      // a collapsed sub-process is drawn in a plane of its own, which bpmn-js drills down into
      List<WebElement> drilldowns = chromium.browser.findElements(By.cssSelector(".bjs-drilldown"));
      if (!drilldowns.isEmpty()) {
        chromium.click(drilldowns.get(0));
        chromium.wait.until(visibilityOfElementLocated(By.cssSelector(".bjs-breadcrumbs")));
        awaitSteadyViewport();
        chromium.screenshot("cockpit-" + key + "-drilldown");
      }
    }
    assertThat(unreadable)
        .as("models drawn below %s zoom at fit-to-screen", READABLE_ZOOM)
        .isEmpty();
  }

  /** The process ids of bpmn/*.bpmn, so that a new model is looked at without editing this test. */
  private static List<String> modelKeys() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(name -> name.endsWith(".bpmn"))
          .map(name -> name.substring(0, name.length() - ".bpmn".length()))
          .sorted()
          .toList();
    }
  }

  private static double number(Map<?, ?> view, String key) {
    return ((Number) view.get(key)).doubleValue();
  }

  /** The diagram's transform, polled until two reads in a row agree. */
  private void awaitSteadyViewport() {
    String[] last = {""};
    chromium.wait.until(
        ignored -> {
          Object now =
              ((JavascriptExecutor) chromium.browser)
                  .executeScript(
                      "const v = document.querySelector('.djs-container svg .viewport');"
                          + " return v ? v.getAttribute('transform') : '';");
          boolean steady = now != null && !now.toString().isEmpty() && now.equals(last[0]);
          last[0] = String.valueOf(now);
          return steady;
        });
  }

  @Test
  void cockpitWritesDatesAsBulgarianStaffDo() {
    String cockpit = "http://127.0.0.1:" + port + "/camunda/app/cockpit/default/";
    chromium.logIn(cockpit, "manager");
    ProcessDefinition expenses =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey("expense-approval")
            .latestVersion()
            .singleResult();
    chromium.browser.get(cockpit + "#/process-definition/" + expenses.getId() + "/runtime");
    // the demo's expenses are listed with their start: 30.05.2022 08:30, never 2022-05-30T08:30:00
    WebElement row =
        chromium.wait.until(
            visibilityOfElementLocated(
                By.xpath("//tr[td[contains(normalize-space(.),'E-2022-')]]")));
    chromium.wait.until(
        ignored -> row.getText().matches("(?s).*\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}.*"));
    assertThat(row.getText()).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T");
  }
}
