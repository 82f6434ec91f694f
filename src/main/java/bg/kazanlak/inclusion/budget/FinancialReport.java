package bg.kazanlak.inclusion.budget;

import bg.kazanlak.inclusion.budget.BudgetLedger.LedgerEntry;
import bg.kazanlak.inclusion.budget.BudgetLedger.ProgrammeFigures;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The financial report per budget line (XLSX): a summary sheet with contracted, committed, spent
 * and available per line and programme, and one sheet per programme with every expenditure the
 * ledger booked — paid expenses with their supporting documents and the other postings (payroll)
 * with their source — what the beneficiary attaches to a payment claim in ISUN 2020.
 *
 * <p>The list reconciles with the summary: each line's subtotal is the sum of its rows and equals
 * the line's spent, since the rows are the ledger's own expenditure entries. Amounts are numbers
 * with two decimals, totals SUM formulas (their values cached, for viewers that do not
 * recalculate). Columns have fixed widths with long texts wrapped (widths computed from the data
 * would make a 100-character column of a line name, and no room for formulas), and every sheet
 * prints landscape on A4, one page wide, with its header row on each page.
 */
@Component
public class FinancialReport {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final int HEADER_ROW = 3;
  private static final int MONEY_WIDTH = 17;
  private static final float LINE_HEIGHT = 14.5f; // the default 11-point font

  private final BudgetLedger ledger;
  private final ExpenseService expenses;
  private final ProgrammeProperties programme;
  private final ProgrammeClock clock;

  public FinancialReport(
      BudgetLedger ledger,
      ExpenseService expenses,
      ProgrammeProperties programme,
      ProgrammeClock clock) {
    this.ledger = ledger;
    this.expenses = expenses;
    this.programme = programme;
    this.clock = clock;
  }

  public byte[] build() {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Styles styles = new Styles(book);
      var figures = ledger.overview();
      summary(book.createSheet("Бюджет"), figures, styles);
      for (ProgrammeFigures p : figures) {
        expenditures(book.createSheet("Разходи " + p.code()), p, styles);
      }
      XSSFFormulaEvaluator.evaluateAllFormulaCells(book);
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void summary(Sheet sheet, List<ProgrammeFigures> figures, Styles styles) {
    int[] widths = {10, 18, 44, MONEY_WIDTH, MONEY_WIDTH, MONEY_WIDTH, MONEY_WIDTH};
    String[] titles = {
      "Програма",
      "Бюджетен ред",
      "Наименование",
      "Договорено",
      "Поети задължения",
      "Извършени разходи",
      "Налични"
    };
    int r = layout(sheet, "Финансов отчет: " + programme.title(), widths, titles, styles);
    List<Integer> totals = new ArrayList<>();
    for (ProgrammeFigures p : figures) {
      int first = r;
      for (LineFigures line : p.lines()) {
        Row row = sheet.createRow(r++);
        text(row, 0, p.code(), styles.text);
        text(row, 1, line.id(), styles.text);
        text(row, 2, line.name(), styles.text);
        money(row, 3, line.contracted(), styles.money);
        money(row, 4, line.committed(), styles.money);
        money(row, 5, line.spent(), styles.money);
        money(row, 6, line.available(), styles.money);
      }
      Row total = sheet.createRow(r++);
      text(total, 0, p.code(), styles.bold);
      text(total, 2, "Общо " + p.name(), styles.boldWrapped);
      for (int c = 3; c <= 6; c++) {
        formula(
            total,
            c,
            "SUM(%1$s%2$d:%1$s%3$d)".formatted(column(c), first + 1, r - 1),
            styles.moneyBold);
      }
      totals.add(total.getRowNum());
    }
    Row all = sheet.createRow(r);
    text(all, 2, "Всичко по проекта", styles.bold);
    for (int c = 3; c <= 6; c++) {
      formula(all, c, sumOf(c, totals), styles.moneyBold);
    }
    rowHeights(sheet, widths);
  }

  private void expenditures(Sheet sheet, ProgrammeFigures p, Styles styles) {
    int[] widths = {16, 22, 12, 20, 26, 40, 12, 18, MONEY_WIDTH};
    String[] titles = {
      "Бюджетен ред",
      "Разход № / записване",
      "Дата",
      "Документ",
      "Доставчик / източник",
      "Предназначение / описание",
      "Платено на",
      "Платежен документ",
      "Сума"
    };
    int r =
        layout(
            sheet,
            "Извършени разходи: " + p.name() + " (" + p.code() + ")",
            widths,
            titles,
            styles);
    List<Integer> subtotals = new ArrayList<>();
    for (LineFigures line : p.lines()) {
      Map<String, Expense> paid =
          expenses.paidOn(line.id()).stream()
              .collect(
                  Collectors.toMap(
                      e -> ExpenseService.expenditureKey(e.expenseNumber()), Function.identity()));
      int first = r;
      for (LedgerEntry entry : ledger.expenditures(line.id())) {
        Row row = sheet.createRow(r++);
        text(row, 0, line.id(), styles.text);
        Expense e = paid.get(entry.key());
        if (e != null) {
          text(row, 1, e.expenseNumber(), styles.text);
          date(row, 2, e.date(), styles);
          text(row, 3, e.documentRef(), styles.text);
          text(row, 4, e.supplier(), styles.text);
          text(row, 5, e.purpose(), styles.text);
          date(row, 6, e.paymentDate(), styles);
          text(row, 7, e.paymentReference(), styles.text);
        } else {
          // a posting of its own (payroll): the ledger's record is the document
          text(row, 1, entry.key(), styles.text);
          date(row, 2, entry.bookedOn(), styles);
          text(row, 4, entry.source(), styles.text);
          text(row, 5, entry.description(), styles.text);
          date(row, 6, entry.bookedOn(), styles);
        }
        money(row, 8, entry.amount(), styles.money);
      }
      Row subtotal = sheet.createRow(r++);
      text(subtotal, 0, line.id(), styles.bold);
      text(subtotal, 5, "Общо за ред „" + line.name() + "“", styles.boldWrapped);
      formula(
          subtotal,
          8,
          r - 1 > first ? "SUM(I%d:I%d)".formatted(first + 1, r - 1) : "0",
          styles.moneyBold);
      subtotals.add(subtotal.getRowNum());
    }
    Row total = sheet.createRow(r);
    text(total, 5, "Общо " + p.name(), styles.boldWrapped);
    formula(total, 8, sumOf(8, subtotals), styles.moneyBold);
    rowHeights(sheet, widths);
  }

  /**
   * Rows as high as their wrapped texts: spreadsheets do not grow a row for wrapped text on opening
   * a file (LibreOffice keeps the default height and the lines overlap), so the height is estimated
   * here by wrapping the words into the column's width (in characters, bold a tenth wider).
   */
  private static void rowHeights(Sheet sheet, int[] widths) {
    for (int r = HEADER_ROW; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      int lines = 1;
      for (var cell : row) {
        if (cell.getCellType() == CellType.STRING && cell.getCellStyle().getWrapText()) {
          boolean bold =
              sheet.getWorkbook().getFontAt(cell.getCellStyle().getFontIndex()).getBold();
          double capacity = (widths[cell.getColumnIndex()] - 1) / (bold ? 1.25 : 1.1);
          lines = Math.max(lines, wrappedLines(cell.getStringCellValue(), capacity));
        }
      }
      row.setHeightInPoints(lines * LINE_HEIGHT + 2);
    }
  }

  private static int wrappedLines(String text, double capacity) {
    int lines = 1;
    int used = 0;
    for (String word : text.split("\\s+")) {
      int length = word.length();
      if (used > 0 && used + 1 + length > capacity) {
        lines++;
        used = 0;
      }
      used += (used > 0 ? 1 : 0) + length;
      while (used > capacity) { // a word longer than the column breaks anywhere
        lines++;
        used -= (int) capacity;
      }
    }
    return lines;
  }

  /**
   * The title rows, the header row and the page: widths in characters, the header repeated on every
   * printed page, the sheet one page wide. Returns the first row for data.
   */
  private int layout(Sheet sheet, String title, int[] widths, String[] titles, Styles styles) {
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, widths[c] * 256);
    }
    int last = widths.length - 1;
    Row heading = sheet.createRow(0);
    heading.setHeightInPoints(34);
    text(heading, 0, title, styles.title);
    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
    text(
        sheet.createRow(1),
        0,
        "Бенефициент: " + programme.beneficiary() + "; към " + DAY.format(clock.today()),
        styles.text);
    sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last));
    Row header = sheet.createRow(HEADER_ROW);
    for (int c = 0; c < titles.length; c++) {
      text(header, c, titles[c], styles.header);
    }
    sheet.createFreezePane(0, HEADER_ROW + 1);
    sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, 0, last));
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setLandscape(true);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0); // as many pages down as it takes
    sheet.setMargin(Sheet.LeftMargin, 0.5);
    sheet.setMargin(Sheet.RightMargin, 0.5);
    sheet.getHeader().setCenter(sheet.getSheetName() + " – " + programme.beneficiary());
    sheet.getFooter().setRight("Страница &P от &N");
    return HEADER_ROW + 1;
  }

  private static String sumOf(int column, List<Integer> rows) {
    return rows.isEmpty()
        ? "0"
        : "SUM("
            + rows.stream().map(row -> column(column) + (row + 1)).collect(Collectors.joining(","))
            + ")";
  }

  private static String column(int column) {
    return String.valueOf((char) ('A' + column));
  }

  private static void text(Row row, int column, String value, CellStyle style) {
    var cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  /** BigDecimal to a double only at the very end: two decimals survive the conversion exactly. */
  private static void money(Row row, int column, BigDecimal amount, CellStyle style) {
    var cell = row.createCell(column);
    cell.setCellValue(amount.doubleValue());
    cell.setCellStyle(style);
  }

  private static void formula(Row row, int column, String formula, CellStyle style) {
    var cell = row.createCell(column);
    cell.setCellFormula(formula);
    cell.setCellStyle(style);
  }

  private static void date(Row row, int column, LocalDate day, Styles styles) {
    var cell = row.createCell(column);
    cell.setCellStyle(styles.date);
    if (day != null) {
      cell.setCellValue(Date.valueOf(day));
    }
  }

  private static final class Styles {
    final CellStyle title;
    final CellStyle header;
    final CellStyle text;
    final CellStyle bold;
    final CellStyle boldWrapped;
    final CellStyle money;
    final CellStyle moneyBold;
    final CellStyle date;

    Styles(XSSFWorkbook book) {
      Font boldFont = book.createFont();
      boldFont.setBold(true);
      Font titleFont = book.createFont();
      titleFont.setBold(true);
      titleFont.setFontHeightInPoints((short) 13);
      title = wrapped(book);
      title.setFont(titleFont);
      header = wrapped(book);
      header.setFont(boldFont);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      header.setBorderBottom(BorderStyle.THIN);
      header.setAlignment(HorizontalAlignment.CENTER);
      text = wrapped(book);
      bold = book.createCellStyle();
      bold.setFont(boldFont);
      bold.setVerticalAlignment(VerticalAlignment.TOP);
      boldWrapped = wrapped(book);
      boldWrapped.setFont(boldFont);
      short moneyFormat = book.createDataFormat().getFormat("#,##0.00");
      money = book.createCellStyle();
      money.setDataFormat(moneyFormat);
      money.setVerticalAlignment(VerticalAlignment.TOP);
      moneyBold = book.createCellStyle();
      moneyBold.cloneStyleFrom(money);
      moneyBold.setFont(boldFont);
      date = book.createCellStyle();
      date.setDataFormat(book.createDataFormat().getFormat("dd.mm.yyyy"));
      date.setVerticalAlignment(VerticalAlignment.TOP);
    }

    private static CellStyle wrapped(XSSFWorkbook book) {
      CellStyle style = book.createCellStyle();
      style.setWrapText(true);
      style.setVerticalAlignment(VerticalAlignment.TOP);
      return style;
    }
  }
}
