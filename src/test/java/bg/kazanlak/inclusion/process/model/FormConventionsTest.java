package bg.kazanlak.inclusion.process.model;

import static bg.kazanlak.inclusion.process.model.Models.*;
import static bg.kazanlak.inclusion.process.model.SampleModel.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rule 8 of ARCHITECTURE.md's process conventions: every {@code bpmn/forms/*.form} is a Camunda 7
 * form whose id is its file name (unique across the folder) and whose fields have Bulgarian labels.
 * That user tasks and start events refer to deployed forms: {@link UserTaskConventionsTest}.
 */
@DisplayName("Camunda Forms (bpmn/forms)")
class FormConventionsTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("bg.kazanlak.inclusion.process.model.Models#formFiles")
  @DisplayName("every form")
  void everyFormFollowsTheConventions(String relativePath) {
    Path file = MODELS.resolve(relativePath);
    assertNoViolations(file, formViolations(file));
  }

  @Test
  @DisplayName("form ids are unique across bpmn/forms")
  void formIdsAreUnique() {
    List<String> duplicates = duplicateFormIds(FORMS);
    assertThat(duplicates)
        .withFailMessage(() -> "Form ids must be unique:\n  - " + String.join("\n  - ", duplicates))
        .isEmpty();
  }

  /** Rule 8: a Camunda 7 form whose id is its file name and whose fields have Bulgarian labels. */
  static List<String> formViolations(Path formFile) {
    List<String> violations = new ArrayList<>();
    String file = formFile.getFileName().toString();
    String expectedId = file.substring(0, file.length() - ".form".length());
    JsonNode form;
    try {
      form = JSON.readTree(Files.readString(formFile, StandardCharsets.UTF_8));
    } catch (IOException e) {
      violations.add(file + ": is not valid JSON (" + rootMessage(e) + ")");
      return violations;
    }
    if (form == null || !form.isObject()) {
      violations.add(file + ": is not a JSON object");
      return violations;
    }
    String id = form.path("id").asText("");
    if (id.isBlank()) {
      violations.add(file + ": has no \"id\" (camunda:formRef refers to it)");
    } else if (!id.equals(expectedId)) {
      violations.add(
          file + ": its id \"" + id + "\" must equal the file name \"" + expectedId + "\"");
    }
    JsonNode platform = form.get("executionPlatform");
    if (platform != null && !"Camunda Platform".equals(platform.asText())) {
      violations.add(
          file
              + ": executionPlatform is \""
              + platform.asText()
              + "\"; the forms run in Camunda Platform 7's Tasklist");
    }
    if (!form.path("components").isArray()) {
      violations.add(file + ": has no \"components\" array");
      return violations;
    }
    checkComponents(file, form.get("components"), violations);
    return violations;
  }

  static void checkComponents(String file, JsonNode components, List<String> violations) {
    for (JsonNode component : components) {
      String type = component.path("type").asText("");
      if (component.hasNonNull("key") && !"expression".equals(type)) {
        String key = component.get("key").asText();
        for (String labelProperty : labelProperties(component)) {
          String label = component.path(labelProperty).asText("");
          String where = file + ": field \"" + key + "\" (" + type + ")";
          if (label.isBlank()) {
            violations.add(where + " has no " + labelProperty);
          } else if (!CYRILLIC.matcher(label).find()) {
            violations.add(
                where
                    + ": "
                    + labelProperty
                    + " \""
                    + label
                    + "\" is not Bulgarian (no Cyrillic letter)");
          }
        }
      }
      if (component.path("components").isArray()) {
        checkComponents(file, component.get("components"), violations);
      }
    }
  }

  /** A datetime field is labelled by dateLabel / timeLabel, every other field by label. */
  static List<String> labelProperties(JsonNode component) {
    if (!"datetime".equals(component.path("type").asText())) {
      return List.of("label");
    }
    return switch (component.path("subtype").asText("date")) {
      case "time" -> List.of("timeLabel");
      case "datetime" -> List.of("dateLabel", "timeLabel");
      default -> List.of("dateLabel");
    };
  }

  static List<String> duplicateFormIds(Path formsDir) {
    return duplicates(formIds(formsDir), "form");
  }

  @Nested
  @DisplayName("the checks report a broken form")
  class TheChecksReportABrokenForm {

    @TempDir Path dir;
    SampleModel.Workspace sample;

    @BeforeEach
    void writeValidSample() throws IOException {
      sample = new SampleModel.Workspace(dir);
    }

    @Test
    @DisplayName("the sample's forms pass these checks")
    void theValidSampleHasNoViolations() {
      assertThat(formViolations(sample.forms.resolve("sample-task.form"))).isEmpty();
      assertThat(formViolations(sample.forms.resolve("sample-start.form"))).isEmpty();
    }

    @Test
    @DisplayName("a form with an English, a missing and a Bulgarian label reports the first two")
    void formLabelsMustBeBulgarian() throws IOException {
      Path file = sample.forms.resolve("sample-task.form");
      Files.writeString(
          file,
          form("sample-task")
              .replace("\"label\": \"Бележка\"", "\"label\": \"Note\"")
              .replace("\"dateLabel\": \"Дата\"", "\"dateLabel\": \"\""));
      assertThat(formViolations(file))
          .containsExactlyInAnyOrder(
              "sample-task.form: field \"note\" (textfield): label \"Note\" is not Bulgarian (no Cyrillic letter)",
              "sample-task.form: field \"day\" (datetime) has no dateLabel");
    }

    @Test
    @DisplayName("a form whose id differs from its file name, or without components, is reported")
    void formIdMustBeTheFileName() throws IOException {
      Path file = sample.forms.resolve("sample-task.form");
      Files.writeString(file, "{\"id\": \"another-id\"}");
      assertThat(formViolations(file))
          .containsExactly(
              "sample-task.form: its id \"another-id\" must equal the file name \"sample-task\"",
              "sample-task.form: has no \"components\" array");
    }

    @Test
    @DisplayName("a form that is not JSON is reported")
    void formMustBeJson() throws IOException {
      Path file = sample.forms.resolve("sample-task.form");
      Files.writeString(file, "{\"id\": \"sample-task\", ");
      assertThat(formViolations(file))
          .singleElement()
          .asString()
          .startsWith("sample-task.form: is not valid JSON");
    }

    @Test
    @DisplayName("two forms with the same id are reported")
    void duplicateFormIdsAreReported() throws IOException {
      Files.writeString(sample.forms.resolve("copy-of-sample-task.form"), form("sample-task"));
      assertThat(duplicateFormIds(sample.forms))
          .containsExactly(
              "form id \"sample-task\" is declared by 2 files: [copy-of-sample-task.form, sample-task.form]");
    }
  }
}
