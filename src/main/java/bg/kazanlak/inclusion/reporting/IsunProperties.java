package bg.kazanlak.inclusion.reporting;

import bg.kazanlak.inclusion.employment.ImmediateResult;
import bg.kazanlak.inclusion.employment.TerminationReason;
import bg.kazanlak.inclusion.participant.EducationLevel;
import bg.kazanlak.inclusion.participant.EmploymentStatus;
import bg.kazanlak.inclusion.participant.Sex;
import bg.kazanlak.inclusion.participant.SupportStream;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * ISUN's participant micro-data file «Микроданни участници (ЕСФ)» ({@code
 * inclusion.reporting.isun}): the template's sheet, headings and labels, and how the registry's
 * answers map to ISUN's values. {@link IsunConfigurationCheck} refuses an incomplete mapping.
 *
 * @param sheet the template's data sheet (ISUN reads the first sheet)
 * @param groups row 1: the group headings, each merged over its columns
 * @param headers row 2: the 35 column headers A-AI; an empty one continues the header before it
 *     (merged over it, as the dates' year-month-day columns)
 * @param yes ISUN's yes ({@code да}), compared exactly
 * @param no ISUN's no ({@code не})
 * @param empty ISUN's empty value ({@code -})
 * @param refusedAnswer how a refused special-category answer is exported
 * @param missingHousehold how a household situation that was not recorded is exported
 * @param minorityColumns the ISUN columns the registry's one combined answer (minority incl. Roma,
 *     migrant or foreign background) is exported to; the others get {@code no}
 * @param personalNumberGroups who sees the personal number; the others get it masked
 * @param district the district (област) of every address and place, as ISUN names it
 * @param settlementNames a settlement ISUN spells differently from the programme
 * @param missingMiddleName what stands for no middle name (ISUN requires one)
 * @param activities per stream: the «Дейност» value and the place (none: the participant's
 *     settlement)
 * @param leftEarly «Статут на участие» of someone who left before the planned end
 * @param stayedToEnd the same, of someone who stayed to the planned end
 * @param terminationReasons «Причини за отпадане» of a contract ended early
 * @param withdrawalReason the same, of a participant withdrawn from the programme
 * @param immediateResults «Статут на участника при излизане от операцията»
 * @param withdrawalResult the same, of a participant withdrawn
 */
@Validated
@ConfigurationProperties("inclusion.reporting.isun")
public record IsunProperties(
    @NotBlank String sheet,
    @NotEmpty @Valid List<Group> groups,
    @NotEmpty List<String> headers,
    @NotBlank String yes,
    @NotBlank String no,
    @NotBlank String empty,
    @NotNull AnswerExport refusedAnswer,
    @NotNull AnswerExport missingHousehold,
    @NotEmpty Set<MinorityColumn> minorityColumns,
    @NotEmpty List<String> personalNumberGroups,
    @NotBlank String district,
    @Valid List<SettlementName> settlementNames,
    @NotBlank String missingMiddleName,
    @NotEmpty Map<Sex, String> sex,
    @NotEmpty Map<EmploymentStatus, String> employmentStatus,
    @NotEmpty Map<EducationLevel, String> education,
    @NotEmpty @Valid Map<SupportStream, Activity> activities,
    @NotBlank String leftEarly,
    @NotBlank String stayedToEnd,
    @NotEmpty Map<TerminationReason, String> terminationReasons,
    @NotBlank String withdrawalReason,
    @NotEmpty Map<ImmediateResult, String> immediateResults,
    @NotBlank String withdrawalResult) {

  public IsunProperties {
    settlementNames = settlementNames == null ? List.of() : List.copyOf(settlementNames);
  }

  /** A group heading of row 1 over the columns {@code from}-{@code to} (letters). */
  public record Group(@NotBlank String from, @NotBlank String to, @NotBlank String text) {}

  /** A settlement as the programme names it and as ISUN's list spells it. */
  public record SettlementName(@NotBlank String programme, @NotBlank String isun) {}

  /**
   * @param place the settlement where the activity takes place; none: where the participant lives
   */
  public record Activity(@NotBlank String label, String place) {}

  /** The export of an answer ISUN requires but the registry does not have. */
  public enum AnswerExport {
    /** ISUN's {@code не}: the file is accepted; the refusals are reported beside it. */
    NO,
    /** ISUN's {@code -}: honest, but ISUN refuses the row ("задължително поле"). */
    EMPTY
  }

  /** ISUN's four columns for the registry's one question on minority / migrant background. */
  public enum MinorityColumn {
    MIGRANT,
    FOREIGN_BACKGROUND,
    MINORITY,
    ROMA
  }

  /** ISUN's spelling of a programme settlement. */
  public String isunSettlement(String settlement) {
    return settlementNames.stream()
        .filter(s -> s.programme().equals(settlement))
        .map(SettlementName::isun)
        .findFirst()
        .orElse(settlement);
  }
}
