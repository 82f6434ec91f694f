package bg.kazanlak.inclusion;

import bg.kazanlak.inclusion.programme.ProgrammeClock;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The scaffolding of the Spring tests of the processes ({@link ProcessTest}, or
 * {@code @ExtendWith(ProcessTestSupport.class)} beside {@code @SpringBootTest}), written once:
 * {@code camunda-bpm-assert} (and {@link EngineSteps}) on the engine of the test's context (not
 * whichever engine Camunda's JVM-wide registry holds), the clock frozen where {@link
 * ProcessTest#clockFrozenAt()} says, and after each test nobody signed in to the engine any more,
 * the programme's clock back to real time, whatever the test froze it at, and the assertions
 * released.
 */
public class ProcessTestSupport implements BeforeEachCallback, AfterEachCallback {

  @Override
  public void beforeEach(ExtensionContext context) {
    BpmnAwareTests.init(beans(context).getBean(ProcessEngine.class));
    AnnotationSupport.findAnnotation(context.getRequiredTestClass(), ProcessTest.class)
        .map(ProcessTest::clockFrozenAt)
        .filter(at -> !at.isEmpty())
        .ifPresent(
            at -> beans(context).getBean(ProgrammeClock.class).freezeAt(LocalDateTime.parse(at)));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    try {
      // a test failing while signed in must not leave its user signed in for the next test
      beans(context).getBean(ProcessEngine.class).getIdentityService().clearAuthentication();
      beans(context).getBean(ProgrammeClock.class).reset();
    } finally {
      BpmnAwareTests.reset();
    }
  }

  private static ApplicationContext beans(ExtensionContext context) {
    return SpringExtension.getApplicationContext(context);
  }
}
