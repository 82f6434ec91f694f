package bg.kazanlak.inclusion.process;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The fields of one deployed Camunda Form as Tasklist submits them: every component with a {@code
 * key} that is not disabled (form-js does not submit disabled fields), and among them the read-only
 * ones, which Tasklist sends back unchanged. A dynamic list is one field, its {@code path}.
 */
public record DeployedForm(String id, Set<String> fields, Set<String> readOnlyFields) {

  /** A task or start event without a form may be completed with no variables at all. */
  public static final DeployedForm NONE = new DeployedForm(null, Set.of(), Set.of());

  public static DeployedForm parse(JsonNode form) {
    Set<String> fields = new LinkedHashSet<>();
    Set<String> readOnly = new LinkedHashSet<>();
    collect(form, fields, readOnly);
    return new DeployedForm(
        form.path("id").asText(null),
        Collections.unmodifiableSet(fields),
        Collections.unmodifiableSet(readOnly));
  }

  private static void collect(JsonNode container, Set<String> fields, Set<String> readOnly) {
    for (JsonNode component : container.path("components")) {
      String path = component.path("path").asText("");
      if (!path.isBlank()) {
        // a dynamic list or a group with a path submits its rows as one value under the path;
        // the fields inside are the rows' properties, which the delegate reads and checks
        if (!component.path("disabled").asBoolean(false)) {
          fields.add(path);
        }
        continue;
      }
      String key = component.path("key").asText(null);
      if (key != null && !component.path("disabled").asBoolean(false)) {
        fields.add(key);
        // a FEEL expression ("=...") may make a field read-only at run time: treat it as such
        JsonNode flag = component.path("readonly");
        if (flag.asBoolean(false) || flag.asText("").startsWith("=")) {
          readOnly.add(key);
        }
      }
      collect(component, fields, readOnly);
    }
  }
}
