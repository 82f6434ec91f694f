package bg.kazanlak.inclusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.participant.ParticipantStatus;
import bg.kazanlak.inclusion.participant.onboarding.OnboardingCases;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starting, stopping and refusing to start: the application as an operator meets it. These contexts
 * run without the Camunda webapps, whose servlet filters keep a JVM-wide reference to the
 * application context and would be left pointing at a context that refused to start.
 */
class ApplicationLifecycleTest {

  @TempDir Path dataDir;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void casesAndWaitingTasksSurviveARestartOnTheSameFileDatabase() {
    String url = "jdbc:h2:file:" + dataDir.resolve("inclusion").toAbsolutePath();
    String regNo;
    try (ConfigurableApplicationContext first = TestApplications.start(url)) {
      first.getBean(ProgrammeClock.class).freezeAt(LocalDateTime.of(2022, 6, 6, 9, 0));
      regNo =
          first
              .getBean(OnboardingCases.class)
              .register(TestPeople.eligibleAdult("Любомир", "Цонев"), "officer")
              .registrationNumber();
    }

    try (ConfigurableApplicationContext second = TestApplications.start(url)) {
      assertThat(second.getBean(ParticipantRegistry.class).get(regNo).status())
          .isEqualTo(ParticipantStatus.ELIGIBLE);
      assertThat(
              second
                  .getBean(TaskService.class)
                  .createTaskQuery()
                  .processInstanceBusinessKey(regNo)
                  .taskDefinitionKey("Task_AssessNeeds")
                  .count())
          .isOne();
    }
  }

  @Test
  void withoutTheDemoProfileTheAdministratorPasswordIsRequired() {
    assertThatThrownBy(
            () ->
                new SpringApplicationBuilder(KazanlakInclusionApplication.class)
                    .run(
                        "--server.port=0",
                        "--camunda.bpm.webapp.enabled=false",
                        "--spring.datasource.url=jdbc:h2:mem:no-admin",
                        "--camunda.bpm.job-execution.enabled=false",
                        "--inclusion.admin.password=")
                    .close())
        .hasStackTraceContaining("INCLUSION_ADMIN_PASSWORD");
  }

  @Test
  void aProgrammeWhoseFiguresDoNotAddUpDoesNotStart() {
    assertThatThrownBy(
            () ->
                TestApplications.start(
                        "jdbc:h2:mem:bad-programme", "--inclusion.programme.contracted=1555364.21")
                    .close())
        .hasStackTraceContaining(
            "inclusion.programme.contracted 1555364.21 differs from the sum of the funding "
                + "programmes 1555364.20");
  }
}
