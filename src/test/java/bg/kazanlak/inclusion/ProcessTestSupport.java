package bg.kazanlak.inclusion;

import bg.kazanlak.inclusion.programme.ProgrammeClock;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The scaffolding of the Spring tests of the processes
 * ({@code @ExtendWith(ProcessTestSupport.class)} beside {@code @SpringBootTest}), written once:
 * {@code camunda-bpm-assert} on the engine of the test's context (not whichever engine Camunda's
 * JVM-wide registry holds), and after each test the assertions released and the programme's clock
 * back to real time, whatever the test froze it at.
 */
public class ProcessTestSupport implements BeforeEachCallback, AfterEachCallback {

  @Override
  public void beforeEach(ExtensionContext context) {
    BpmnAwareTests.init(beans(context).getBean(ProcessEngine.class));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    try {
      beans(context).getBean(ProgrammeClock.class).reset();
    } finally {
      BpmnAwareTests.reset();
    }
  }

  private static ApplicationContext beans(ExtensionContext context) {
    return SpringExtension.getApplicationContext(context);
  }
}
