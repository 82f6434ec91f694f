package bg.kazanlak.inclusion;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Referrals in the real Tasklist, in a real (headless) Chromium: the demo social worker records a
 * person's consent to share their name and date of birth with a GP from the consent's start form,
 * then refers the person to a GP from the referral's start form; the referral is issued with the
 * consented data only, and once its follow-up falls due the follow-up form links the letter.
 * Screenshots go to {@code target/screenshots/referral-*.png}.
 */
@TestPropertySource(
    properties = "spring.datasource.url=jdbc:h2:mem:browser-referral;DB_CLOSE_DELAY=-1")
@EnabledIf(value = BrowserTest.INSTALLED, disabledReason = BrowserTest.NOT_INSTALLED)
class ReferralBrowserIT extends BrowserTest {

  private static final String PROCESS = "family-house-referral";

  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired ParticipantRegistry registry;
  @Autowired ProgrammeClock clock;
  @Autowired JdbcClient jdbc;

  @Test
  void aSocialWorkerRecordsTheConsentThenRefersThePersonToAGp() throws IOException {
    String person =
        registry
            .register(TestPeople.eligibleAdult("Стоянка", "Насочена"), "officer")
            .registrationNumber();
    LocalDate today = clock.today();
    tasklist.logIn("social");

    // --- the consent, from its start form
    tasklist.startProcess("Съгласие за споделяне на данни");
    assertThat(tasklist.startFormText()).contains("Съгласие за споделяне на данни");
    tasklist.field("Регистрационен номер на участника").sendKeys(person);
    tasklist.select("Споделяне на данни с", "Общопрактикуващ лекар");
    tasklist.radio("Отговор на лицето", "Дава съгласие");
    tasklist.date("Дата на подписване", today);
    chromium.click(tasklist.checkboxes("Име и фамилия").get(0));
    chromium.click(tasklist.checkboxes("Дата на раждане").get(0));
    tasklist.dismissNotifications();
    chromium.formScreenshot("referral-01-consent");
    tasklist.submitStartForm();
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
    tasklist.startProcess("Насочване към друга институция");
    tasklist.field("Регистрационен номер на участника").sendKeys(person);
    tasklist.select("Къща на семейството", "Къща на семейството – Крън");
    tasklist.select("Вид организация", "Общопрактикуващ лекар");
    tasklist.field("Наименование на организацията").sendKeys("д-р Петрова, АПМП „Крън“");
    tasklist.field("Причина за насочването").sendKeys("Избор на личен лекар");
    tasklist.dismissNotifications();
    chromium.formScreenshot("referral-02-referral");
    tasklist.submitStartForm();

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
    tasklist.openTask(followUp);
    String shown = tasklist.formText();
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
}
