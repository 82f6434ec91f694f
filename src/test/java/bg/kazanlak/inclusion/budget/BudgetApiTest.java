package bg.kazanlak.inclusion.budget;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.ApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** CONTRACT's expense and budget resources, and the financial report, over real HTTP. */
class BudgetApiTest extends ApiTest {

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired BudgetLedger ledger;

  @Test
  void coordinatorRequestsAnExpenseThatStartsItsApproval() {
    ResponseEntity<JsonNode> created = post("t-coordinator", body("hrd-activities", "350.00"));

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String number = created.getBody().get("expenseNumber").asText();
    assertThat(number).matches("E-2022-\\d{5}");
    assertThat(created.getHeaders().getLocation()).hasPath("/api/expenses/" + number);
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(number)
                .processDefinitionKey("expense-approval")
                .count())
        .isOne();
    JsonNode expense = get("t-finance", "/api/expenses/" + number).getBody();
    assertThat(expense.get("status").asText()).isEqualTo("REQUESTED");
    assertThat(expense.get("amount").decimalValue()).isEqualByComparingTo("350.00");
  }

  @Test
  void aMalformedRequestIs400NamingTheFieldAndStartsNoApproval() {
    long instances = approvals();

    assertFieldProblem(post("t-finance", body("no-such-line", "10.00")), "budgetLine");
    assertFieldProblem(post("t-finance", body("hrd-activities", "0")), "amount");
    assertFieldProblem(post("t-finance", body("hrd-activities", "-5.00")), "amount");
    assertFieldProblem(post("t-finance", body("hrd-activities", "1.005")), "amount");
    assertFieldProblem(
        post("t-finance", body("hrd-activities", "10.00").put("documentRef", " ")), "documentRef");
    assertFieldProblem(
        post("t-finance", body("hrd-activities", "10.00").put("amount", "много")), "amount");

    assertThat(approvals()).isEqualTo(instances);
  }

  @Test
  void moreThanTheLineHasLeftIs422WithWhatIsAvailable() {
    long instances = approvals();

    ResponseEntity<JsonNode> tooMuch = post("t-finance", body("sesg-management", "9999999.00"));

    assertThat(tooMuch.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(tooMuch.getBody().get("available").decimalValue())
        .isEqualByComparingTo(ledger.figures("sesg-management").available());
    assertThat(approvals()).isEqualTo(instances);
  }

  @Test
  void anExpenseDatedAfterTheProgrammeIs422NamingItsLastDay() {
    long instances = approvals();

    ResponseEntity<JsonNode> late =
        post("t-finance", body("hrd-activities", "10.00").put("date", "2023-07-01"));

    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(late.getBody().get("detail").asText()).contains("2023-06-30");
    assertThat(approvals()).isEqualTo(instances);
  }

  @Test
  void aSocialWorkerMayNeitherRequestAnExpenseNorReadTheBudget() {
    assertThat(post("t-social", body("hrd-activities", "10.00")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("t-social", "/api/budget").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void theBudgetShowsEveryLineWithWhatIsSpentAndAvailable() throws Exception {
    paidExpense("sesg-assets", "2499.99");

    String raw = raw("t-manager", "/api/budget");
    JsonNode budget = json.readTree(raw);
    assertThat(budget.at("/programmes/0/code").asText()).isEqualTo("HRD");
    assertThat(budget.at("/programmes/1/lines")).hasSize(5);
    assertThat(raw).contains("\"contracted\":45000.00");
    JsonNode assets = budget.at("/programmes/1/lines/3");
    assertThat(assets.get("id").asText()).isEqualTo("sesg-assets");
    assertThat(assets.get("spent").decimalValue())
        .isEqualByComparingTo(ledger.figures("sesg-assets").spent());
    assertThat(assets.get("available").decimalValue())
        .isEqualByComparingTo(ledger.figures("sesg-assets").available());
  }

  @Test
  void theIndicatorsReportTheSameSpendingAsTheBudget() throws Exception {
    paidExpense("sesg-assets", "2499.99");
    // the indicators count postings up to their day; the budget, every posting. After the
    // programme's last day both see every posting the shared context's tests have booked.
    clock.freezeAt(LocalDateTime.of(2023, 12, 31, 12, 0));

    JsonNode budget = json.readTree(raw("t-manager", "/api/budget"));
    JsonNode indicators = get("t-manager", "/api/reports/indicators").getBody();
    assertThat(indicators.at("/budget/programmes/1/spent").decimalValue())
        .isEqualByComparingTo(budget.at("/programmes/1/spent").decimalValue());
  }

  @Test
  void aPaidExpenseIsListedInTheFinancialReport() throws Exception {
    String number = paidExpense("sesg-assets", "2499.99");

    ResponseEntity<byte[]> xlsx =
        as("t-finance").getForEntity("/api/reports/financial.xlsx", byte[].class);
    assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
      // the read-back of every total is FinancialReportTest's; here: the paid expense is listed
      XSSFFormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
      Row listed = null;
      for (Row row : book.getSheet("Разходи SESG")) {
        if (row.getCell(1) != null && number.equals(row.getCell(1).getStringCellValue())) {
          listed = row;
        }
      }
      assertThat(listed).isNotNull();
      assertThat(listed.getCell(0).getStringCellValue()).isEqualTo("sesg-assets");
      assertThat(listed.getCell(8).getNumericCellValue()).isEqualTo(2499.99);
      Row project = null;
      for (Row row : book.getSheet("Бюджет")) {
        if (row.getCell(2) != null
            && "Всичко по проекта".equals(row.getCell(2).getStringCellValue())) {
          project = row;
        }
      }
      assertThat(project).isNotNull();
      assertThat(
              BigDecimal.valueOf(evaluator.evaluate(project.getCell(3)).getNumberValue())
                  .setScale(2, java.math.RoundingMode.HALF_UP))
          .isEqualByComparingTo("1555364.20");
    }
  }

  /** Requested over the API, approved by finance and paid through the engine. */
  private String paidExpense(String line, String amount) {
    String number = post("t-finance", body(line, amount)).getBody().get("expenseNumber").asText();
    String instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(number)
            .singleResult()
            .getId();
    tasks.complete(
        tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(),
        Map.of("decision", "APPROVE"));
    tasks.complete(
        tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(),
        Map.of("paymentDate", "2022-06-06", "paymentReference", "ПН 42"));
    return number;
  }

  private long approvals() {
    return runtime.createProcessInstanceQuery().processDefinitionKey("expense-approval").count();
  }

  private ObjectNode body(String line, String amount) {
    return json.createObjectNode()
        .put("budgetLine", line)
        .put("amount", new BigDecimal(amount))
        .put("supplier", "Спорт Дистрибушън ООД")
        .put("purpose", "Спортни пособия за инициатива")
        .put("date", LocalDate.of(2022, 6, 2).toString())
        .put("documentRef", "Фактура 1001/02.06.2022");
  }

  private ResponseEntity<JsonNode> post(String user, JsonNode body) {
    return post(user, "/api/expenses", body);
  }
}
