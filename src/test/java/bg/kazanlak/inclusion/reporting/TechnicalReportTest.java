package bg.kazanlak.inclusion.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.ApiTest;
import bg.kazanlak.inclusion.budget.BudgetLedger;
import bg.kazanlak.inclusion.budget.LineFigures;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The technical report's summary PDF, downloaded by a manager and read back. */
class TechnicalReportTest extends ApiTest {

  private static final String PDF = "/api/reports/technical-report.pdf";

  @Autowired IndicatorsService indicators;
  @Autowired BudgetLedger ledger;

  @Test
  void theSummaryHasItsSectionsTheIndicatorsAgainstTargetsAndTheBudgetLines() throws Exception {
    ResponseEntity<byte[]> response =
        as("t-manager").getForEntity(PDF + "?asOf=2022-06-06", byte[].class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    // kept for a look: target/documents/technical-report.pdf
    Files.createDirectories(Path.of("target/documents"));
    Files.write(Path.of("target/documents/technical-report.pdf"), response.getBody());
    String text = text(response.getBody());
    String flat = text.replaceAll("\\s+", "");

    assertThat(text)
        .contains(
            "Технически отчет – обобщение",
            "Община Казанлък",
            "BG05M9OP001-2.056",
            "01.01.2021 – 06.06.2022",
            "1. Дейности и изпълнение",
            "Заетост",
            "Къщи на семейството",
            "Социални жилища",
            "Инициативи за сближаване на общностите",
            "Клубове и ателиета (ОП НОИР)",
            "2. Индикатори спрямо целевите стойности",
            "3. Общи индикатори на ЕСФ за участниците, по пол",
            "4. Усвояване на бюджета (лв.)",
            "5. Описание от ръководителя на проекта",
            "Описание на изпълнението",
            "Проблеми и мерки",
            "Следващи стъпки");

    assertThat(flat)
        .contains("Социално-икономическаинтеграцияиподобрендостъпдообразованиевобщинаКазанлък");
    // a target and its achieved figure, in one row of the table
    Indicators figures = indicators.asOf(LocalDate.of(2022, 6, 6));
    assertThat(flat)
        .contains("Лицаотцелевитегрупи,наетинаработа92" + figures.employment().personsEmployed())
        .contains("Проведениинициативизасближаваненаобщностите50" + figures.initiatives().held());
    // the ESF codes by sex: men, women, total
    EsfIndicators.BySex co01 = figures.esf().get("CO01");
    assertThat(flat)
        .contains(
            "CO01Безработни,включителнопродължителнобезработни"
                + co01.men()
                + co01.women()
                + (co01.men() + co01.women()))
        // the results after leaving and the household codes too, with their names
        .contains("CO14Участници,коитоживеятведночленнодомакинствосдецанаиздръжка")
        .contains("CR09Участницивнеравностойноположение");

    // a budget line's contracted, committed, spent and absorbed share
    LineFigures line = ledger.figures("hrd-employment");
    assertThat(flat)
        .contains(
            ("Заетостналицаотцелевитегрупи"
                    + TechnicalReport.money(line.contracted())
                    + TechnicalReport.money(line.committed())
                    + TechnicalReport.money(line.spent())
                    + TechnicalReport.percent(line.spent(), line.contracted()))
                .replaceAll("\\s+", ""));
    assertThat(flat).contains("860000,00");
  }

  @Test
  void theFontTravelsInsideTheDocument() {
    byte[] pdf = as("t-manager").getForObject(PDF, byte[].class);
    assertThat(new String(pdf, StandardCharsets.ISO_8859_1))
        .contains("LiberationSans", "/FontFile2");
  }

  @Test
  void aWrongDateIsRefusedNamingIt() {
    assertFieldProblem(get("t-manager", PDF + "?asOf=06.06.2022"), "asOf");
    assertFieldProblem(get("t-manager", PDF + "?asOf=2020-12-31"), "asOf");
  }

  @Test
  void moneyAndSharesInBulgarianNotation() {
    assertThat(TechnicalReport.money(new java.math.BigDecimal("1198848.43")))
        .isEqualTo("1 198 848,43");
    assertThat(
            TechnicalReport.percent(
                new java.math.BigDecimal("215000.00"), new java.math.BigDecimal("860000.00")))
        .isEqualTo("25,00");
  }

  private static String text(byte[] pdf) throws Exception {
    PdfReader reader = new PdfReader(pdf);
    try {
      StringBuilder text = new StringBuilder();
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      return text.toString();
    } finally {
      reader.close();
    }
  }
}
