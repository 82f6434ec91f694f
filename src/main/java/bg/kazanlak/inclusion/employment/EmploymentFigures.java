package bg.kazanlak.inclusion.employment;

import bg.kazanlak.inclusion.programme.ProgrammeClock;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The employment figures of the indicators report. */
@Service
@Transactional(readOnly = true)
public class EmploymentFigures {

  private final EmploymentRepository repository;
  private final ProgrammeClock clock;

  public EmploymentFigures(EmploymentRepository repository, ProgrammeClock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  /**
   * @param personsEmployed distinct participants with a signed contract
   * @param activeContracts contracts signed, started and not ended on the programme's today
   */
  public record Counts(long personsEmployed, long activeContracts) {
    public static final Counts NONE = new Counts(0, 0);
  }

  /**
   * @param byEmployer per employer id (employers without a signed contract are absent)
   */
  public record Figures(
      long personsEmployed, long activeContracts, Map<String, Counts> byEmployer) {

    public Counts of(String employerId) {
      return byEmployer.getOrDefault(employerId, Counts.NONE);
    }
  }

  public Figures current() {
    Map<String, Counts> byEmployer = repository.countsByEmployer(clock.today());
    return new Figures(
        repository.personsEmployed(),
        byEmployer.values().stream().mapToLong(Counts::activeContracts).sum(),
        byEmployer);
  }
}
