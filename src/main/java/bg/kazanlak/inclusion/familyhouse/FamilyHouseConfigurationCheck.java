package bg.kazanlak.inclusion.familyhouse;

import bg.kazanlak.inclusion.programme.InvalidProgrammeConfigurationException;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import bg.kazanlak.inclusion.programme.ProgrammeProperties.FamilyHouse;
import bg.kazanlak.inclusion.programme.ProgrammeProperties.Settlement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Every role a house lists needs its Bulgarian label, and every kind of service too; a note may not
 * be longer than its column; and every settlement of the programme is served by exactly one house,
 * so that onboarding always knows where to attach a participant. Refuse a wrong configuration at
 * start-up, not when a participant is enrolled or a specialist records a service.
 */
@Component
class FamilyHouseConfigurationCheck implements InitializingBean {

  private static final String PREFIX = "inclusion.family-houses";

  /** The length of {@code family_house_service.note} (V11__family_house.sql). */
  static final int NOTE_COLUMN = 1000;

  private final FamilyHouseProperties houses;
  private final ProgrammeProperties programme;

  FamilyHouseConfigurationCheck(FamilyHouseProperties houses, ProgrammeProperties programme) {
    this.houses = houses;
    this.programme = programme;
  }

  @Override
  public void afterPropertiesSet() {
    List<String> problems = problems(houses, programme);
    if (!problems.isEmpty()) {
      throw new InvalidProgrammeConfigurationException(
          "The Family Houses configuration is wrong: " + String.join("; ", problems));
    }
  }

  static List<String> problems(FamilyHouseProperties houses, ProgrammeProperties programme) {
    List<String> problems = new ArrayList<>();
    for (FamilyHouse house : programme.familyHouses()) {
      for (String role : house.roles()) {
        String label = houses.roleLabels().get(role);
        if (label == null || label.isBlank()) {
          problems.add(
              "%s.role-labels has no label of the role %s of house '%s'"
                  .formatted(PREFIX, role, house.id()));
        }
      }
    }
    for (ServiceKind kind : ServiceKind.values()) {
      String label = houses.kindLabels().get(kind);
      if (label == null || label.isBlank()) {
        problems.add("%s.kind-labels has no label of %s".formatted(PREFIX, kind));
      }
    }
    if (houses.maxNoteLength() > NOTE_COLUMN) {
      problems.add("%s.max-note-length must be at most %d".formatted(PREFIX, NOTE_COLUMN));
    }
    for (Settlement settlement : programme.settlements()) {
      List<String> serving =
          programme.familyHouses().stream()
              .filter(h -> h.serves().contains(settlement.name()))
              .map(FamilyHouse::id)
              .toList();
      if (serving.size() != 1) {
        problems.add(
            "the settlement '%s' is served by %d family houses %s, not by one"
                .formatted(settlement.name(), serving.size(), serving));
      }
    }
    return problems;
  }
}
