package bg.kazanlak.inclusion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The fast layer of process tests: the real model ({@code bpmn/<process>.bpmn} and the forms it
 * names) on a plain in-memory engine ({@code src/test/resources/camunda.cfg.xml}), every delegate
 * mocked ({@code camunda-platform-7-mockito}). No Spring, no application, no database rows: what
 * such a test proves is the model's paths, given what each delegate sets.
 *
 * <p>A subclass deploys its model with {@link #deploy}, registers its delegates' mocks in its own
 * {@code @BeforeEach} and asserts with {@code camunda-bpm-assert}. The beans the models name in
 * expressions besides the delegates ({@code dueDates}) are stubbed here.
 */
public abstract class ProcessModelTest {

  @RegisterExtension
  static final ProcessEngineExtension ENGINE =
      new SharedEngineExtension().configurationResource("camunda.cfg.xml").build();

  /** Any due date will do: the model tests execute timers explicitly. */
  public static final Date SOME_DUE_DATE = Date.from(Instant.parse("2030-01-01T10:00:00Z"));

  private static final Pattern FORM_REF = Pattern.compile("camunda:formRef=\"([^\"$]+)\"");

  private final Set<String> deployments = new LinkedHashSet<>();

  @BeforeEach
  void initialiseModelEngine() {
    BpmnAwareTests.init(engine());
    Mocks.register("dueDates", new AnyDueDates());
  }

  @AfterEach
  void resetModelEngine() {
    deployments.forEach(id -> engine().getRepositoryService().deleteDeployment(id, true));
    deployments.clear();
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  protected static ProcessEngine engine() {
    return ENGINE.getProcessEngine();
  }

  /**
   * Deploys {@code bpmn/<process>.bpmn} with every form it names ({@code bpmn/forms/<id>.form}).
   */
  protected void deploy(String... processes) {
    DeploymentBuilder deployment =
        engine().getRepositoryService().createDeployment().name("model-test");
    Set<String> forms = new LinkedHashSet<>();
    for (String process : processes) {
      String model = "bpmn/" + process + ".bpmn";
      deployment.addClasspathResource(model);
      Matcher form = FORM_REF.matcher(read(model));
      while (form.find()) {
        forms.add("bpmn/forms/" + form.group(1) + ".form");
      }
    }
    forms.forEach(deployment::addClasspathResource);
    deployments.add(deployment.deploy().getId());
  }

  protected static ProcessInstance start(String process, Map<String, Object> variables) {
    return engine().getRuntimeService().startProcessInstanceByKey(process, variables);
  }

  protected static ProcessInstance start(
      String process, String businessKey, Map<String, Object> variables) {
    return engine().getRuntimeService().startProcessInstanceByKey(process, businessKey, variables);
  }

  /** A message to one instance, the way the feature's cases correlate it. */
  protected static void correlate(String message, ProcessInstance instance) {
    engine()
        .getRuntimeService()
        .createMessageCorrelation(message)
        .processInstanceId(instance.getId())
        .correlate();
  }

  private static String read(String resource) {
    try (InputStream in = ProcessModelTest.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no " + resource + " on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The one extension of every model test class (a static field of this base class). After each
   * class the extension drops its services; it forgets the engine too, so the next class looks it
   * up again (Camunda caches the engine per configuration) instead of running without services.
   */
  static class SharedEngineExtension extends ProcessEngineExtension {

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
      super.afterAll(context);
      processEngine = null;
    }
  }

  /**
   * Stands in for the programme's {@code dueDates} bean in due-date and timer expressions: the same
   * method names, one fixed date. The real calendar is tested in {@code DueDatesTest}.
   */
  public static class AnyDueDates {

    public Date workingDays(int days) {
      return SOME_DUE_DATE;
    }

    public Date calendarDays(int days) {
      return SOME_DUE_DATE;
    }

    public Date endOfDay(String isoDate) {
      return SOME_DUE_DATE;
    }

    public Date endOfDayAfter(String isoDate, int days) {
      return SOME_DUE_DATE;
    }

    public Date followUpAfter(String isoDate, int months) {
      return SOME_DUE_DATE;
    }
  }
}
