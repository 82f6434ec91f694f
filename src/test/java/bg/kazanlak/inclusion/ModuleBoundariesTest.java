package bg.kazanlak.inclusion;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Every top-level package under {@code bg.kazanlak.inclusion} is an application module: others use
 * only its public top-level types (or a named interface it declares), and no two modules depend on
 * each other in a cycle. Pure bytecode analysis, no Spring context.
 */
class ModuleBoundariesTest {

  private static final ApplicationModules MODULES =
      ApplicationModules.of(KazanlakInclusionApplication.class);

  @Test
  void modulesKeepTheirBoundaries() {
    MODULES.verify();
  }

  /** The module diagram, {@code target/spring-modulith-docs/components.puml} (see docs/modules.puml). */
  @Test
  void writesTheModuleDiagram() {
    new Documenter(MODULES)
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml();
  }
}
