package bg.kazanlak.inclusion.familyhouse;

import bg.kazanlak.inclusion.employment.EmploymentProperties;
import bg.kazanlak.inclusion.familyhouse.StaffRules.Period;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.NumberSeries;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import bg.kazanlak.inclusion.programme.ProgrammeProperties.FamilyHouse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff positions of the Family Houses: checked by {@link StaffRules} and stored, numbered
 * {@code P-<year>-<nnn>}. Taking the number locks the series' row until the transaction ends, so
 * two positions recorded at the same moment are counted against the jobs one after the other.
 */
@Service
@Transactional
class StaffPositions {

  static final String SERIES = "family-house-position";

  private final StaffRepository repository;
  private final StaffProperties staff;
  private final ProgrammeProperties programme;
  private final EmploymentProperties employment;
  private final NumberSeries numbers;
  private final ProgrammeClock clock;

  StaffPositions(
      StaffRepository repository,
      StaffProperties staff,
      ProgrammeProperties programme,
      EmploymentProperties employment,
      NumberSeries numbers,
      ProgrammeClock clock) {
    this.repository = repository;
    this.staff = staff;
    this.programme = programme;
    this.employment = employment;
    this.numbers = numbers;
    this.clock = clock;
  }

  /** Checks and stores a position; a refusal stores nothing and gives the number back. */
  Position open(NewPosition requested, String recordedBy) {
    LocalDate today = clock.today();
    StaffRules rules = rules();
    NewPosition p = rules.check(requested, rolesByHouse(), employment::minimumWage, today);
    String number = "P-%d-%03d".formatted(today.getYear(), numbers.next(SERIES));
    rules.checkJobsFree(
        new Period(p.start(), p.end()), repository.periodsOverlapping(p.start(), p.end()));
    repository.insert(number, p, recordedBy, today);
    return get(number);
  }

  @Transactional(readOnly = true)
  Position get(String number) {
    return repository
        .find(number)
        .orElseThrow(
            () -> RequestRefusedException.notFound("Няма щатна позиция %s.".formatted(number)));
  }

  @Transactional(readOnly = true)
  List<Position> list() {
    return repository.all();
  }

  FamilyHouse house(String id) {
    return programme.familyHouses().stream()
        .filter(h -> h.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  /** Each house and the roles of its positions: its specialists' and the support roles. */
  private Map<String, Set<String>> rolesByHouse() {
    Map<String, Set<String>> roles = new LinkedHashMap<>();
    for (FamilyHouse house : programme.familyHouses()) {
      Set<String> allowed = new LinkedHashSet<>(house.roles());
      allowed.addAll(staff.supportRoles());
      roles.put(house.id(), allowed);
    }
    return roles;
  }

  private StaffRules rules() {
    return new StaffRules(
        programme.start(), programme.end(), staff.maxMonths(), programme.targets().staffJobs());
  }
}
