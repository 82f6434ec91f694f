package bg.kazanlak.inclusion.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ISUN's template microdata_ESF.xlsx as extracted, character for character, into {@code
 * src/test/resources/isun/}: the header cells of rows 1-2 with their merged regions, and the named
 * lists its validations use.
 */
final class IsunTemplate {

  /** Cell address (e.g. {@code AD1}) to its text. */
  final Map<String, String> headerCells = new LinkedHashMap<>();

  /** The merged regions of rows 1-2, e.g. {@code B1:M1}. */
  final Set<String> merged = new LinkedHashSet<>();

  /** List name (e.g. {@code пазар}, {@code Стара_Загора}) to its values. */
  final Map<String, Set<String>> lists = new LinkedHashMap<>();

  private IsunTemplate() {}

  static IsunTemplate load() {
    IsunTemplate template = new IsunTemplate();
    for (String[] line : lines("/isun/microdata_ESF-headers.txt")) {
      if (line[0].equals("merged")) {
        template.merged.add(line[1]);
      } else {
        template.headerCells.put(line[0], line[1]);
      }
    }
    for (String[] line : lines("/isun/microdata_ESF-values.txt")) {
      template.lists.computeIfAbsent(line[0], k -> new LinkedHashSet<>()).add(line[1]);
    }
    return template;
  }

  Set<String> list(String name) {
    Set<String> values = lists.get(name);
    if (values == null) {
      throw new IllegalArgumentException("the template has no list " + name);
    }
    return values;
  }

  private static List<String[]> lines(String resource) {
    try (InputStream in = IsunTemplate.class.getResourceAsStream(resource)) {
      List<String[]> lines = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          lines.add(line.split("\t", 2));
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
