package bg.kazanlak.inclusion;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * A Spring process test, written once: the application in the test profile, the class's process
 * coverage asserted and reported ({@link ProcessCoverageConfiguration}), {@link ProcessTestSupport}
 * around each test, the programme clock frozen where the class asks. Spring keys the context by the
 * imported classes, not by where they are declared, so these classes share the context of those
 * that spell the same annotations out (adding, say, {@code @RecordApplicationEvents}): the run
 * starts no second one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@ActiveProfiles("test")
@Import({ProcessCoverageConfiguration.class, ProcessEngineCoverageConfiguration.class})
@TestExecutionListeners(
    value = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@ExtendWith(ProcessTestSupport.class)
public @interface ProcessTest {

  /**
   * The moment in the programme's time ({@code "2022-06-06T09:00"}) {@link ProcessTestSupport}
   * freezes the programme clock at before each test, ahead of the class's own set-up; empty, the
   * default, leaves the clock running. After each test it runs in real time again either way.
   */
  String clockFrozenAt() default "";
}
