package bg.kazanlak.inclusion.employment;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The employment figures of the indicators report. */
@Service
@Transactional(readOnly = true)
public class EmploymentFigures {

  private final EmploymentRepository repository;

  public EmploymentFigures(EmploymentRepository repository) {
    this.repository = repository;
  }

  /**
   * @param personsEmployed distinct participants with a contract signed by the day
   * @param activeContracts contracts signed, started and not ended on the day
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

  /** As of the end of a day, by the contracts' signature, start, end and termination dates. */
  public Figures asOf(LocalDate date) {
    Map<String, Counts> byEmployer = repository.countsByEmployer(date);
    return new Figures(
        repository.personsEmployed(date),
        byEmployer.values().stream().mapToLong(Counts::activeContracts).sum(),
        byEmployer);
  }
}
