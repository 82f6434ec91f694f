package bg.kazanlak.inclusion.familyhouse;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import bg.kazanlak.inclusion.programme.ProgrammeProperties.FamilyHouse;
import jakarta.validation.Validation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.FileSystemResource;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * The shipped configuration passes; a role without a label or a settlement served twice does not.
 */
class FamilyHouseConfigurationCheckTest {

  private FamilyHouseProperties shipped;
  private ProgrammeProperties programme;

  @BeforeEach
  void bindTheShippedApplicationYaml() throws IOException {
    Binder binder =
        new Binder(
            ConfigurationPropertySources.from(
                new YamlPropertySourceLoader()
                    .load(
                        "application.yaml",
                        new FileSystemResource("src/main/resources/application.yaml"))));
    var validator =
        new SpringValidatorAdapter(Validation.buildDefaultValidatorFactory().getValidator());
    shipped =
        binder
            .bind(
                "inclusion.family-houses",
                Bindable.of(FamilyHouseProperties.class),
                new ValidationBindHandler(validator))
            .orElseThrow(() -> new AssertionError("inclusion.family-houses not bound"));
    programme =
        binder
            .bind("inclusion.programme", ProgrammeProperties.class)
            .orElseThrow(() -> new AssertionError("inclusion.programme not bound"));
  }

  @Test
  void theShippedConfigurationPasses() {
    assertThat(FamilyHouseConfigurationCheck.problems(shipped, programme)).isEmpty();
    assertThat(shipped.roleLabels()).hasSize(8).containsEntry("ROMA_MEDIATOR", "Ромски медиатор");
    assertThat(shipped.kindLabels()).hasSize(ServiceKind.values().length);
    assertThat(shipped.maxServiceMinutes()).isEqualTo(480);
    assertThat(shipped.maxNoteLength()).isEqualTo(500);
  }

  @Test
  void aRoleOrKindWithoutLabelATooLongNoteAndASettlementServedTwiceOrNotAtAllAreNamed() {
    Map<String, String> roles = new HashMap<>(shipped.roleLabels());
    roles.remove("PSYCHOLOGIST");
    Map<ServiceKind, String> kinds = new HashMap<>(shipped.kindLabels());
    kinds.put(ServiceKind.ON_SITE, " ");
    FamilyHouseProperties wrong = new FamilyHouseProperties(roles, kinds, 480, 1001);
    List<FamilyHouse> houses = new ArrayList<>(programme.familyHouses());
    FamilyHouse kran = houses.get(1);
    houses.set(
        1,
        new FamilyHouse(
            kran.id(), kran.name(), kran.settlement(), kran.roles(), List.of("Крън", "Шипка")));
    ProgrammeProperties changed =
        new ProgrammeProperties(
            programme.title(),
            programme.beneficiary(),
            programme.start(),
            programme.end(),
            programme.contracted(),
            programme.employers(),
            houses,
            programme.housingUnits(),
            programme.funding(),
            programme.targets(),
            programme.settlements());

    assertThat(FamilyHouseConfigurationCheck.problems(wrong, changed))
        .contains(
            "inclusion.family-houses.role-labels has no label of the role PSYCHOLOGIST of house 'kazanlak'",
            "inclusion.family-houses.kind-labels has no label of ON_SITE",
            "inclusion.family-houses.max-note-length must be at most 1000",
            "the settlement 'Шипка' is served by 2 family houses [kazanlak, kran], not by one",
            "the settlement 'Дунавци' is served by 0 family houses [], not by one");
  }
}
