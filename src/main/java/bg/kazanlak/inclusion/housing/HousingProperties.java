package bg.kazanlak.inclusion.housing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Configuration of the housing support plans ({@code inclusion.housing}): the catalogue of goals a
 * plan may set (a kind says what is to be reached, "registered with a GP", never why), and the
 * deadlines, in working days of the programme's calendar, of each step. {@link
 * HousingConfigurationCheck} refuses a catalogue that leaves a domain without goals.
 *
 * @param assessmentWorkingDays the initial assessment of the household is due within
 * @param planWorkingDays the key worker writes (or corrects) the plan within
 * @param approvalWorkingDays the project manager decides on a version within
 * @param reviewIntervalMonths a review falls due every this many months after the approval
 * @param reviewWorkingDays the key worker records a review within, after it falls due
 * @param reviewsWithoutProgressForConference consecutive reviews in which no open goal moved that
 *     open a case conference
 * @param conferenceWorkingDays the project manager holds the case conference within
 * @param evaluationWorkingDaysBeforeEnd the final evaluation opens this many working days before
 *     the programme's last day, so that it is recorded inside the period
 */
@Validated
@ConfigurationProperties("inclusion.housing")
public record HousingProperties(
    @NotEmpty @Valid List<GoalKind> goalKinds,
    @Positive int assessmentWorkingDays,
    @Positive int planWorkingDays,
    @Positive int approvalWorkingDays,
    @Positive int reviewIntervalMonths,
    @Positive int reviewWorkingDays,
    @Positive int reviewsWithoutProgressForConference,
    @Positive int conferenceWorkingDays,
    @Positive int evaluationWorkingDaysBeforeEnd) {

  /** A goal a plan may set: its id, its domain and the Bulgarian words the forms show. */
  public record GoalKind(@NotBlank String id, @NotNull GoalDomain domain, @NotBlank String label) {}

  public Optional<GoalKind> goalKind(String id) {
    return goalKinds.stream().filter(kind -> kind.id().equals(id)).findFirst();
  }
}
