package bg.kazanlak.inclusion.employment;

import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import bg.kazanlak.inclusion.programme.ProgrammeProperties.Employer;
import java.util.List;
import org.springframework.stereotype.Component;

/** The configured employers of the employment stream. */
@Component
public class Employers {

  private final ProgrammeProperties programme;

  public Employers(ProgrammeProperties programme) {
    this.programme = programme;
  }

  public List<Employer> all() {
    return programme.employers();
  }

  public List<String> ids() {
    return all().stream().map(Employer::id).toList();
  }

  /** The employer, or 400 naming {@code field} for an id that is not configured. */
  public Employer get(String employerId, String field) {
    return all().stream()
        .filter(e -> e.id().equals(employerId))
        .findFirst()
        .orElseThrow(
            () -> RequestRefusedException.invalid(field, "Непознат работодател: " + employerId));
  }

  public Employer get(String employerId) {
    return get(employerId, "employer");
  }
}
