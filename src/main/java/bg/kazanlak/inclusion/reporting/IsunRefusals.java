package bg.kazanlak.inclusion.reporting;

import bg.kazanlak.inclusion.reporting.IsunProperties.AnswerExport;
import java.time.LocalDate;

/**
 * What ISUN's participant file for a period says that the registry does not know: per special
 * category, how many participants in the file refused to answer, and how many records have no
 * household situation, beside how the file exports them ({@code inclusion.reporting.isun}).
 */
public record IsunRefusals(
    LocalDate from,
    LocalDate to,
    long participants,
    Categories refused,
    long householdMissing,
    AnswerExport refusedExportedAs,
    AnswerExport missingHouseholdExportedAs) {

  public record Categories(long minority, long disability, long otherDisadvantaged) {}
}
