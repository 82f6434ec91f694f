package bg.kazanlak.inclusion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Every top-level package under {@code bg.kazanlak.inclusion} is an application module: others use
 * only its public top-level types (or a named interface it declares), only the modules its {@code
 * package-info.java} allows, and no two modules depend on each other in a cycle. Pure bytecode and
 * source analysis, no Spring context.
 */
class ModuleBoundariesTest {

  private static final String BASE = KazanlakInclusionApplication.class.getPackageName();
  private static final ApplicationModules MODULES =
      ApplicationModules.of(KazanlakInclusionApplication.class);
  private static final Path SOURCES = Path.of("src/main/java", BASE.split("\\."));
  private static final Pattern MODULE_REFERENCE =
      Pattern.compile(Pattern.quote(BASE) + "\\.([a-z]+)\\.");

  @Test
  void modulesKeepTheirBoundaries() {
    MODULES.verify();
  }

  /**
   * The compiler copies a constant ({@code Groups.ADMIN}) into the class that reads it, so the
   * bytecode analysis above cannot see that dependency: the sources must name no module beyond
   * those their module allows, and the allowed dependencies themselves must form no cycle.
   */
  @Test
  void sourcesNameOnlyTheAllowedModulesAndTheseFormNoCycle() {
    Map<String, Set<String>> allowed = new LinkedHashMap<>();
    MODULES.forEach(module -> allowed.put(module.getName(), allowedDependencies(module.getName())));

    allowed.forEach(
        (module, dependencies) ->
            assertThat(referencedModules(module))
                .as("modules named in the sources of %s (allowed: %s)", module, dependencies)
                .isSubsetOf(dependencies));
    allowed.keySet().forEach(module -> assertNoCycle(module, allowed, List.of(module)));
  }

  /**
   * The module diagram, {@code target/spring-modulith-docs/components.puml} (see
   * docs/modules.puml).
   */
  @Test
  void writesTheModuleDiagram() {
    new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
  }

  private static Set<String> allowedDependencies(String module) {
    try {
      ApplicationModule declared =
          Class.forName(BASE + "." + module + ".package-info")
              .getAnnotation(ApplicationModule.class);
      assertThat(declared).as("@ApplicationModule of %s", module).isNotNull();
      return Arrays.stream(declared.allowedDependencies())
          .map(dependency -> dependency.split("::")[0].trim())
          .collect(Collectors.toCollection(TreeSet::new));
    } catch (ClassNotFoundException e) {
      throw new AssertionError("Module " + module + " declares no package-info.java", e);
    }
  }

  private static Set<String> referencedModules(String module) {
    Set<String> referenced = new TreeSet<>();
    try (Stream<Path> files = Files.walk(SOURCES.resolve(module))) {
      files
          .filter(file -> file.toString().endsWith(".java"))
          .forEach(
              file -> {
                Matcher reference = MODULE_REFERENCE.matcher(read(file));
                while (reference.find()) {
                  String target = reference.group(1);
                  if (!target.equals(module) && MODULES.getModuleByName(target).isPresent()) {
                    referenced.add(target);
                  }
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return referenced;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertNoCycle(
      String module, Map<String, Set<String>> allowed, List<String> path) {
    for (String next : allowed.getOrDefault(module, Set.of())) {
      assertThat(path)
          .as("allowed dependencies form a cycle: %s -> %s", path, next)
          .doesNotContain(next);
      List<String> longer = Stream.concat(path.stream(), Stream.of(next)).toList();
      assertNoCycle(next, allowed, longer);
    }
  }
}
