package bg.kazanlak.inclusion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Bulgarian translation of the Camunda webapps (our {@code locales/bg.json} beside the webjar's
 * {@code en.json}) stays complete and keeps every placeholder and HTML tag, and our overriding
 * {@code config.js} keeps the webjar's original apart from the locales block.
 */
class WebappTranslationTest {

  private static final String APPS = "META-INF/resources/webjars/camunda/app/";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}");
  private static final Pattern HTML_TAG =
      Pattern.compile("</?(?:a|strong|b|i|em|br|span|code|p|div|ul|li)\\b[^>]*>");

  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void bulgarianHasEveryLabelWithItsPlaceholders(String app) throws IOException {
    JsonNode english = read(webjarResource(APPS + app + "/locales/en.json")).get("labels");
    JsonNode bulgarian = read(ourResource(APPS + app + "/locales/bg.json"));
    JsonNode labels = bulgarian.get("labels");

    assertThat(fieldNames(labels)).isEqualTo(fieldNames(english));
    List<String> broken = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = english.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> label = it.next();
      String en = label.getValue().asText();
      String bg = labels.get(label.getKey()).asText();
      if (!matches(PLACEHOLDER, en).equals(matches(PLACEHOLDER, bg))
          || !matches(HTML_TAG, en).equals(matches(HTML_TAG, bg))) {
        broken.add(label.getKey() + ": " + bg);
      }
      if (!en.isBlank() && bg.isBlank() && !en.equals("s")) {
        broken.add(label.getKey() + " is empty");
      }
    }
    assertThat(broken).isEmpty();
    if (!"welcome".equals(app)) {
      assertThat(bulgarian.get("dateLocales").get("months").get(0).asText()).isEqualTo("януари");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void configKeepsTheOriginalAndPutsBulgarianFirst(String app) throws IOException {
    String original = text(webjarResource(APPS + app + "/scripts/config.js"));
    String ours = text(ourResource(APPS + app + "/scripts/config.js"));

    assertThat(ours).contains("availableLocales: ['bg', 'en']", "fallbackLocale: 'bg'");
    // every line of the original that does something (not a comment) is still there, in order;
    // only Tasklist's shortcut descriptions are translated
    int from = 0;
    for (String line : original.split("\n")) {
      String code = line.strip();
      if (code.isEmpty()
          || code.startsWith("//")
          || code.startsWith("*")
          || code.startsWith("/*")
          || code.startsWith("description:")) {
        continue;
      }
      int at = ours.indexOf(code, from);
      assertThat(at).as("line of the original config.js: %s", code).isNotNegative();
      from = at + code.length();
    }
  }

  private static TreeSet<String> fieldNames(JsonNode node) {
    TreeSet<String> names = new TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> matches(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group().replaceAll("\\s", ""));
    }
    Collections.sort(found);
    return found;
  }

  /** The file inside the Camunda webjar (our own copy of the path comes first on the classpath). */
  private static URL webjarResource(String path) throws IOException {
    for (URL url : Collections.list(classLoader().getResources(path))) {
      if ("jar".equals(url.getProtocol()) && url.getPath().contains("camunda-webapp-webjar")) {
        return url;
      }
    }
    throw new IllegalStateException("not in the webjar: " + path);
  }

  private static URL ourResource(String path) throws IOException {
    for (URL url : Collections.list(classLoader().getResources(path))) {
      if ("file".equals(url.getProtocol())) {
        return url;
      }
    }
    throw new IllegalStateException("not in src/main/resources: " + path);
  }

  private static ClassLoader classLoader() {
    return WebappTranslationTest.class.getClassLoader();
  }

  private JsonNode read(URL url) throws IOException {
    return json.readTree(text(url));
  }

  private static String text(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
  }
}
