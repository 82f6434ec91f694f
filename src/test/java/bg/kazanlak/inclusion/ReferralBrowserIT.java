package bg.kazanlak.inclusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Referrals in the real Tasklist, in a real (headless) Chromium: the demo social worker records a
 * person's consent to share their name and date of birth with a GP from the consent's start form,
 * then refers the person to a GP from the referral's start form; the referral is issued with the
 * consented data only, and once its follow-up falls due the follow-up form links the letter.
 * Screenshots go to {@code target/screenshots/referral-*.png}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:browser-referral;DB_CLOSE_DELAY=-1",
      "camunda.bpm.job-execution.enabled=false"
    })
@ActiveProfiles("demo")
@EnabledIf(
    value = "browserInstalled",
    disabledReason =
        "needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)")
class ReferralBrowserIT {

  private static final Duration PATIENCE = Duration.ofSeconds(20);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final String PROCESS = "family-house-referral";

  @LocalServerPort int port;

  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired ParticipantRegistry registry;
  @Autowired ProgrammeClock clock;
  @Autowired JdbcClient jdbc;

  private BulgarianChromium chromium;
  private ChromeDriver browser;
  private WebDriverWait wait;

  static boolean browserInstalled() {
    return BulgarianChromium.installed();
  }

  @BeforeEach
  void openBrowser() throws IOException {
    chromium = new BulgarianChromium();
    browser = chromium.browser;
    wait = new WebDriverWait(browser, PATIENCE);
  }

  @AfterEach
  void closeBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void aSocialWorkerRecordsTheConsentThenRefersThePersonToAGp() throws IOException {
    String person =
        registry
            .register(TestPeople.eligibleAdult("Стоянка", "Насочена"), "officer")
            .registrationNumber();
    LocalDate today = clock.today();
    logIn("social");

    // --- the consent, from its start form
    startProcess("Съгласие за споделяне на данни");
    assertThat(text(By.cssSelector(".modal-content .fjs-container")))
        .contains("Съгласие за споделяне на данни");
    field("Регистрационен номер на участника").sendKeys(person);
    select("Споделяне на данни с", "Общопрактикуващ лекар");
    radio("Отговор на лицето", "Дава съгласие");
    date("Дата на подписване", today.format(DAY));
    click(checkbox("Име и фамилия"));
    click(checkbox("Дата на раждане"));
    dismissNotifications();
    chromium.formScreenshot("referral-01-consent");
    submitStart();
    wait.until(
        ignored ->
            jdbc.sql(
                        "select count(*) from data_sharing_consent"
                            + " where registration_number = ? and purpose = 'GP' and given")
                    .param(person)
                    .query(Long.class)
                    .single()
                == 1);
    assertThat(
            jdbc.sql(
                    "select data_items, recorded_by from data_sharing_consent"
                        + " where registration_number = ?")
                .param(person)
                .query((rs, i) -> rs.getString(1) + "/" + rs.getString(2))
                .single())
        .isEqualTo("NAME,BIRTH_DATE/social");

    // --- the referral, from its start form
    Set<String> before = instanceIds();
    startProcess("Насочване към друга институция");
    field("Регистрационен номер на участника").sendKeys(person);
    select("Къща на семейството", "Къща на семейството – Крън");
    select("Вид организация", "Общопрактикуващ лекар");
    field("Наименование на организацията").sendKeys("д-р Петрова, АПМП „Крън“");
    field("Причина за насочването").sendKeys("Избор на личен лекар");
    dismissNotifications();
    chromium.formScreenshot("referral-02-referral");
    submitStart();

    ProcessInstance started =
        wait.until(
            ignored ->
                runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).list().stream()
                    .filter(instance -> !before.contains(instance.getId()))
                    .findFirst()
                    .orElse(null));
    String number = started.getBusinessKey();
    assertThat(number).matches("R-\\d{4}-\\d{5}");
    Map<String, Object> referral =
        jdbc.sql("select * from referral where referral_number = ?")
            .param(number)
            .query()
            .singleRow();
    assertThat(referral)
        .containsEntry("STATUS", "ISSUED")
        .containsEntry("DATA_ITEMS", "NAME,BIRTH_DATE")
        .containsEntry("HOUSE_ID", "kran")
        .containsEntry("REFERRED_BY", "social")
        .containsEntry("REASON", "Избор на личен лекар");
    assertThat(runtime.getVariables(started.getId())).doesNotContainKey("referralReason");

    // --- the follow-up falls due: the referring worker's task links the letter
    management.executeJob(
        management
            .createJobQuery()
            .processInstanceId(started.getId())
            .timers()
            .singleResult()
            .getId());
    Task followUp = tasks.createTaskQuery().processInstanceId(started.getId()).singleResult();
    assertThat(followUp.getAssignee()).isEqualTo("social");
    openTask(followUp);
    String shown = text(By.cssSelector(".fjs-container"));
    assertThat(shown)
        .contains(
            "Проследяване на насочването", number, "Стоянка Н.", person, "Общопрактикуващ лекар");
    WebElement link = browser.findElement(By.linkText("PDF"));
    assertThat(link.getDomAttribute("href"))
        .isEqualTo("/api/family-houses/referrals/" + number + "/letter.pdf");
    chromium.formScreenshot("referral-03-follow-up");
  }

  // ---------------------------------------------------------------------------------------------

  private Set<String> instanceIds() {
    return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).list().stream()
        .map(ProcessInstance::getId)
        .collect(Collectors.toSet());
  }

  private void startProcess(String name) {
    click(By.cssSelector(".start-process-action"));
    click(By.xpath("//ul[contains(@class,'processes')]//a[normalize-space()='" + name + "']"));
    wait.until(visibilityOfElementLocated(By.cssSelector(".modal-content .fjs-container")));
  }

  private void submitStart() {
    click(By.cssSelector(".modal-content button[ng-click='startProcessInstance()']"));
    wait.until(invisibilityOfElementLocated(By.cssSelector(".modal-content")));
  }

  private void openTask(Task task) {
    browser.get(
        "http://127.0.0.1:" + port + "/camunda/app/tasklist/default/#/?task=" + task.getId());
    wait.until(
        visibilityOfElementLocated(
            By.xpath("//*[normalize-space(text())='" + task.getName() + "']")));
    wait.until(visibilityOfElementLocated(By.cssSelector(".fjs-container")));
  }

  /** Closes Tasklist's notifications, which may cover the form's buttons. */
  private void dismissNotifications() {
    ((JavascriptExecutor) browser)
        .executeScript(
            "document.querySelectorAll('.alert .close').forEach(button => button.click());");
    wait.until(
        ignored ->
            browser.findElements(By.cssSelector(".alert .close")).stream()
                .noneMatch(WebElement::isDisplayed));
  }

  private String text(By locator) {
    return wait.until(visibilityOfElementLocated(locator)).getText();
  }

  private void logIn(String user) {
    chromium.logIn("http://127.0.0.1:" + port + "/camunda/app/tasklist/default/", user);
  }

  /** The input of a form-js field, found by its label as a person finds it. */
  private WebElement field(String label) {
    WebElement labelElement =
        wait.until(
            ignored ->
                browser
                    .findElements(
                        By.xpath(
                            "//label[contains(@class,'fjs-form-field-label')][normalize-space(text())='"
                                + label
                                + "']"))
                    .stream()
                    .filter(WebElement::isDisplayed)
                    .findFirst()
                    .orElse(null));
    return browser.findElement(By.id(labelElement.getDomAttribute("for")));
  }

  private void date(String label, String day) {
    WebElement input = field(label);
    input.sendKeys(day);
    input.sendKeys(Keys.TAB);
  }

  private WebElement fieldBox(String label) {
    return wait.until(
        ignored ->
            browser
                .findElements(
                    By.xpath(
                        "//div[contains(@class,'fjs-form-field')][label[contains(@class,'fjs-form-field-label')]"
                            + "[normalize-space(text())='"
                            + label
                            + "']]"))
                .stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null));
  }

  /** The displayed checkbox of a checklist labelled so. */
  private WebElement checkbox(String label) {
    return wait.until(
        ignored -> {
          List<WebElement> found =
              browser
                  .findElements(
                      By.xpath(
                          "//label[normalize-space(.)='" + label + "']//input[@type='checkbox']"))
                  .stream()
                  .filter(box -> box.findElement(By.xpath("./ancestor::label")).isDisplayed())
                  .toList();
          return found.isEmpty() ? null : found.get(0);
        });
  }

  private void select(String label, String option) {
    WebElement box = fieldBox(label);
    click(box.findElement(By.cssSelector(".fjs-input-group")));
    WebElement item =
        wait.until(
            ignored ->
                box.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
                    .filter(element -> element.getText().trim().equals(option))
                    .findFirst()
                    .orElse(null));
    click(item);
  }

  private void radio(String label, String option) {
    click(
        fieldBox(label)
            .findElement(
                By.xpath(".//label[normalize-space(.)='" + option + "']/input[@type='radio']")));
  }

  private void click(By locator) {
    chromium.click(locator);
  }

  private void click(WebElement element) {
    chromium.click(element);
  }
}
