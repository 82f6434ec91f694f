package bg.kazanlak.inclusion.reporting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The technical report's summary PDF ({@code inclusion.reporting.technical-report}): its texts, the
 * grant's procedure and contract number, and the boxes left for the manager's narrative. {@link
 * TechnicalReportConfigurationCheck} refuses a text left out.
 *
 * @param procedure the procedure code of the grant
 * @param contractNumber the grant contract's number; blank: not printed
 * @param labels every fixed text of the document, by {@link Label}
 * @param narrative the headings of the empty boxes the manager writes in
 * @param narrativeBoxHeight the height of each box, in points
 */
@Validated
@ConfigurationProperties("inclusion.reporting.technical-report")
public record TechnicalReportProperties(
    @NotBlank String procedure,
    String contractNumber,
    @NotEmpty Map<Label, String> labels,
    @NotEmpty List<String> narrative,
    @Positive int narrativeBoxHeight) {

  public TechnicalReportProperties {
    contractNumber = contractNumber == null ? "" : contractNumber.trim();
  }

  String label(Label label) {
    return labels.get(label);
  }

  /** The fixed texts of the document. */
  public enum Label {
    TITLE,
    PROGRAMME,
    BENEFICIARY,
    PROCEDURE,
    CONTRACT,
    PERIOD,
    DATE,
    ACTIVITIES,
    PARTICIPANTS,
    REGISTERED,
    ELIGIBLE,
    REJECTED,
    EMPLOYMENT,
    PERSONS_EMPLOYED,
    ACTIVE_CONTRACTS,
    PLACES,
    FAMILY_HOUSES,
    SERVICES,
    PEOPLE_REACHED,
    REFERRALS_MADE,
    REFERRALS_COMPLETED,
    STAFF_JOBS,
    HOUSING,
    UNITS,
    HOUSEHOLDS_WITH_PLAN,
    HOUSEHOLDS_MOVED_OUT,
    INITIATIVES,
    APPROVED,
    HELD,
    FAMILIES_REACHED,
    MINORITY_FAMILIES,
    EDUCATION,
    CLUBS,
    WORKSHOPS,
    ENROLLED_NOW,
    CHILDREN,
    SESSIONS,
    ASSETS,
    INDICATORS,
    INDICATOR,
    TARGET,
    ACHIEVED,
    INDICATOR_EMPLOYED,
    INDICATOR_HOUSES,
    INDICATOR_STAFF,
    INDICATOR_HOUSING,
    INDICATOR_INITIATIVES,
    ESF,
    CODE,
    MEN,
    WOMEN,
    TOTAL,
    BUDGET,
    BUDGET_ITEM,
    CONTRACTED,
    COMMITTED,
    SPENT,
    ABSORBED,
    NARRATIVE
  }
}
