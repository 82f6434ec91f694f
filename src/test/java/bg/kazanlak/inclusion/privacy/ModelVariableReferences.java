package bg.kazanlak.inclusion.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every variable name that the files under {@code bpmn/} use, with where: form fields (every
 * component with a {@code key}), names in form templates ({@code {{name}}}) and FEEL expressions
 * ({@code =...}), names in the processes' expressions ({@code ${...}}), result variables,
 * initiators, input/output parameters, and the inputs of the decisions that a business rule task
 * evaluates on the process's variables. Read from the files, so models added later are covered.
 */
final class ModelVariableReferences {

  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

  /** A name used by a process (or a form nobody references yet: process null), and where. */
  record Reference(String file, String processId, String name, String where) {}

  /** A form field, and whether the form only shows it (read-only/disabled). */
  record FormField(String file, String formId, String key, boolean displayOnly) {}

  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{(.*?)}", Pattern.DOTALL);
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*(.*?)\\s*}}");
  private static final Pattern STRING_LITERAL = Pattern.compile("'[^']*'|\"[^\"]*\"");

  /** A name not after a dot (a property or method), not before "(" (a function). */
  private static final Pattern IDENTIFIER =
      Pattern.compile("(?<![\\w.$])([A-Za-z_][A-Za-z0-9_]*)\\b(?!\\s*\\()");

  private static final Set<String> KEYWORDS =
      Set.of(
          // JUEL
          "and",
          "or",
          "not",
          "eq",
          "ne",
          "lt",
          "gt",
          "le",
          "ge",
          "true",
          "false",
          "null",
          "empty",
          "div",
          "mod",
          "instanceof",
          // FEEL
          "if",
          "then",
          "else",
          "for",
          "in",
          "return",
          "some",
          "every",
          "satisfies",
          "between",
          "instance",
          "of",
          "function",
          // what the engine itself puts in scope
          "execution",
          "task",
          "variableScope",
          "authenticatedUserId");

  private final ObjectMapper json = new ObjectMapper();
  final List<Reference> references = new ArrayList<>();
  final List<FormField> formFields = new ArrayList<>();

  /** Process ids found in the models. */
  final Set<String> processIds = new java.util.TreeSet<>();

  /** decision key → input clause id → its input expression. */
  final Map<String, Map<String, String>> decisionInputs = new HashMap<>();

  private final Map<String, String> formToProcess = new HashMap<>();

  private record FormUse(String file, String formId, String name, String kind) {}

  private final List<FormUse> formUses = new ArrayList<>();
  private final List<String[]> decisionTasks = new ArrayList<>(); // file, process, element, key

  static ModelVariableReferences of(Path models) throws IOException {
    ModelVariableReferences refs = new ModelVariableReferences();
    try (Stream<Path> files = Files.walk(models)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String name =
            models.getParent() == null
                ? file.toString()
                : models.getParent().relativize(file).toString();
        refs.read(name, Files.readString(file));
      }
    }
    return refs.resolved();
  }

  /** Reads one file by its name (.bpmn, .dmn, .form); other files are not models. */
  ModelVariableReferences read(String fileName, String content) {
    try {
      if (fileName.endsWith(".bpmn")) {
        readProcess(fileName, xml(content));
      } else if (fileName.endsWith(".dmn")) {
        readDecisions(xml(content));
      } else if (fileName.endsWith(".form")) {
        readForm(fileName, json.readTree(content));
      }
    } catch (Exception e) {
      throw new IllegalArgumentException(fileName + " cannot be read: " + e.getMessage(), e);
    }
    return this;
  }

  /** Attributes form and decision references to the processes that use them. */
  ModelVariableReferences resolved() {
    for (FormUse use : formUses) {
      references.add(
          new Reference(
              use.file(),
              formToProcess.get(use.formId()),
              use.name(),
              "form " + use.formId() + ", " + use.kind()));
    }
    formUses.clear();
    for (String[] task : decisionTasks) {
      Map<String, String> inputs = decisionInputs.getOrDefault(task[3], Map.of());
      inputs.forEach(
          (clause, expression) ->
              names(expression)
                  .forEach(
                      name ->
                          references.add(
                              new Reference(
                                  task[0],
                                  task[1],
                                  name,
                                  "input "
                                      + clause
                                      + " ("
                                      + expression
                                      + ") of decision "
                                      + task[3]
                                      + ", evaluated by "
                                      + task[2]))));
    }
    decisionTasks.clear();
    return this;
  }

  // --- processes ---------------------------------------------------------------------------------

  private void readProcess(String file, Document document) {
    NodeList processes = document.getElementsByTagNameNS(BPMN, "process");
    for (int i = 0; i < processes.getLength(); i++) {
      Element process = (Element) processes.item(i);
      String processId = process.getAttribute("id");
      processIds.add(processId);
      walk(file, processId, process);
    }
  }

  private void walk(String file, String processId, Element element) {
    String where =
        element.getLocalName()
            + (element.hasAttribute("id")
                ? " " + element.getAttribute("id")
                : " of " + enclosing(element));
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      String value = attribute.getValue();
      expressions(value)
          .forEach(
              name -> add(file, processId, name, where + " @" + attribute.getName() + " " + value));
      if (CAMUNDA.equals(attribute.getNamespaceURI())) {
        switch (attribute.getLocalName()) {
          case "resultVariable", "initiator", "elementVariable" -> {
            if (!value.contains("{")) {
              add(file, processId, value, where + " @" + attribute.getName());
            }
          }
          case "formRef" -> formToProcess.put(value, processId);
          case "decisionRef" -> {
            if (!value.contains("{")) {
              decisionTasks.add(new String[] {file, processId, where, value});
            }
          }
          default -> {}
        }
      }
    }
    if (CAMUNDA.equals(element.getNamespaceURI())) {
      switch (element.getLocalName()) {
        case "inputParameter", "outputParameter", "formField" ->
            add(
                file,
                processId,
                element.getAttribute(element.getLocalName().equals("formField") ? "id" : "name"),
                where);
        case "in" -> addIfName(file, processId, element.getAttribute("source"), where);
        case "out" -> addIfName(file, processId, element.getAttribute("target"), where);
        default -> {}
      }
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        walk(file, processId, childElement);
      } else if (child.getNodeType() == Node.TEXT_NODE
          || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        String text = child.getNodeValue();
        expressions(text).forEach(name -> add(file, processId, name, where + " " + text.strip()));
      }
    }
  }

  private void addIfName(String file, String processId, String name, String where) {
    if (!name.isEmpty()) {
      add(file, processId, name, where);
    }
  }

  private static String enclosing(Element element) {
    for (Node node = element.getParentNode(); node != null; node = node.getParentNode()) {
      if (node instanceof Element e && e.hasAttribute("id")) {
        return e.getLocalName() + " " + e.getAttribute("id");
      }
    }
    return "?";
  }

  private void add(String file, String processId, String name, String where) {
    references.add(new Reference(file, processId, name, where));
  }

  // --- decisions ---------------------------------------------------------------------------------

  private void readDecisions(Document document) {
    NodeList decisions = document.getElementsByTagNameNS("*", "decision");
    for (int i = 0; i < decisions.getLength(); i++) {
      Element decision = (Element) decisions.item(i);
      Map<String, String> inputs = new LinkedHashMap<>();
      NodeList clauses = decision.getElementsByTagNameNS("*", "input");
      for (int j = 0; j < clauses.getLength(); j++) {
        Element clause = (Element) clauses.item(j);
        NodeList expression = clause.getElementsByTagNameNS("*", "text");
        inputs.put(
            clause.getAttribute("id"),
            expression.getLength() == 0 ? "" : expression.item(0).getTextContent().strip());
      }
      decisionInputs.put(decision.getAttribute("id"), inputs);
    }
  }

  // --- forms -------------------------------------------------------------------------------------

  private void readForm(String file, JsonNode form) {
    String formId = form.path("id").asText();
    readComponents(file, formId, form);
  }

  private void readComponents(String file, String formId, JsonNode node) {
    readComponents(file, formId, node, false);
  }

  /**
   * A dynamic list (or a group with a path) submits its rows as one variable, its {@code path}: the
   * keys inside are the rows' properties, not variables; what they show from the case ({@code
   * valuesKey}, templates) is still read from the variables.
   */
  private void readComponents(String file, String formId, JsonNode node, boolean inRows) {
    for (JsonNode component : node.path("components")) {
      String path = component.path("path").asText("");
      if (!path.isBlank()) {
        formFields.add(new FormField(file, formId, path, false));
        formUses.add(new FormUse(file, formId, path, "field"));
      }
      if (!inRows && component.hasNonNull("key")) {
        String key = component.get("key").asText();
        boolean displayOnly =
            component.path("readonly").asBoolean(false)
                || component.path("disabled").asBoolean(false);
        formFields.add(new FormField(file, formId, key, displayOnly));
        formUses.add(new FormUse(file, formId, key, "field"));
      }
      if (component.hasNonNull("valuesKey")) {
        formUses.add(new FormUse(file, formId, component.get("valuesKey").asText(), "valuesKey"));
      }
      feel(component)
          .forEach(name -> formUses.add(new FormUse(file, formId, name, "template or expression")));
      readComponents(file, formId, component, inRows || !path.isBlank());
    }
  }

  /** Names in the component's own strings: {{templates}} and =FEEL expressions. */
  private List<String> feel(JsonNode component) {
    List<String> names = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> fields = component.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (field.getKey().equals("components")) {
        continue;
      }
      strings(
          field.getValue(),
          value -> {
            Matcher template = TEMPLATE.matcher(value);
            while (template.find()) {
              names.addAll(names(template.group(1)));
            }
            if (value.startsWith("=")) {
              names.addAll(names(value.substring(1)));
            }
          });
    }
    return names;
  }

  private static void strings(JsonNode node, java.util.function.Consumer<String> action) {
    if (node.isTextual()) {
      action.accept(node.asText());
    } else if (node.isObject() && !node.has("components")) {
      node.elements().forEachRemaining(child -> strings(child, action));
    }
  }

  // --- expressions -------------------------------------------------------------------------------

  static List<String> expressions(String text) {
    List<String> names = new ArrayList<>();
    Matcher expression = EXPRESSION.matcher(text);
    while (expression.find()) {
      names.addAll(names(expression.group(1)));
    }
    return names;
  }

  /** The root names an expression reads (not properties, methods, functions or keywords). */
  static List<String> names(String expression) {
    String code = STRING_LITERAL.matcher(expression).replaceAll(" ");
    List<String> names = new ArrayList<>();
    Matcher identifier = IDENTIFIER.matcher(code);
    while (identifier.find()) {
      if (!KEYWORDS.contains(identifier.group(1))) {
        names.add(identifier.group(1));
      }
    }
    return names;
  }

  private static Document xml(String content) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
  }
}
