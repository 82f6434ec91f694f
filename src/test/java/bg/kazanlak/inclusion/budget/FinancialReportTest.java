package bg.kazanlak.inclusion.budget;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.budget.BudgetLedger.ProgrammeFigures;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The financial report read back: every expenditure of the ledger listed (a paid expense with its
 * documents, a payroll posting with its source), every line's subtotal equal to its spent in the
 * summary, and sheets that fit their numbers and print one page wide (issue 9).
 */
@SpringBootTest
@ActiveProfiles("test")
class FinancialReportTest {

  @Autowired FinancialReport report;
  @Autowired ExpenseService expenses;
  @Autowired BudgetLedger ledger;
  @Autowired ProgrammeClock clock;

  @AfterEach
  void tearDown() {
    clock.reset();
  }

  @Test
  void aPaidExpenseIsListedWithItsDocumentsOnItsProgrammesSheet() throws Exception {
    clock.freezeAt(LocalDateTime.of(2022, 6, 6, 10, 0));
    String number = paidExpense("hrd-activities", "1250.40");

    try (XSSFWorkbook book = workbook()) {
      Row expense = rowWith(book.getSheet("Разходи HRD"), 1, number);
      assertThat(expense.getCell(0).getStringCellValue()).isEqualTo("hrd-activities");
      assertThat(expense.getCell(3).getStringCellValue()).isEqualTo("Ф-1/02.06.2022");
      assertThat(expense.getCell(4).getStringCellValue()).isEqualTo("Тест ООД");
      assertThat(expense.getCell(7).getStringCellValue()).isEqualTo("ПН 7");
      assertThat(expense.getCell(8).getNumericCellValue()).isEqualTo(1250.40);
    }
  }

  @Test
  void aPayrollPostingIsListedWithItsContractAsTheSource() throws Exception {
    clock.freezeAt(LocalDateTime.of(2022, 6, 6, 10, 0));
    String payroll = payrollPosting();

    try (XSSFWorkbook book = workbook()) {
      Row pay = rowWith(book.getSheet("Разходи HRD"), 1, payroll);
      assertThat(pay.getCell(0).getStringCellValue()).isEqualTo("hrd-employment");
      assertThat(pay.getCell(4).getStringCellValue()).isEqualTo("contract:C-TEST");
      assertThat(pay.getCell(5).getStringCellValue()).contains("2022-05", "C-TEST");
      assertThat(pay.getCell(8).getNumericCellValue()).isEqualTo(245.33);
    }
  }

  @Test
  void everyLinesSubtotalAndEveryProgrammesTotalReconcileWithTheSummaryAndTheLedger()
      throws Exception {
    clock.freezeAt(LocalDateTime.of(2022, 6, 6, 10, 0));
    paidExpense("hrd-activities", "1250.40");
    payrollPosting();

    try (XSSFWorkbook book = workbook()) {
      XSSFFormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
      Sheet summary = book.getSheet("Бюджет");

      // the summary's spent per line, and per programme
      Map<String, BigDecimal> spentPerLine = new HashMap<>();
      Map<String, BigDecimal> spentPerProgramme = new HashMap<>();
      for (Row row : summary) {
        if (row.getRowNum() <= 3 || row.getCell(5) == null) {
          continue;
        }
        BigDecimal spent = money(evaluator, row.getCell(5));
        String name = row.getCell(2).getStringCellValue();
        if (name.startsWith("Общо")) {
          spentPerProgramme.put(row.getCell(0).getStringCellValue(), spent);
        } else if (row.getCell(1) != null) {
          spentPerLine.put(row.getCell(1).getStringCellValue(), spent);
        }
      }
      for (ProgrammeFigures p : ledger.overview()) {
        assertThat(spentPerProgramme.get(p.code())).isEqualByComparingTo(p.spent());
        Sheet list = book.getSheet("Разходи " + p.code());
        BigDecimal rows = BigDecimal.ZERO;
        BigDecimal subtotals = BigDecimal.ZERO;
        Row total = null;
        for (LineFigures line : p.lines()) {
          assertThat(spentPerLine.get(line.id()))
              .isEqualByComparingTo(ledger.figures(line.id()).spent());
          BigDecimal listed = BigDecimal.ZERO;
          Row subtotal = null;
          for (Row row : list) {
            if (row.getRowNum() <= 3
                || row.getCell(0) == null
                || !line.id().equals(row.getCell(0).getStringCellValue())) {
              continue;
            }
            if (row.getCell(1) != null) {
              listed = listed.add(money(evaluator, row.getCell(8)));
            } else {
              subtotal = row;
            }
          }
          assertThat(subtotal).as("subtotal of %s", line.id()).isNotNull();
          assertThat(subtotal.getCell(8).getCellType()).isEqualTo(CellType.FORMULA);
          assertThat(money(evaluator, subtotal.getCell(8)))
              .as("subtotal of %s", line.id())
              .isEqualByComparingTo(listed)
              .isEqualByComparingTo(spentPerLine.get(line.id()));
          rows = rows.add(listed);
          subtotals = subtotals.add(money(evaluator, subtotal.getCell(8)));
        }
        for (Row row : list) {
          if (row.getCell(0) == null
              && row.getCell(5) != null
              && row.getCell(5).getStringCellValue().startsWith("Общо")) {
            total = row;
          }
        }
        assertThat(total).isNotNull();
        assertThat(money(evaluator, total.getCell(8)))
            .isEqualByComparingTo(rows)
            .isEqualByComparingTo(subtotals)
            .isEqualByComparingTo(p.spent());
      }
    }
  }

  /** A month's pay of a (made-up) contract, expended on the employment line. */
  private String payrollPosting() {
    String payroll = "payroll:C-TEST-" + System.nanoTime() + ":2022-05";
    ledger.expend(
        new Posting(
            payroll,
            "hrd-employment",
            new BigDecimal("245.33"),
            "contract:C-TEST",
            "Трудово възнаграждение и осигуровки за 2022-05, договор C-TEST"),
        null);
    return payroll;
  }

  /** The report as built now; kept for a look in target/documents. */
  private XSSFWorkbook workbook() throws Exception {
    byte[] xlsx = report.build();
    // kept for a look (LibreOffice: soffice --headless --convert-to pdf target/documents/*.xlsx)
    Files.createDirectories(Path.of("target/documents"));
    Files.write(Path.of("target/documents/financial.xlsx"), xlsx);
    return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
  }

  @Test
  void columnsFitTheirNumbersAndEverySheetPrintsOnePageWide() throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(report.build()))) {
      XSSFFormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
      DataFormatter formatter = new DataFormatter();
      assertThat(book.getNumberOfSheets()).isEqualTo(3);
      Sheet summary = book.getSheet("Бюджет");
      assertThat(summary.getColumnWidth(0) / 256).isLessThanOrEqualTo(12);
      assertThat(summary.getColumnWidth(2) / 256).isBetween(30, 50);
      // the project's total fits its column (no ###)
      Row all = rowWith(summary, 2, "Всичко по проекта");
      assertThat(money(evaluator, all.getCell(3))).isEqualByComparingTo("1555364.20");
      for (Sheet sheet : book) {
        int characters = 0;
        for (int c = 0; c <= sheet.getRow(3).getLastCellNum() - 1; c++) {
          characters += sheet.getColumnWidth(c) / 256;
          assertThat(sheet.getColumnWidth(c) / 256)
              .as("%s column %d", sheet.getSheetName(), c)
              .isBetween(8, 45);
        }
        assertThat(characters).as(sheet.getSheetName()).isLessThanOrEqualTo(200);
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.FORMULA || cell.getCellType() == CellType.NUMERIC) {
              String shown = formatter.formatCellValue(cell, evaluator);
              assertThat(shown.length() + 2)
                  .as("%s!%s", sheet.getSheetName(), cell.getAddress())
                  .isLessThanOrEqualTo(sheet.getColumnWidth(cell.getColumnIndex()) / 256);
              if (!org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
                assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
              }
            }
            if (cell.getCellType() == CellType.STRING && row.getRowNum() > 1) {
              assertThat(
                      cell.getCellStyle().getWrapText()
                          || cell.getStringCellValue().length()
                              <= sheet.getColumnWidth(cell.getColumnIndex()) / 256)
                  .as("%s!%s wraps or fits", sheet.getSheetName(), cell.getAddress())
                  .isTrue();
            }
          }
        }
        PrintSetup print = sheet.getPrintSetup();
        assertThat(print.getLandscape()).as(sheet.getSheetName()).isTrue();
        assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(sheet.getFitToPage()).isTrue();
        assertThat(print.getFitWidth()).isEqualTo((short) 1);
        assertThat(print.getFitHeight()).isEqualTo((short) 0);
        assertThat(sheet.getRepeatingRows().getFirstRow()).isEqualTo(3);
        assertThat(sheet.getRepeatingRows().getLastRow()).isEqualTo(3);
        assertThat(sheet.getHeader().getCenter()).startsWith(sheet.getSheetName());
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isNotBlank();
      }
    }
  }

  private String paidExpense(String line, String amount) {
    String number =
        expenses
            .register(
                new NewExpense(
                    line,
                    new BigDecimal(amount),
                    "Тест ООД",
                    "Наем на зала за обучение",
                    LocalDate.of(2022, 6, 2),
                    "Ф-1/02.06.2022",
                    null),
                "t-coordinator")
            .expenseNumber();
    expenses.recordDecision(
        number, ApprovalLevel.FINANCE, ApprovalDecision.APPROVE, "t-finance", null);
    expenses.commit(number);
    expenses.recordPayment(number, LocalDate.of(2022, 6, 6), "ПН 7", "t-finance");
    return number;
  }

  private static Row rowWith(Sheet sheet, int column, String value) {
    for (Row row : sheet) {
      Cell cell = row.getCell(column);
      if (cell != null
          && cell.getCellType() == CellType.STRING
          && value.equals(cell.getStringCellValue())) {
        return row;
      }
    }
    throw new AssertionError(value + " not in column " + column + " of " + sheet.getSheetName());
  }

  private static BigDecimal money(XSSFFormulaEvaluator evaluator, Cell cell) {
    return BigDecimal.valueOf(evaluator.evaluate(cell).getNumberValue())
        .setScale(2, RoundingMode.HALF_UP);
  }
}
