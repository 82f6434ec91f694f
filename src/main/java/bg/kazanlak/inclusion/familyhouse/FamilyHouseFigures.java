package bg.kazanlak.inclusion.familyhouse;

import bg.kazanlak.inclusion.familyhouse.FamilyHouseRepository.Count;
import bg.kazanlak.inclusion.familyhouse.FamilyHouseRepository.HouseCount;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Family Houses' part of the indicators, per house in the configuration's order: the services
 * delivered, by role (every role of the house) and by kind (all four), the people reached (distinct
 * participants served, alone or with their family) and the participants attached, each as of a day
 * (by the services' dates and the attachments' moves).
 */
@Component
public class FamilyHouseFigures {

  private final FamilyHouseRepository repository;
  private final ProgrammeProperties programme;

  FamilyHouseFigures(FamilyHouseRepository repository, ProgrammeProperties programme) {
    this.repository = repository;
    this.programme = programme;
  }

  @Transactional(readOnly = true)
  public List<HouseFigures> asOf(LocalDate date) {
    List<Count> counts = repository.servicesByRoleAndKind(date);
    Map<String, Long> reached = byHouse(repository.peopleReached(date));
    Map<String, Long> attached = byHouse(repository.attached(date));
    return programme.familyHouses().stream()
        .map(
            house -> {
              List<Count> own = counts.stream().filter(c -> c.house().equals(house.id())).toList();
              return new HouseFigures(
                  house.id(),
                  own.stream().mapToLong(Count::services).sum(),
                  house.roles().stream()
                      .map(
                          role ->
                              new RoleServices(
                                  role,
                                  own.stream()
                                      .filter(c -> c.role().equals(role))
                                      .mapToLong(Count::services)
                                      .sum()))
                      .toList(),
                  Arrays.stream(ServiceKind.values())
                      .map(
                          kind ->
                              new KindServices(
                                  kind.name(),
                                  own.stream()
                                      .filter(c -> c.kind().equals(kind.name()))
                                      .mapToLong(Count::services)
                                      .sum()))
                      .toList(),
                  reached.getOrDefault(house.id(), 0L),
                  attached.getOrDefault(house.id(), 0L));
            })
        .toList();
  }

  private static Map<String, Long> byHouse(List<HouseCount> counts) {
    return counts.stream().collect(Collectors.toMap(HouseCount::house, HouseCount::count));
  }

  public record HouseFigures(
      String house,
      long servicesDelivered,
      List<RoleServices> servicesByRole,
      List<KindServices> servicesByKind,
      long peopleReached,
      long participantsAttached) {}

  public record RoleServices(String role, long services) {}

  public record KindServices(String kind, long services) {}
}
