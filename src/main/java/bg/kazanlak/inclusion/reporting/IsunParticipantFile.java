package bg.kazanlak.inclusion.reporting;

import bg.kazanlak.inclusion.employment.EmploymentExits;
import bg.kazanlak.inclusion.employment.EmploymentExits.Exit;
import bg.kazanlak.inclusion.participant.ParticipantMicrodata;
import bg.kazanlak.inclusion.participant.ParticipantMicrodata.Entrant;
import bg.kazanlak.inclusion.participant.SpecialCategoryAnswer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ISUN's participant file «Микроданни участници (ЕСФ)» for a reporting period: the participants who
 * entered the operation in it (first enrolment in a stream), one row each, with what is known of
 * their leaving at its end. Only the template's data sheet is written: ISUN reads the first sheet
 * and checks the values against its own lists, so the template's hidden list sheets are not needed.
 * Built on request and not stored.
 */
@Service
@Transactional(readOnly = true)
public class IsunParticipantFile {

  private final ParticipantMicrodata participants;
  private final EmploymentExits exits;
  private final IsunProperties isun;
  private final IsunRows rows;

  public IsunParticipantFile(
      ParticipantMicrodata participants, EmploymentExits exits, IsunProperties isun) {
    this.participants = participants;
    this.exits = exits;
    this.isun = isun;
    this.rows = new IsunRows(isun);
  }

  /** Whether a caller of these groups sees personal numbers in full. */
  public boolean showsPersonalNumber(Collection<String> callerGroups) {
    return callerGroups != null
        && isun.personalNumberGroups().stream().anyMatch(callerGroups::contains);
  }

  /** The file, the personal numbers masked for a caller outside the configured groups. */
  public byte[] build(ReportPeriod period, Collection<String> callerGroups) {
    boolean showNumber = showsPersonalNumber(callerGroups);
    List<Entrant> entrants = participants.enteredBetween(period.from(), period.to());
    Map<String, Exit> lastExit = lastExits(period);
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet(isun.sheet());
      CellStyle heading = workbook.createCellStyle();
      heading.setWrapText(true);
      Row groups = sheet.createRow(0);
      for (IsunProperties.Group group : isun.groups()) {
        int first = CellReference.convertColStringToIndex(group.from());
        int last = CellReference.convertColStringToIndex(group.to());
        groups.createCell(first).setCellValue(group.text());
        groups.getCell(first).setCellStyle(heading);
        if (last > first) {
          sheet.addMergedRegion(new CellRangeAddress(0, 0, first, last));
        }
      }
      Row headers = sheet.createRow(1);
      List<String> texts = isun.headers();
      for (int column = 0; column < texts.size(); column++) {
        if (texts.get(column).isEmpty()) {
          continue;
        }
        headers.createCell(column).setCellValue(texts.get(column));
        headers.getCell(column).setCellStyle(heading);
        int last = column;
        while (last + 1 < texts.size() && texts.get(last + 1).isEmpty()) {
          last++;
        }
        if (last > column) {
          sheet.addMergedRegion(new CellRangeAddress(1, 1, column, last));
        }
      }
      int number = 0;
      for (Entrant entrant : entrants) {
        number++;
        List<String> cells =
            rows.cells(
                number,
                entrant,
                rows.leaving(entrant, lastExit.get(entrant.registrationNumber())),
                showNumber);
        Row row = sheet.createRow(number + 1);
        for (int column = 0; column < cells.size(); column++) {
          row.createCell(column).setCellValue(cells.get(column));
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the file for the period exports without the registry knowing it (see the policy). */
  public IsunRefusals refusals(ReportPeriod period) {
    List<Entrant> entrants = participants.enteredBetween(period.from(), period.to());
    return new IsunRefusals(
        period.from(),
        period.to(),
        entrants.size(),
        new IsunRefusals.Categories(
            refused(entrants, e -> e.entry().minority()),
            refused(entrants, e -> e.entry().disability()),
            refused(entrants, e -> e.entry().otherDisadvantaged())),
        entrants.stream().filter(e -> e.entry().household() == null).count(),
        isun.refusedAnswer(),
        isun.missingHousehold());
  }

  private static long refused(
      List<Entrant> entrants, Function<Entrant, SpecialCategoryAnswer> answer) {
    return entrants.stream().filter(e -> answer.apply(e) == SpecialCategoryAnswer.REFUSED).count();
  }

  /** Each participant's last leaving of employment by the end of the period. */
  private Map<String, Exit> lastExits(ReportPeriod period) {
    return exits.asOf(period.to()).stream()
        .collect(
            Collectors.toMap(
                Exit::registrationNumber,
                x -> x,
                (a, b) -> a.leavingDate().isAfter(b.leavingDate()) ? a : b));
  }
}
