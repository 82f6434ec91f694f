package bg.kazanlak.inclusion.replay;

import static bg.kazanlak.inclusion.identity.Groups.CASE_OFFICERS;
import static bg.kazanlak.inclusion.identity.Groups.FINANCE;
import static bg.kazanlak.inclusion.identity.Groups.HR_OFFICERS;
import static bg.kazanlak.inclusion.identity.Groups.INITIATIVE_COORDINATORS;
import static bg.kazanlak.inclusion.identity.Groups.PROJECT_MANAGERS;
import static bg.kazanlak.inclusion.identity.Groups.SOCIAL_WORKERS;

import bg.kazanlak.inclusion.identity.IdentitySetup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The replay's members of staff: three engine users in each of CONTRACT's working groups (so that a
 * four-eyes rule always leaves someone who may act), created at start-up like the demo's users.
 */
@Component
@Profile("replay")
public class ReplayStaff implements SimulatedStaff {

  static final int PER_GROUP = 3;
  private static final List<String> GROUPS =
      List.of(
          CASE_OFFICERS,
          SOCIAL_WORKERS,
          HR_OFFICERS,
          FINANCE,
          INITIATIVE_COORDINATORS,
          PROJECT_MANAGERS);
  private static final List<String> FIRST_NAMES =
      List.of("Мария", "Петър", "Елена", "Георги", "Асен", "Десислава", "Иван", "Милена", "Стефан");
  private static final List<String> LAST_NAMES =
      List.of("Иванова", "Георгиев", "Димитрова", "Стоянов", "Ахмедов", "Колева", "Петров");

  private final IdentitySetup identity;
  private final IdentityService engineIdentity;
  private final Map<String, List<String>> users = new LinkedHashMap<>();
  private final Map<String, String> groupOf = new LinkedHashMap<>();

  public ReplayStaff(IdentitySetup identity, IdentityService engineIdentity) {
    this.identity = identity;
    this.engineIdentity = engineIdentity;
    for (String group : GROUPS) {
      List<String> ids =
          java.util.stream.IntStream.rangeClosed(1, PER_GROUP)
              .mapToObj(i -> group.replace("-", "") + i)
              .toList();
      users.put(group, ids);
      ids.forEach(id -> groupOf.put(id, group));
    }
  }

  /** Creates the users (the groups and their access exist: the start-up sequence made them). */
  public void load() {
    int i = 0;
    for (Map.Entry<String, String> user : groupOf.entrySet()) {
      identity.ensureUser(
          user.getKey(),
          FIRST_NAMES.get(i % FIRST_NAMES.size()),
          LAST_NAMES.get(i % LAST_NAMES.size()),
          "replay-" + user.getKey(),
          List.of(user.getValue()));
      i++;
    }
  }

  @Override
  public List<String> of(String group) {
    return users.getOrDefault(group, List.of());
  }

  /** Whether the user is one of the simulated members of staff. */
  public boolean knows(String user) {
    return groupOf.containsKey(user);
  }

  @Override
  public <T> T as(String user, Supplier<T> work) {
    String group = groupOf.get(user);
    if (group == null) {
      throw new IllegalArgumentException("Not a simulated member of staff: " + user);
    }
    engineIdentity.setAuthentication(user, List.of(group));
    try {
      return work.get();
    } finally {
      engineIdentity.clearAuthentication();
    }
  }
}
