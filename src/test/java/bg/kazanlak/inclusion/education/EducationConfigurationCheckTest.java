package bg.kazanlak.inclusion.education;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.programme.KazanlakProgrammeFixture;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EducationConfigurationCheckTest {

  private final ProgrammeProperties programme = KazanlakProgrammeFixture.kazanlak();

  @Test
  void everyKindOnAConfiguredLineIsAccepted() {
    assertThat(
            EducationConfigurationCheck.problems(
                new EducationProperties(
                    Map.of(
                        PurchaseKind.CONSUMABLES, "sesg-consumables",
                        PurchaseKind.MATERIALS, "sesg-materials",
                        PurchaseKind.ASSET, "sesg-assets")),
                programme))
        .isEmpty();
  }

  @Test
  void aKindWithoutALineOrOnAnUnknownLineIsNamed() {
    assertThat(
            EducationConfigurationCheck.problems(
                new EducationProperties(
                    Map.of(
                        PurchaseKind.CONSUMABLES, "sesg-consumables",
                        PurchaseKind.MATERIALS, "sesg-material")),
                programme))
        .containsExactlyInAnyOrder(
            "inclusion.education.purchase-lines.MATERIALS names 'sesg-material', which is not a "
                + "configured budget line",
            "inclusion.education.purchase-lines.ASSET is missing");
  }
}
