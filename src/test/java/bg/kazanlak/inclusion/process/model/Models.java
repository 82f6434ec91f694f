package bg.kazanlak.inclusion.process.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.MethodMetadata;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * What every model conventions test shares: where the models are, reading every {@code bpmn/*.bpmn}
 * (data-driven: a new model is checked without editing a test), running a list of checks on one
 * model, and the sentences a violation is reported in ("file: element: what is wrong").
 *
 * <p>Needs no engine and no Spring context: models are read with the Camunda model APIs, forms with
 * Jackson, and delegate beans are found by Spring's classpath scanner, which reads annotations
 * without instantiating anything. Every check returns its violations, so the negative tests can run
 * the very same checks on deliberately broken copies of {@link SampleModel}.
 */
final class Models {

  private Models() {}

  static final Path MODELS = Path.of("bpmn");

  static final Path FORMS = MODELS.resolve("forms");

  static final Path DECISIONS = MODELS.resolve("dmn");

  static final String BASE_PACKAGE = "bg.kazanlak.inclusion";

  /** Group ids of CONTRACT.md. */
  static final Set<String> CONTRACT_GROUPS =
      Set.of(
          "case-officers",
          "social-workers",
          "hr-officers",
          "finance",
          "initiative-coordinators",
          "project-managers",
          "camunda-admin");

  /** CONTRACT.md: processes that can be started from Tasklist's start form. */
  static final Set<String> STARTED_FROM_TASKLIST =
      Set.of("participant-onboarding", "initiative-approval", "expense-approval");

  static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

  static final String ISO_DURATION =
      "P(?=\\d|T\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?";

  static final ObjectMapper JSON = new ObjectMapper();

  /** One check of a model; adds what is wrong to {@code v}. */
  @FunctionalInterface
  interface Check {
    void check(BpmnModelInstance model, Path bpmnFile, Path formsDir, Path dmnDir, Violations v);
  }

  /** The violations of the given checks in one process model; empty when it follows them. */
  static List<String> violations(Path bpmnFile, Path formsDir, Path dmnDir, List<Check> checks) {
    Violations v = new Violations(bpmnFile.getFileName().toString());
    BpmnModelInstance model;
    try {
      model = Bpmn.readModelFromFile(bpmnFile.toFile());
    } catch (RuntimeException e) {
      v.add("cannot be read as BPMN 2.0 (" + rootMessage(e) + ")");
      return v.list;
    }
    for (Check check : checks) {
      check.check(model, bpmnFile, formsDir, dmnDir, v);
    }
    return v.list;
  }

  /** Paths (relative to bpmn/) of every file under bpmn/, for parameterized tests. */
  static Stream<String> filesUnderBpmn() throws IOException {
    assertThat(MODELS)
        .as(
            "the models folder, relative to the project directory (%s)",
            Path.of("").toAbsolutePath())
        .isDirectory();
    List<String> files;
    try (Stream<Path> walk = Files.walk(MODELS)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().startsWith("."))
              .map(f -> MODELS.relativize(f).toString().replace('\\', '/'))
              .sorted()
              .toList();
    }
    assertThat(files).as("files under %s", MODELS).isNotEmpty();
    return files.stream();
  }

  /** Every process model (*.bpmn under bpmn/), relative to bpmn/. */
  static Stream<String> bpmnModels() throws IOException {
    List<String> models = filesUnderBpmn().filter(f -> f.endsWith(".bpmn")).toList();
    assertThat(models).as("process models in %s", MODELS).isNotEmpty();
    return models.stream();
  }

  static Stream<String> formFiles() throws IOException {
    return filesUnderBpmn().filter(f -> f.endsWith(".form"));
  }

  static Stream<String> decisionFiles() throws IOException {
    return filesUnderBpmn().filter(f -> f.endsWith(".dmn"));
  }

  static void assertNoViolations(Path file, List<String> violations) {
    assertThat(violations)
        .withFailMessage(
            () ->
                file
                    + " breaks "
                    + violations.size()
                    + " model convention(s) (ARCHITECTURE.md, Process conventions):\n  - "
                    + String.join("\n  - ", violations))
        .isEmpty();
  }

  /** Form id -> the files that declare it. */
  static Map<String, List<Path>> formIds(Path formsDir) {
    Map<String, List<Path>> ids = new TreeMap<>();
    for (Path file : filesEndingWith(formsDir, ".form", true)) {
      try {
        String id =
            JSON.readTree(Files.readString(file, StandardCharsets.UTF_8)).path("id").asText("");
        if (!id.isBlank()) {
          ids.computeIfAbsent(id, key -> new ArrayList<>()).add(file);
        }
      } catch (IOException | RuntimeException unreadable) {
        // reported by formViolations for that file
      }
    }
    return ids;
  }

  /** A bean of the application: a component class, or a @Bean method of one. */
  record BeanDeclaration(String name, String type, boolean componentClass) {
    Class<?> load() {
      try {
        return ClassUtils.forName(type, Models.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        return null;
      }
    }
  }

  /** Bean name -> declaration, for the main code under {@link #BASE_PACKAGE}; scanned once. */
  static final class Beans {
    static final Map<String, BeanDeclaration> INDEX = scan();

    private static Map<String, BeanDeclaration> scan() {
      ClassPathScanningCandidateComponentProvider scanner =
          new ClassPathScanningCandidateComponentProvider(false);
      scanner.addIncludeFilter(
          new AnnotationTypeFilter(Component.class)); // also @Service, @Configuration, ...
      SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
      Map<String, BeanDeclaration> index = new TreeMap<>();
      for (BeanDefinition candidate : scanner.findCandidateComponents(BASE_PACKAGE)) {
        if (!(candidate instanceof AnnotatedBeanDefinition definition) || isTestClass(candidate)) {
          continue;
        }
        String name = AnnotationBeanNameGenerator.INSTANCE.generateBeanName(definition, registry);
        index.put(name, new BeanDeclaration(name, definition.getBeanClassName(), true));
        for (MethodMetadata method :
            definition.getMetadata().getAnnotatedMethods(Bean.class.getName())) {
          Map<String, Object> attributes = method.getAnnotationAttributes(Bean.class.getName());
          String[] names = attributes == null ? null : (String[]) attributes.get("name");
          String beanName = names != null && names.length > 0 ? names[0] : method.getMethodName();
          index.putIfAbsent(
              beanName, new BeanDeclaration(beanName, method.getReturnTypeName(), false));
        }
      }
      return index;
    }

    /** Test classes are no delegates for models, except this test's own sample listener. */
    private static boolean isTestClass(BeanDefinition definition) {
      return definition instanceof AbstractBeanDefinition abstractDefinition
          && String.valueOf(abstractDefinition.getResourceDescription()).contains("test-classes")
          && !SampleModel.SampleTaskListener.class.getName().equals(definition.getBeanClassName());
    }
  }

  /** Collects "file: element: message" sentences. */
  static final class Violations {
    final String file;
    final List<String> list = new ArrayList<>();

    Violations(String file) {
      this.file = file;
    }

    void add(String message) {
      list.add(file + ": " + message);
    }

    void add(ModelElementInstance element, String message) {
      list.add(file + ": " + describe(element) + ": " + message);
    }
  }

  static String describe(ModelElementInstance element) {
    if (element == null) {
      return "(unknown element)";
    }
    String type = element.getElementType().getTypeName();
    String id = element.getAttributeValue("id");
    String name = element.getAttributeValue("name");
    return type + " " + (id == null ? "(no id)" : id) + (isBlank(name) ? "" : " \"" + name + "\"");
  }

  /** The nearest BPMN element that owns an extension, expression or event definition. */
  static BaseElement owner(ModelElementInstance element) {
    ModelElementInstance current = element.getParentElement();
    while (current != null && !(current instanceof BaseElement)) {
      current = current.getParentElement();
    }
    return (BaseElement) current;
  }

  static boolean hasExtension(BaseElement element, Class<? extends ModelElementInstance> type) {
    return element.getExtensionElements() != null
        && !element.getExtensionElements().getElementsQuery().filterByType(type).list().isEmpty();
  }

  /** Executable process ids of the *.bpmn files directly in a folder. */
  static Set<String> processIds(Path folder) {
    Set<String> ids = new TreeSet<>();
    for (Path file : filesEndingWith(folder, ".bpmn", false)) {
      try {
        Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Process.class).stream()
            .filter(Process::isExecutable)
            .forEach(process -> ids.add(process.getId()));
      } catch (RuntimeException unreadable) {
        // reported by violations() for that file
      }
    }
    return ids;
  }

  static List<Path> filesEndingWith(Path folder, String suffix, boolean recursive) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = recursive ? Files.walk(folder) : Files.list(folder)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().endsWith(suffix))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> duplicates(Map<String, List<Path>> ids, String kind) {
    return ids.entrySet().stream()
        .filter(e -> e.getValue().size() > 1)
        .map(
            e ->
                kind
                    + " id \""
                    + e.getKey()
                    + "\" is declared by "
                    + e.getValue().size()
                    + " files: "
                    + e.getValue().stream().map(p -> p.getFileName().toString()).toList())
        .toList();
  }

  static String text(ModelElementInstance element) {
    return element.getTextContent() == null ? "" : element.getTextContent();
  }

  static String ids(Collection<? extends BaseElement> elements) {
    return elements.stream().map(BaseElement::getId).toList().toString();
  }

  static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  static String quoted(String value) {
    return value == null ? "not set" : "\"" + value + "\"";
  }

  static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
