package bg.kazanlak.inclusion.budget;

import bg.kazanlak.inclusion.budget.BudgetLedger.ProgrammeFigures;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Date;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The financial report per budget line (XLSX): a summary sheet with contracted, committed, spent
 * and available per line and programme, and one sheet of paid expenses per programme with their
 * supporting documents — what the beneficiary attaches to a payment claim in ISUN 2020.
 * Amounts are written as numbers with two decimals, totals as SUM formulas over the rows.
 */
@Component
public class FinancialReport {

  private final BudgetLedger ledger;
  private final ExpenseService expenses;
  private final ProgrammeProperties programme;
  private final ProgrammeClock clock;

  public FinancialReport(BudgetLedger ledger, ExpenseService expenses,
      ProgrammeProperties programme, ProgrammeClock clock) {
    this.ledger = ledger;
    this.expenses = expenses;
    this.programme = programme;
    this.clock = clock;
  }

  public byte[] build() {
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Styles styles = new Styles(book);
      var figures = ledger.overview();
      summary(book.createSheet("Бюджет"), figures, styles);
      for (ProgrammeFigures p : figures) {
        expenditures(book.createSheet("Разходи " + p.code()), p, styles);
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void summary(Sheet sheet, java.util.List<ProgrammeFigures> figures, Styles styles) {
    int r = 0;
    text(sheet.createRow(r++), 0, "Финансов отчет: " + programme.title(), styles.bold);
    text(sheet.createRow(r++), 0, "Бенефициент: " + programme.beneficiary()
        + "; към " + clock.today(), null);
    r++;
    Row header = sheet.createRow(r++);
    String[] titles = {"Програма", "Бюджетен ред", "Наименование", "Договорено", "Поети задължения",
        "Извършени разходи", "Налични"};
    for (int c = 0; c < titles.length; c++) {
      text(header, c, titles[c], styles.bold);
    }
    for (ProgrammeFigures p : figures) {
      int first = r;
      for (LineFigures line : p.lines()) {
        Row row = sheet.createRow(r++);
        text(row, 0, p.code(), null);
        text(row, 1, line.id(), null);
        text(row, 2, line.name(), null);
        money(row, 3, line.contracted(), styles);
        money(row, 4, line.committed(), styles);
        money(row, 5, line.spent(), styles);
        money(row, 6, line.available(), styles);
      }
      Row total = sheet.createRow(r++);
      text(total, 0, p.code(), styles.bold);
      text(total, 2, "Общо " + p.name(), styles.bold);
      for (int c = 3; c <= 6; c++) {
        sum(total, c, first, r - 2, styles);
      }
    }
    for (int c = 0; c < 7; c++) {
      sheet.autoSizeColumn(c);
    }
  }

  private void expenditures(Sheet sheet, ProgrammeFigures p, Styles styles) {
    int r = 0;
    Row header = sheet.createRow(r++);
    String[] titles = {"Бюджетен ред", "Разход №", "Дата", "Документ", "Доставчик",
        "Предназначение", "Платено на", "Платежен документ", "Сума"};
    for (int c = 0; c < titles.length; c++) {
      text(header, c, titles[c], styles.bold);
    }
    int first = r;
    for (LineFigures line : p.lines()) {
      for (Expense e : expenses.paidOn(line.id())) {
        Row row = sheet.createRow(r++);
        text(row, 0, line.id(), null);
        text(row, 1, e.expenseNumber(), null);
        date(row, 2, e.date(), styles);
        text(row, 3, e.documentRef(), null);
        text(row, 4, e.supplier(), null);
        text(row, 5, e.purpose(), null);
        date(row, 6, e.paymentDate(), styles);
        text(row, 7, e.paymentReference(), null);
        money(row, 8, e.amount(), styles);
      }
    }
    Row total = sheet.createRow(r);
    text(total, 5, "Общо", styles.bold);
    if (r > first) {
      sum(total, 8, first, r - 1, styles);
    } else {
      money(total, 8, BigDecimal.ZERO, styles);
    }
    for (int c = 0; c < titles.length; c++) {
      sheet.autoSizeColumn(c);
    }
  }

  private static void text(Row row, int column, String value, CellStyle style) {
    var cell = row.createCell(column);
    cell.setCellValue(value);
    if (style != null) {
      cell.setCellStyle(style);
    }
  }

  /** BigDecimal to a double only at the very end: two decimals survive the conversion exactly. */
  private static void money(Row row, int column, BigDecimal amount, Styles styles) {
    var cell = row.createCell(column);
    cell.setCellValue(amount.doubleValue());
    cell.setCellStyle(styles.money);
  }

  private static void date(Row row, int column, java.time.LocalDate day, Styles styles) {
    var cell = row.createCell(column);
    if (day != null) {
      cell.setCellValue(Date.valueOf(day));
      cell.setCellStyle(styles.date);
    }
  }

  private static void sum(Row row, int column, int firstRow, int lastRow, Styles styles) {
    String letter = String.valueOf((char) ('A' + column));
    var cell = row.createCell(column);
    cell.setCellFormula("SUM(%s%d:%s%d)".formatted(letter, firstRow + 1, letter, lastRow + 1));
    cell.setCellStyle(styles.moneyBold);
  }

  private static final class Styles {
    final CellStyle bold;
    final CellStyle money;
    final CellStyle moneyBold;
    final CellStyle date;

    Styles(XSSFWorkbook book) {
      Font boldFont = book.createFont();
      boldFont.setBold(true);
      bold = book.createCellStyle();
      bold.setFont(boldFont);
      short moneyFormat = book.createDataFormat().getFormat("#,##0.00");
      money = book.createCellStyle();
      money.setDataFormat(moneyFormat);
      moneyBold = book.createCellStyle();
      moneyBold.setDataFormat(moneyFormat);
      moneyBold.setFont(boldFont);
      date = book.createCellStyle();
      date.setDataFormat(book.createDataFormat().getFormat("dd.mm.yyyy"));
    }
  }
}
