package bg.kazanlak.inclusion.identity;

import static org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN;

import java.util.List;

/** The Camunda groups of the public contract, with the Bulgarian names shown in Admin. */
public final class Groups {

  public static final String CASE_OFFICERS = "case-officers";
  public static final String SOCIAL_WORKERS = "social-workers";
  public static final String HR_OFFICERS = "hr-officers";
  public static final String FINANCE = "finance";
  public static final String INITIATIVE_COORDINATORS = "initiative-coordinators";
  public static final String PROJECT_MANAGERS = "project-managers";

  /** The engine's own administrators' group, which the engine's door guard also trusts. */
  public static final String ADMIN = CAMUNDA_ADMIN;

  public record GroupDefinition(String id, String name) {}

  public static final List<GroupDefinition> ALL =
      List.of(
          new GroupDefinition(CASE_OFFICERS, "Експерти по случаите"),
          new GroupDefinition(SOCIAL_WORKERS, "Социални работници"),
          new GroupDefinition(HR_OFFICERS, "Служители „Човешки ресурси“"),
          new GroupDefinition(FINANCE, "Финанси"),
          new GroupDefinition(INITIATIVE_COORDINATORS, "Координатори на инициативи"),
          new GroupDefinition(PROJECT_MANAGERS, "Ръководство на проекта"),
          new GroupDefinition(ADMIN, "Администратори"));

  private Groups() {}
}
